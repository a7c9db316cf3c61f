"""Verdict colour chips for lists and combo boxes."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from annotator.domain import UNRATED_COLOUR


def colour_chip(colour: str, size: int = 12) -> QIcon:
    """A filled square with a darker edge, visible even for pale colours; for "unrated" a hollow
    dashed square, a shape apart from every verdict's (pale "Half true" included)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    if colour.lower() == UNRATED_COLOUR:
        painter.setPen(QPen(QColor("#707070"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(QRect(0, 0, size - 1, size - 1))
        painter.end()
        return QIcon(pixmap)
    fill = QColor(colour)
    painter.fillRect(QRect(0, 0, size, size), fill.darker(160))
    painter.fillRect(QRect(1, 1, size - 2, size - 2), fill)
    painter.end()
    return QIcon(pixmap)
