"""The hostile corpus through the HTML exports, loaded in headless Chromium: no script of the
user's runs and no request leaves the page.

The HTML report is opened as is; ClaimReview and W3C JSON-LD are pasted into
`<script type="application/ld+json">` of a page, as publishers embed them. Every payload
tries to mark the page (`data-pwned`) or to fetch from a server this test runs on
127.0.0.1. Needs Chromium (`apt-get install -y chromium`); skipped without it.
"""

from __future__ import annotations

import http.server
import io
import shutil
import subprocess
import threading
from pathlib import Path

import lxml.html
import pytest

from annotator.domain import ArticleDraft
from annotator.exporters import build_bundle, export

CHROMIUM = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs Chromium: apt-get install -y chromium"
)


class Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        Recorder.requests.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args) -> None:  # noqa: ANN002 - silence
        pass


@pytest.fixture
def server():
    Recorder.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def payloads(base: str) -> list[str]:
    mark = "document.documentElement.setAttribute('data-pwned', '1')"
    return [
        f"</script><script>{mark}</script>",
        f"<script>{mark}</script>",
        f'"><img src="{base}/img" onerror="{mark}">',
        f"<script src='{base}/js'></script>",
        f"<!--<script>{mark}</script>-->",
        f"<svg onload=\"{mark}\"></svg>",
        f"<iframe src='{base}/frame'></iframe>",
        f"<link rel=stylesheet href='{base}/css'>",
        f"</script><img src={base}/img2>",
        "&lt;script&gt; &amp; \u2028 \u2029",
    ]


@pytest.fixture
def hostile_project(service, server):
    items = payloads(server)
    text = " ".join(f"Q{i} {p} end{i}." for i, p in enumerate(items))
    service.store.set_settings(
        {"organisation_name": items[0], "organisation_url": f"javascript:{items[1]}"}
    )
    article = service.add_article(ArticleDraft(title=items[2], text=text, publisher=items[3]))
    verdict = service.verdict_by_label("False")
    for i, p in enumerate(items):
        start = text.index(f"Q{i} ")
        claim = service.create_claim(
            article.id,
            start,
            start + len(f"Q{i} {p}"),
            claim_reviewed=p,
            claimant=p,
            explanation=p,
            verdict_id=verdict.id,
            status="approved",
        )
        service.add_source(claim.id, url=f"{server}/source{i}", title=p, excerpt=p)
    return service, server


def render(service, fmt: str) -> str:
    buffer = io.StringIO(newline="")
    export(build_bundle(service), fmt, buffer)
    return buffer.getvalue()


def load_in_chromium(page: Path, tmp_path: Path) -> str:
    """The page's DOM after Chromium has run it (and its scripts) for a while."""
    completed = subprocess.run(
        [
            CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium-profile'}", "--virtual-time-budget=3000",
            "--dump-dom", page.as_uri(),
        ],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr[-2000:]
    return completed.stdout


@pytest.mark.parametrize("fmt", ["html", "claimreview", "w3c"])
def test_no_script_runs_and_no_request_is_made(hostile_project, tmp_path, fmt):
    service, _server = hostile_project
    body = render(service, fmt)
    if fmt != "html":  # JSON-LD as publishers embed it
        body = (
            '<!doctype html><html><head><script '
            f'type="application/ld+json">{body}</script></head><body><p>ok</p></body></html>'
        )
    page = tmp_path / f"{fmt}.html"
    page.write_text(body, encoding="utf-8")
    dom = load_in_chromium(page, tmp_path)
    assert "</html>" in dom  # the page loaded
    assert lxml.html.document_fromstring(dom).xpath("//@data-pwned") == []  # no payload ran
    assert Recorder.requests == []
