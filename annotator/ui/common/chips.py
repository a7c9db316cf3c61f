"""Verdict colour chips for lists and combo boxes."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def colour_chip(colour: str, size: int = 12) -> QIcon:
    """A filled square with a darker edge, visible even for pale colours."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    fill = QColor(colour)
    painter.fillRect(QRect(0, 0, size, size), fill.darker(160))
    painter.fillRect(QRect(1, 1, size - 2, size - 2), fill)
    painter.end()
    return QIcon(pixmap)
