"""One page over HTTP(S) with urllib3: limits on time, size and redirects, and no surprises.

Why by hand and not `redirect=True`: every hop is checked (scheme, address) before it is
requested and recorded for the capture; why decompression by hand: a gzip bomb must stop at
the size limit, not after it has filled the memory.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from annotator import __version__
from annotator.domain.dates import utc_now
from annotator.errors import Message as Said
from annotator.errors import msg
from annotator.fetch.addresses import check_target
from annotator.fetch.errors import FetchCancelled, FetchError
from annotator.importers import _size

USER_AGENT = f"Annotator/{__version__} (fact-checking desktop app; fetches one page on request)"
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """Limits of one fetch. `allow_private` lets this fetch reach loopback/private addresses."""

    timeout: float = 20.0  # seconds to connect, and between two pieces of the answer
    total_timeout: float = 60.0  # seconds for the whole fetch, redirects included
    max_bytes: int = 25 * 1024 * 1024  # of the decoded body
    max_redirects: int = 10
    allow_private: bool = False
    user_agent: str = USER_AGENT
    accept: str = "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5"


@dataclass(frozen=True)
class Hop:
    """One redirect: the URL asked for, the status it answered with, and where it pointed."""

    url: str
    status: int
    location: str


@dataclass(frozen=True)
class FetchResult:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes  # decoded (no Content-Encoding)
    fetched_at: str  # UTC, ISO 8601 with Z
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    redirects: tuple[Hop, ...] = ()

    def header(self, name: str) -> str:
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), "")

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower case ('' if none was sent)."""
        return self.header("Content-Type").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        message = Message()
        message["Content-Type"] = self.header("Content-Type") or "application/octet-stream"
        return message.get_content_charset()


ProgressCallback = Callable[[int, int | None], None]


def fetch(
    url: str,
    policy: FetchPolicy | None = None,
    *,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> FetchResult:
    """GET `url` under `policy`; raise FetchError with a one-line reason on any failure."""
    policy = policy or FetchPolicy()
    cancel = cancel or threading.Event()
    deadline = time.monotonic() + policy.total_timeout
    pool = urllib3.PoolManager(
        cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), retries=False, num_pools=2
    )
    hops: list[Hop] = []
    current = url
    try:
        while True:
            _check_hop(url, current, hops, policy)
            request_headers = _request_headers(policy)
            response = _open(pool, current, request_headers, policy)
            location = response.headers.get("Location")
            if response.status in REDIRECT_STATUSES and location:
                response.close()
                target = urljoin(current, location.strip())
                hops.append(Hop(current, response.status, target))
                if len(hops) > policy.max_redirects:
                    raise FetchError(msg("{url}: more than {max_redirects} redirects.", url=url,
                                         max_redirects=policy.max_redirects))
                _check_redirect_scheme(url, target)
                current = target
                continue
            return _finish(
                url, current, response, request_headers, hops, policy, deadline, cancel, progress
            )
    finally:
        pool.clear()


def _check_hop(url: str, current: str, hops: list[Hop], policy: FetchPolicy) -> None:
    try:
        check_target(current, allow_private=policy.allow_private)
    except FetchError as error:
        if not hops:
            raise
        raise FetchError(msg("{url}: redirected to {error}", url=url, error=error)) from error


def _request_headers(policy: FetchPolicy) -> list[tuple[str, str]]:
    return [
        ("User-Agent", policy.user_agent),
        ("Accept", policy.accept),
        ("Accept-Encoding", "gzip, deflate"),
    ]


def _check_redirect_scheme(url: str, target: str) -> None:
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            msg("{url}: redirected to a {value}: address ({target}); refused.", url=url,
                value=scheme or 'relative', target=target[:200])
        )


def _open(
    pool: urllib3.PoolManager, url: str, headers: list[tuple[str, str]], policy: FetchPolicy
) -> urllib3.BaseHTTPResponse:
    timeout = urllib3.Timeout(connect=policy.timeout, read=policy.timeout)
    try:
        return pool.request(
            "GET", url, headers=dict(headers), redirect=False, preload_content=False,
            decode_content=False, timeout=timeout,
        )  # fmt: skip
    except (HTTPError, OSError, ValueError) as error:
        raise FetchError(msg("{url}: {reason}", url=url, reason=_reason(error))) from error


def _reason(error: Exception) -> Said:
    """A person's words for what went wrong with the connection (a msg(), translated with the
    sentence it is put in)."""
    cause = getattr(error, "reason", None) or error
    if isinstance(cause, MaxRetryError):
        cause = cause.reason or cause
    if isinstance(cause, NameResolutionError) or "Name or service not known" in str(cause):
        return msg("the server's name could not be found (DNS lookup failed).")
    # before the timeouts: urllib3's NewConnectionError derives from ConnectTimeoutError
    if isinstance(cause, NewConnectionError | ConnectionError):
        return msg("the connection was refused or could not be made.")
    if isinstance(cause, ConnectTimeoutError | ReadTimeoutError | TimeoutError):
        return msg("the server did not answer in time (timeout).")
    if isinstance(cause, SSLError):
        return msg("the secure connection failed; the certificate could not be verified "
                   "({detail}).", detail=str(cause)[:150])  # fmt: skip
    if isinstance(cause, ProtocolError):
        return msg("the server's answer was broken or too large in its headers ({detail}).",
                   detail=str(cause)[:150])  # fmt: skip
    return msg("the page could not be fetched ({kind}: {detail}).",
               kind=type(cause).__name__, detail=str(cause)[:150])  # fmt: skip


def _finish(
    url: str, final_url: str, response: urllib3.BaseHTTPResponse,
    request_headers: list[tuple[str, str]],
    hops: list[Hop], policy: FetchPolicy, deadline: float, cancel: threading.Event,
    progress: ProgressCallback | None,
) -> FetchResult:  # fmt: skip
    headers = [(k, v) for k, v in response.headers.iteritems()]
    if response.status >= 400:
        response.close()
        reason = f" {response.reason}" if response.reason else ""
        raise FetchError(msg("{url}: the server answered HTTP {status}{reason}.", url=url,
                             status=response.status, reason=reason))
    declared = _declared_length(response)
    if declared is not None and declared > policy.max_bytes:
        response.close()
        raise FetchError(
            msg("{url}: the page is too large ({size}); the limit is {size2}.", url=url,
                size=_size(declared), size2=_size(policy.max_bytes))
        )
    body = _read_body(url, response, policy, deadline, cancel, progress, declared)
    return FetchResult(
        url=url, final_url=final_url, status=response.status, reason=response.reason or "",
        headers=headers, body=body, fetched_at=utc_now(), request_headers=request_headers,
        redirects=tuple(hops),
    )  # fmt: skip


def _declared_length(response: urllib3.BaseHTTPResponse) -> int | None:
    try:
        return int(response.headers.get("Content-Length", ""))
    except ValueError:
        return None


def _read_body(
    url: str, response: urllib3.BaseHTTPResponse, policy: FetchPolicy, deadline: float,
    cancel: threading.Event, progress: ProgressCallback | None, declared: int | None,
) -> bytes:  # fmt: skip
    """Read and decompress up to the limit, stopping on Cancel or the total deadline."""
    decoder = _decoder(url, response.headers.get("Content-Encoding", ""))
    watchdog = _Watchdog(response, deadline, cancel)
    parts: list[bytes] = []
    size = 0
    try:
        while True:
            chunk = response.read1(_CHUNK)
            if watchdog.fired or cancel.is_set():
                break
            if not chunk:
                parts.append(decoder.flush(policy.max_bytes - size + 1))
                size += len(parts[-1])
                break
            for piece in decoder.feed(chunk, policy.max_bytes - size + 1):
                parts.append(piece)
                size += len(piece)
            if size > policy.max_bytes:
                break
            if progress is not None:
                progress(size, declared)
    except (HTTPError, OSError, zlib.error) as error:
        if not (watchdog.fired or cancel.is_set()):
            reason = _body_reason(error)
            raise FetchError(msg("{url}: {reason}", url=url, reason=reason)) from error
    finally:
        watchdog.stop()
        response.close()
    if cancel.is_set():
        raise FetchCancelled(msg("{url}: cancelled.", url=url))
    if watchdog.fired:
        raise FetchError(
            msg("{url}: the page took longer than {total_timeout:g} seconds to arrive (timeout).",
                url=url, total_timeout=policy.total_timeout)
        )
    if size > policy.max_bytes:
        raise FetchError(msg("{url}: the page is larger than the limit of {size}.", url=url,
                             size=_size(policy.max_bytes)))
    return b"".join(parts)


def _body_reason(error: Exception) -> Said:
    if isinstance(error, zlib.error):
        return msg("the compressed page is damaged ({detail}).", detail=str(error))
    return _reason(error)


class _Watchdog:
    """Closes the connection at the deadline or on Cancel, so a trickling server cannot hang us."""

    def __init__(
        self, response: urllib3.BaseHTTPResponse, deadline: float, cancel: threading.Event
    ) -> None:
        self.fired = False
        self._response = response
        self._done = threading.Event()
        self._cancel = cancel
        self._deadline = deadline
        self._thread = threading.Thread(target=self._watch, daemon=True, name="fetch-watchdog")
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.is_set():
            if self._cancel.is_set() or time.monotonic() >= self._deadline:
                self.fired = not self._cancel.is_set()
                self._response.shutdown()
                return
            self._done.wait(0.05)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


class _Decoder:
    """gzip/deflate/identity, never producing more than asked for at once."""

    def __init__(self, mode: str) -> None:
        self._mode = mode
        wbits = 16 + zlib.MAX_WBITS if mode == "gzip" else zlib.MAX_WBITS
        self._z = zlib.decompressobj(wbits) if mode != "identity" else None
        self._pending = b""

    def feed(self, data: bytes, limit: int) -> list[bytes]:
        if self._z is None:
            return [data]
        if (
            self._mode == "deflate"
            and not self._pending
            and self._z.unused_data == b""
            and _raw_deflate(data)
        ):
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        self._mode = "started"
        out = [self._z.decompress(data, max(1, limit))]
        # Output beyond `limit` stays in unconsumed_tail: the body is over the limit anyway.
        return out

    def flush(self, limit: int) -> bytes:
        if self._z is None:
            return b""
        return (
            self._z.decompress(self._z.unconsumed_tail, max(1, limit))
            if self._z.unconsumed_tail
            else self._z.flush()
        )


def _raw_deflate(data: bytes) -> bool:
    """Some servers send raw deflate for 'deflate'; a zlib stream starts with 0x78."""
    return not data or data[0] != 0x78


def _decoder(url: str, encoding: str) -> _Decoder:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return _Decoder("identity")
    if encoding in ("gzip", "x-gzip"):
        return _Decoder("gzip")
    if encoding == "deflate":
        return _Decoder("deflate")
    raise FetchError(
        msg("{url}: the server used a compression Annotator does not read ({encoding}).", url=url,
            encoding=encoding[:40])
    )
