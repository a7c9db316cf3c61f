"""Selections in the reader snap to whole words: when a drag ends, and again when a claim is
made of the selection (a keyboard selection included). Holding Alt during the drag keeps the
exact characters; Claim → Snap Selections to Words (stored in QSettings) turns snapping off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QMouseEvent

from annotator import app_settings
from annotator.anchoring.textunits import snap_to_words
from annotator.ui.reader.reader import ArticleReader

SETTING = "reader/snap_to_words"
PRECISE = Qt.KeyboardModifier.AltModifier


def snapping_on() -> bool:
    return str(app_settings.qsettings().value(SETTING, "true")).lower() not in ("false", "0")


def set_snapping(on: bool) -> None:
    app_settings.qsettings().setValue(SETTING, "true" if on else "false")


class WordSnap(QObject):
    """Watches the reader's mouse: a plain drag's selection is widened to words as it ends;
    an Alt-drag's is marked exact, so `claim_span` leaves it as it is."""

    def __init__(self, reader: ArticleReader) -> None:
        super().__init__(reader)
        self.reader = reader
        self.enabled = snapping_on()
        self.precise = False  # the selection was made with Alt held: keep its characters
        reader.viewport().installEventFilter(self)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        set_snapping(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton:
            if event.type() == QEvent.Type.MouseButtonPress:
                self.precise = bool(event.modifiers() & PRECISE)
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self.precise = self.precise or bool(event.modifiers() & PRECISE)
                QTimer.singleShot(0, self, self.snap_selection)  # after the reader's own release
        return False

    def snap_selection(self) -> None:
        """Widen the shown selection to whole words (unless it is to be kept exact)."""
        span = self.reader.selected_span()
        if span is None or self.precise or not self.enabled:
            return
        snapped = self.snapped(span)
        if snapped != span:
            self.reader.select_span(*snapped)

    def snapped(self, span: tuple[int, int]) -> tuple[int, int]:
        article = self.reader.article
        if article is None or self.precise or not self.enabled:
            return span
        start, end = snap_to_words(article.text, *span)
        return (start, end) if start < end else span

    def claim_span(self) -> tuple[int, int] | None:
        """The selection as a claim would quote it: snapped to words unless kept exact."""
        span = self.reader.selected_span()
        return None if span is None else self.snapped(span)
