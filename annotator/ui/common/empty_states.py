"""What an empty panel says: what would appear there, and what to do to make it appear.

The texts live here, together, so that they read alike; the panels show them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from annotator.ui.common.i18n import mark, translator

tr = translator("common.empty_states")

NO_ARTICLES = mark(
    "This project has no articles yet.\n\n"
    "Import saved web pages, PDFs, Word, Markdown or text files with File → Import Articles… "
    "(Ctrl+I) or by dropping them on the window; fetch a page with File → Open URL… "
    "(Ctrl+Shift+O); or copy an article in your browser and choose Edit → Paste as New Article "
    "(Ctrl+Shift+V)."
)
NO_REVISIONS = mark(
    "No article updates to review. When an article changes (Article → Check for a New "
    "Version, or Update from New Version…), the claims whose passage moved or changed are "
    "listed here to check, one by one."
)
NO_CONFLICTS = mark(
    "No conflicts. When File → Merge Colleague's Project… finds an item that you and a "
    "colleague both changed, it is listed here with your version and theirs side by side."
)
SEARCH_HINT = mark(
    "Type words to search every article, claim, source and comment of the project "
    '("quotes" for a phrase).'
)


def tr_empty(text: str) -> str:
    """One of the texts above in the interface's language."""
    return tr(text)


def no_results(query: str) -> str:
    return tr(
        "Nothing found for “{query}”. Try fewer or other words, or check the spelling."
    ).format(query=query)


class EmptyOverlay(QObject):
    """A centred, wrapped message over a scroll area's viewport (the reader, a list) while it
    has nothing to show; `set_visible` says when."""

    def __init__(self, area: QAbstractScrollArea, text: str) -> None:
        super().__init__(area)
        self.label = QLabel(text, area.viewport())
        self.label.setObjectName("emptyState")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        area.viewport().installEventFilter(self)
        self._area = area

    def set_visible(self, shown: bool) -> None:
        self._place()
        self.label.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        viewport = self._area.viewport()
        margin = max(16, viewport.width() // 10)
        self.label.setGeometry(margin, 0, max(50, viewport.width() - 2 * margin), viewport.height())
