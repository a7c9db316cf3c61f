"""The inspector's quote in a box of fixed height: a long quote scrolls inside it, so the
fields below (claim as checked, verdict, status…) stay where they are from claim to claim."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

QUOTE_LINES = 4  # shown without scrolling; about 40 words at the inspector's usual width
BOX_PADDING = 16  # the quote label's own padding (annotator.qss), top and bottom


def quote_box(quote: QLabel, note: QLabel) -> QScrollArea:
    """A scroll area of fixed height holding the quote and the note under it."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(quote)
    layout.addWidget(note)
    layout.addStretch(1)
    box = QScrollArea()
    box.setObjectName("quoteBox")
    box.setWidgetResizable(True)
    box.setFrameShape(QFrame.Shape.NoFrame)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setWidget(holder)
    quote.ensurePolished()
    box.setFixedHeight(QUOTE_LINES * quote.fontMetrics().lineSpacing() + BOX_PADDING)
    return box
