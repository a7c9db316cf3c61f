"""Which addresses a fetch may reach: public http(s) hosts, unless the user allows more.

A page on the internet must not be able to make the app read the newsroom's intranet, the
router or a service on this computer by redirecting there; so each hop's host is resolved and
refused if any of its addresses is loopback, private, link-local, reserved or multicast.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from annotator.errors import msg
from annotator.fetch.errors import FetchError


def check_target(url: str, *, allow_private: bool) -> None:
    """Raise FetchError if `url` is not http(s) or (unless allowed) reaches a private address."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            msg("{url}: only http and https addresses are fetched, not {value}:.", url=url[:200],
                value=scheme or 'this')
        )
    host = parts.hostname
    if not host:
        raise FetchError(msg("{url}: the address has no host name.", url=url[:200]))
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as error:
        raise FetchError(msg("{url}: the port is not a number.", url=url[:200])) from error
    if allow_private:
        return
    for address in _addresses(url, host, port):
        if not address.is_global or address.is_multicast:
            raise FetchError(
                msg("{url}: {host} is a private or local address ({address}); refused unless you "
                    "allow local addresses for this fetch.", url=url[:200], host=host,
                    address=address)
            )


def _addresses(
    url: str, host: str, port: int
) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(
            msg("{url}: the server's name could not be found (DNS lookup failed).", url=url[:200])
        ) from error
    found = []
    for info in infos:
        text = str(info[4][0]).split("%", 1)[0]
        found.append(ipaddress.ip_address(text))
    return found

