"""The fetcher against a hostile local server: limits, redirects, refusals, one-line errors."""

from __future__ import annotations

import threading

import pytest

from annotator.fetch import FetchCancelled, FetchError, FetchPolicy, fetch
from annotator.fetch.addresses import check_target

LOCAL = FetchPolicy(allow_private=True, timeout=2.0, total_timeout=5.0)


def _error(url: str, policy: FetchPolicy = LOCAL) -> str:
    with pytest.raises(FetchError) as caught:
        fetch(url, policy)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(url.split("?")[0][:40])
    return message


def test_a_page_arrives_with_status_headers_and_user_agent(web):
    result = fetch(web.url("/article.html"), LOCAL)
    assert result.status == 200
    assert result.content_type == "text/html" and result.charset == "utf-8"
    assert "£2m" in result.body.decode("utf-8")
    assert result.fetched_at.endswith("Z")
    assert dict(result.request_headers)["User-Agent"].startswith("Annotator/")
    assert web.seen == ["/article.html"]  # nothing the page references was fetched


def test_redirects_are_followed_and_recorded(web):
    result = fetch(web.url("/r1"), LOCAL)
    assert result.final_url == web.url("/article.html")
    assert [(h.url, h.status) for h in result.redirects] == [
        (web.url("/r1"), 301), (web.url("/r2"), 307), (web.url("/r3"), 302),
    ]
    assert result.redirects[0].location == web.url("/r2")


def test_redirect_loops_stop(web):
    assert "more than 3 redirects" in _error(
        web.url("/loop"), FetchPolicy(allow_private=True, max_redirects=3)
    )


@pytest.mark.parametrize(("path", "scheme"), [("/to-file", "file"), ("/to-ftp", "ftp")])
def test_redirects_to_other_schemes_are_refused_even_when_local_is_allowed(web, path, scheme):
    assert f"redirected to a {scheme}: address" in _error(web.url(path))


def test_loopback_and_private_addresses_need_the_explicit_allowance(web):
    message = _error(web.url("/article.html"), FetchPolicy())
    assert "private or local address (127.0.0.1)" in message
    for url in ("http://10.0.0.1/", "http://192.168.1.1/x", "http://[::1]/", "http://169.254.169.254/latest"):
        with pytest.raises(FetchError, match="private or local address"):
            check_target(url, allow_private=False)
    check_target("http://10.0.0.1/", allow_private=True)  # allowed for this fetch only


def test_a_redirect_to_a_private_address_is_checked_at_the_hop(web, monkeypatch):
    import annotator.fetch.http as http

    calls = []
    real = http.check_target

    def allow_only_loopback(url: str, *, allow_private: bool) -> None:
        calls.append(url)
        real(url, allow_private="127.0.0.1" in url)

    monkeypatch.setattr(http, "check_target", allow_only_loopback)
    assert "10.0.0.1 is a private or local address" in _error(web.url("/to-private"), FetchPolicy())
    assert calls == [web.url("/to-private"), "http://10.0.0.1/"]


@pytest.mark.parametrize(("path", "expected"), [
    ("/missing", "HTTP 404 Not Found"), ("/broken", "HTTP 500 Internal Server Error"),
])  # fmt: skip
def test_http_errors(web, path, expected):
    assert _error(web.url(path)).endswith(f"the server answered {expected}.")


def test_dns_failure_is_one_line():
    for policy in (FetchPolicy(), FetchPolicy(allow_private=True)):
        assert "DNS lookup failed" in _error("http://no-such-host.invalid/page", policy)


def test_declared_oversize_is_refused_before_reading(web):
    assert "too large" in _error(
        web.url("/declared-huge"), FetchPolicy(allow_private=True, max_bytes=1_000_000)
    )


def test_an_endless_body_stops_at_the_limit(web):
    message = _error(web.url("/unbounded"), FetchPolicy(allow_private=True, max_bytes=1_000_000))
    assert "larger than the limit of 976.6 KB" in message


def test_a_gzip_bomb_stops_at_the_limit_without_inflating_it(web):
    import tracemalloc

    tracemalloc.start()
    message = _error(web.url("/bomb"), FetchPolicy(allow_private=True, max_bytes=2_000_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "larger than the limit" in message
    assert peak < 16 * 2**20  # the 64 MB it inflates to never existed at once


def test_gzip_pages_are_decoded(web):
    assert b"\xc2\xa32m" in fetch(web.url("/gzipped"), LOCAL).body


@pytest.mark.parametrize("path", ["/huge-header", "/many-headers"])
def test_huge_headers_are_a_clear_error(web, path):
    assert "headers" in _error(web.url(path))


def test_a_server_that_never_answers_times_out(web):
    assert "timeout" in _error(web.url("/hang"), FetchPolicy(allow_private=True, timeout=0.5))


def test_a_trickling_server_hits_the_total_deadline(web):
    message = _error(
        web.url("/trickle"), FetchPolicy(allow_private=True, timeout=5, total_timeout=0.8)
    )
    assert "took longer than 0.8 seconds" in message


def test_cancel_stops_a_fetch_in_progress(web):
    cancel = threading.Event()
    sizes = []

    def progress(size: int, total: int | None) -> None:
        sizes.append(size)
        if len(sizes) == 3:
            cancel.set()

    with pytest.raises(FetchCancelled):
        fetch(
            web.url("/trickle"),
            FetchPolicy(allow_private=True, total_timeout=30),
            cancel=cancel,
            progress=progress,
        )
    assert len(sizes) == 3
