"""User and file text is shown as text, never interpreted as markup.

Qt guesses whether a label's or message box's text is rich text (`Qt.mightBeRichText`),
so a claim author named `<img src=...>` or an article file called `<b>x</b>.html` would
be rendered as HTML (display spoofing, local images). `install()` puts a guard on the
application that makes every QLabel and QMessageBox plain text when it is first
polished; a widget that really shows markup written by the program opts in with
`allow_rich_text(widget)`. Tooltips have no plain-text switch, so code that puts user
text in a tooltip passes it through `tooltip()`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

RICH_TEXT_PROPERTY = "annotatorRichText"


def tooltip(text: str) -> str:
    """`text` as a tooltip that shows exactly these characters (escaped rich text)."""
    body = escape(text or "", quote=False).replace("\n", "<br>")
    return f"<qt>{body}</qt>" if body else ""


def allow_rich_text(widget: QWidget) -> None:
    """Let this label or message box render the (program-written) markup it is given."""
    widget.setProperty(RICH_TEXT_PROPERTY, True)
    if isinstance(widget, (QLabel, QMessageBox)):
        widget.setTextFormat(Qt.TextFormat.RichText)


def _opted_in(widget: QWidget) -> bool:
    """The widget, or the message box whose text label it is, shows the program's own markup.

    A QMessageBox keeps its text in a child QLabel, polished on its own: without this the
    guard would turn an opted-in box (the About box) back to plain text when it is shown."""
    if widget.property(RICH_TEXT_PROPERTY):
        return True
    parent = widget.parentWidget()
    return (
        isinstance(widget, QLabel)
        and isinstance(parent, QMessageBox)
        and bool(parent.property(RICH_TEXT_PROPERTY))
    )


def make_plain(widget: QWidget) -> None:
    if _opted_in(widget):
        return
    if isinstance(widget, (QLabel, QMessageBox)) and widget.textFormat() != Qt.TextFormat.PlainText:
        widget.setTextFormat(Qt.TextFormat.PlainText)


class PlainTextGuard(QObject):
    """Application event filter: labels and message boxes become plain text as they are polished."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Every event of the application comes here: the type test (a C check) goes first,
        # `event.type()` (a Python enum made per call) only for labels and message boxes.
        if isinstance(watched, (QLabel, QMessageBox)) and event.type() == QEvent.Type.Polish:
            make_plain(watched)
        return False


_guard: PlainTextGuard | None = None


def install() -> None:
    """Guard the running application (once); safe to call from every window."""
    global _guard
    app = QCoreApplication.instance()
    if app is None or (_guard is not None and _guard.parent() is app):
        return
    _guard = PlainTextGuard(app)
    app.installEventFilter(_guard)
