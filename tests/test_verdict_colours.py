"""Highlight text stays readable on every colour of the default verdict scale."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from annotator.domain import DEFAULT_SCALE, UNRATED_COLOUR
from annotator.ui.reader.highlight_style import TINT_NESTED, TINT_SINGLE, text_colour_on, tint


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    "colour", [c for _, c, _ in DEFAULT_SCALE] + [UNRATED_COLOUR, "#000080", "#ffff00"]
)
@pytest.mark.parametrize("strength", [TINT_SINGLE, TINT_NESTED, 1.0])
def test_text_on_every_highlight_meets_wcag_aa(colour, strength):
    background = tint(colour, strength)
    assert contrast(background, text_colour_on(background)) >= 4.5
