"""A hostile little web server on 127.0.0.1, started by the tests (never the internet)."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council spends £2m on bridge – Example News</title>
<meta property="og:site_name" content="Example News">
<script src="/never-fetch.js"></script><link rel="stylesheet" href="/never-fetch.css">
</head><body><nav>Home | World</nav><article><h1>Council spends £2m on bridge</h1>
<p>The council said on Monday that the new bridge cost £2m, twice the first estimate.</p>
<p>Residents had asked for a footbridge since 2019, the mayor said. 🌉 Café owners agreed.</p>
<img src="/never-fetch.png"></article><footer>© Example News</footer></body></html>"""

Handler = Callable[["_Handler"], None]


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Handler] = {}
    seen: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append(self.path)
        route = self.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self.send_error(404, "Not Found")
            return
        route(self)

    def log_message(self, *args: object) -> None:
        pass

    def reply(
        self,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


def _redirect(target: str, status: int = 302) -> Handler:
    def handle(h: _Handler) -> None:
        h.send_response(status)
        h.send_header("Location", target)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handle


def _trickle(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    try:
        for _ in range(2000):
            h.wfile.write(b"<p>x</p>")
            h.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass  # the client gave up, as it should


def _hang(h: _Handler) -> None:
    h.server.release.wait(30)  # type: ignore[attr-defined]


def _unbounded(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    try:
        chunk = b"<p>" + b"a" * 65536 + b"</p>"
        for _ in range(4000):  # 256 MB if nobody stops reading
            h.wfile.write(chunk)
    except OSError:
        pass


_BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)


def _routes(base: str) -> dict[str, Handler]:
    return {
        "/article.html": lambda h: h.reply(ARTICLE_HTML.encode("utf-8")),
        "/latin1.html": lambda h: h.reply(
            ARTICLE_HTML.replace("🌉 ", "").replace('<meta charset="utf-8">', "").encode("cp1252"),
            "text/html; charset=windows-1252",
        ),
        "/bad-charset.html": lambda h: h.reply(
            ARTICLE_HTML.encode("utf-8"), "text/html; charset=x-no-such-charset"
        ),
        "/r1": _redirect("/r2", 301),
        "/r2": _redirect(f"{base}/r3", 307),
        "/r3": _redirect("/article.html", 302),
        "/loop": _redirect("/loop"),
        "/to-file": _redirect("file:///etc/passwd"),
        "/to-ftp": _redirect("ftp://example.org/x"),
        "/to-private": _redirect("http://10.0.0.1/"),
        "/missing": lambda h: h.send_error(404, "Not Found"),
        "/broken": lambda h: h.send_error(500, "Internal Server Error"),
        "/image.png": lambda h: h.reply(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png"),
        "/json": lambda h: h.reply(b'{"a": 1}', "application/json"),
        "/declared-huge": _declared_huge,
        "/unbounded": _unbounded,
        "/bomb": lambda h: h.reply(_BOMB, "text/html", headers={"Content-Encoding": "gzip"}),
        "/gzipped": lambda h: h.reply(
            gzip.compress(ARTICLE_HTML.encode()), headers={"Content-Encoding": "gzip"}
        ),
        "/huge-header": lambda h: h.reply(b"<p>x</p>", headers={"X-Big": "a" * 200_000}),
        "/many-headers": lambda h: h.reply(
            b"<p>x</p>", headers={f"X-H{i}": "1" for i in range(300)}
        ),
        "/trickle": _trickle,
        "/hang": _hang,
        "/v2.html": lambda h: h.reply(h.server.v2.encode("utf-8")),  # type: ignore[attr-defined]
    }


def _declared_huge(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(10**12))
    h.end_headers()


class LocalServer:
    def __init__(self, server: ThreadingHTTPServer) -> None:
        self.server = server
        self.base = f"http://127.0.0.1:{server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def seen(self) -> list[str]:
        return self.server.RequestHandlerClass.seen  # type: ignore[attr-defined]

    def add(self, path: str, handler: Handler) -> None:
        self.server.RequestHandlerClass.routes[path] = handler  # type: ignore[attr-defined]


@contextmanager
def local_server(extra: dict[str, bytes] | None = None) -> Iterator[LocalServer]:
    handler = type("Handler", (_Handler,), {"routes": {}, "seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)  # bound and listening on return
    server.daemon_threads = True
    server.release = threading.Event()  # type: ignore[attr-defined]
    server.v2 = ARTICLE_HTML  # type: ignore[attr-defined]
    local = LocalServer(server)
    handler.routes.update(_routes(local.base))
    for path, body in (extra or {}).items():
        handler.routes[path] = lambda h, body=body, path=path: h.reply(
            body, "application/pdf" if path.endswith(".pdf") else "text/html"
        )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield local
    finally:
        server.release.set()  # type: ignore[attr-defined]
        server.shutdown()
        server.server_close()
        thread.join(5)
