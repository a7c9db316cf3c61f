"""Colours for claim highlights: a tint of the verdict colour that keeps text readable."""

from __future__ import annotations

from PySide6.QtGui import QColor

from annotator.domain import readable_text_colour

TINT_SINGLE = 0.55  # share of the verdict colour in the background of a claim
TINT_NESTED = 0.8  # stronger where claims overlap, so the inner one stands out
FIND_CURRENT = "#1b7837"  # find matches are green, a hue no verdict of the default scale uses
FIND_MATCH = "#a6dba0"


def tint(colour: str, strength: float, page: QColor | None = None) -> QColor:
    """Mix `colour` with the page (white unless given: a dark theme's page is dark); the text
    drawn on it is black or white, whichever reads better (`text_colour_on`)."""
    base = QColor(colour)
    paper = page if page is not None else QColor(255, 255, 255)

    def channel(verdict: int, background: int) -> int:
        return round(background + (verdict - background) * strength)

    return QColor(
        channel(base.red(), paper.red()),
        channel(base.green(), paper.green()),
        channel(base.blue(), paper.blue()),
    )


def text_colour_on(background: QColor) -> QColor:
    return QColor(readable_text_colour(background.name()))
