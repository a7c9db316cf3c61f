"""View a capture offline as inert text: never rendered as HTML, never running or fetching anything.

The body is decoded (declared charset, else UTF-8, bad bytes replaced) into a plain-text
widget; binary captures (PDF, images) are described, with a hex dump of their start.
"""

from __future__ import annotations

import codecs

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.capture import Capture
from annotator.ui.common.i18n import translator
from annotator.ui.common.times import format_time

tr = translator("evidence.capture_viewer")

MAX_SHOWN = 2 * 1024 * 1024
_TEXT_TYPES = (
    "text/",
    "application/xhtml+xml",
    "application/json",
    "application/xml",
    "multipart/related",
)


def capture_summary(capture: Capture) -> str:
    """What the capture is, where and when it came from, and its full SHA-256 (plain text)."""
    lines = [
        tr("URL: {value}").format(value=capture.url or "(none)"),
        *(
            [tr("Final URL: {final_url}").format(final_url=capture.final_url)]
            if capture.final_url and capture.final_url != capture.url
            else []
        ),
        tr("Captured: {format_time} by {value}").format(
            format_time=format_time(capture.captured_at, seconds=True),
            value=capture.captured_by or tr("unknown"),
        ),
        tr("SHA-256: {sha256}").format(sha256=capture.sha256),
        tr("Size: {size} bytes · {value}").format(
            size=QLocale().toString(capture.size), value=capture.content_type or tr("unknown type")
        )
        + (f" · HTTP {capture.status} {capture.reason}".rstrip() if capture.status else "")
        + (tr(" · file {name}").format(name=capture.file_name) if capture.file_name else ""),
    ]
    lines += [
        tr("Redirect: {url} → {status} → {location}").format(
            url=url, status=status, location=location
        )
        for url, status, location in capture.redirects
    ]
    return "\n".join(lines)


def inert_text(capture: Capture, data: bytes) -> str:
    """The capture's body as text to read, or a hex dump for binary content."""
    shown = data[:MAX_SHOWN]
    cut = tr("\n\n[… shown up to 2 MB]") if len(data) > MAX_SHOWN else ""
    if not capture.content_type.startswith(_TEXT_TYPES):
        dump = "\n".join(
            f"{i:08x}  {shown[i : i + 16].hex(' ')}" for i in range(0, min(len(shown), 4096), 16)
        )
        kind = capture.content_type or tr("unknown type")
        return tr("Binary content ({kind}); not displayed. First bytes:\n\n{dump}").format(
            kind=kind, dump=dump
        )
    return shown.decode(_charset(capture), errors="replace") + cut


def _charset(capture: Capture) -> str:
    for name, value in capture.headers:
        if name.lower() == "content-type" and "charset=" in value.lower():
            charset = value.lower().split("charset=", 1)[1].split(";")[0].strip().strip('"')
            try:
                return codecs.lookup(charset).name
            except LookupError:
                break
    return "utf-8"


class CaptureViewer(QDialog):
    def __init__(self, parent: QWidget | None, capture: Capture, data: bytes) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Capture {short_hash}").format(short_hash=capture.short_hash))
        self.resize(760, 560)
        self.summary = QLabel(capture_summary(capture))
        self.summary.setObjectName("captureSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.body = QPlainTextEdit()
        self.body.setObjectName("captureText")
        self.body.setReadOnly(True)
        self.body.setFont(QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)))
        self.body.setPlainText(inert_text(capture, data))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.body)
        layout.addWidget(buttons)
