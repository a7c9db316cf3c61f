"""A hostile capture is shown as inert text: no HTML rendering, bad charsets replaced, binary
dumped."""

from __future__ import annotations

from annotator.domain.capture import Capture, sha256_hex
from annotator.ui.evidence.capture_viewer import (
    MAX_SHOWN,
    CaptureViewer,
    capture_summary,
    inert_text,
)


def _capture(data: bytes, content_type: str, headers=()) -> Capture:
    return Capture(
        id="c1",
        sha256=sha256_hex(data),
        record="response",
        captured_at="2026-01-01T00:00:00.000Z",
        url="https://example.org/x",
        content_type=content_type,
        headers=tuple(headers),
        size=len(data),
    )


def test_scripts_are_text_and_a_made_up_charset_falls_back(qtbot):
    data = b"<script>alert(1)</script><img src=http://127.0.0.1/track.png> caf\xe9"
    capture = _capture(data, "text/html", [("Content-Type", "text/html; charset=x-evil")])
    viewer = CaptureViewer(None, capture, data)
    qtbot.addWidget(viewer)
    text = viewer.body.toPlainText()
    assert text.startswith(
        "<script>alert(1)</script><img src=http://127.0.0.1/track.png> caf\ufffd"
    )
    assert capture.sha256 in viewer.summary.text()


def test_big_and_binary_captures_are_bounded():
    big = b"a" * (MAX_SHOWN + 10)
    assert inert_text(_capture(big, "text/plain"), big).endswith("[… shown up to 2 MB]")
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100
    shown = inert_text(_capture(png, "image/png"), png)
    assert shown.startswith("Binary content (image/png); not displayed.") and len(shown) < 20_000
    assert "Redirect:" not in capture_summary(_capture(png, "image/png"))
