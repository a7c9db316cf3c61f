"""Colours for claim highlights: a tint of the verdict colour that keeps text readable."""

from __future__ import annotations

from PySide6.QtGui import QColor

from annotator.domain import readable_text_colour

TINT_SINGLE = 0.55  # share of the verdict colour in the background of a claim
TINT_NESTED = 0.8  # stronger where claims overlap, so the inner one stands out


def tint(colour: str, strength: float) -> QColor:
    """Mix `colour` with white; dark text stays readable on every verdict colour."""
    base = QColor(colour)
    return QColor(
        round(255 + (base.red() - 255) * strength),
        round(255 + (base.green() - 255) * strength),
        round(255 + (base.blue() - 255) * strength),
    )


def text_colour_on(background: QColor) -> QColor:
    return QColor(readable_text_colour(background.name()))
