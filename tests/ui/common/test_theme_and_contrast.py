"""Verdict badges and highlights keep WCAG 2.2 AA contrast (4.5:1) for their text in the light and
the dark theme; "Unrated" is drawn apart from "Half true"; the stylesheet forces no colour."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from annotator.domain import DEFAULT_SCALE, UNRATED_COLOUR
from annotator.ui.common import theme
from annotator.ui.common.verdict_badge import badge_colours, paint_badge
from annotator.ui.reader.highlight_style import TINT_NESTED, TINT_SINGLE, text_colour_on, tint

AA = 4.5


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palettes(qapp) -> dict[str, QPalette]:  # noqa: ANN001
    return {"light": theme.light_palette(), "dark": theme.dark_palette()}


def test_contrast_formula_on_worked_examples():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(
        4.54, abs=0.01
    )  # WCAG's AA grey


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize("colour", [c for _, c, _ in DEFAULT_SCALE] + [None])
def test_every_verdict_badge_is_readable(qapp, name, colour):
    palette = palettes(qapp)[name]
    background, text, outlined = badge_colours(colour, palette)
    assert outlined == (colour is None)
    assert contrast(background, text) >= AA


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize(
    "colour", [c for _, c, _ in DEFAULT_SCALE] + [UNRATED_COLOUR, "#000080", "#ffff00"]
)  # the default scale, and a dark and a light colour a newsroom may choose
@pytest.mark.parametrize("strength", [TINT_SINGLE, TINT_NESTED, 1.0])
def test_every_highlight_is_readable_on_both_pages(qapp, name, colour, strength):
    page = palettes(qapp)[name].color(QPalette.ColorRole.Base)
    background = tint(colour, strength, page)
    assert contrast(background, text_colour_on(background)) >= AA


@pytest.mark.parametrize("colour", [c for _, c, _ in DEFAULT_SCALE] + [UNRATED_COLOUR])
def test_a_highlight_on_no_given_page_is_tinted_towards_white(colour):
    assert tint(colour, TINT_SINGLE) == tint(colour, TINT_SINGLE, QColor("#ffffff"))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_muted_text_and_the_page_text_are_readable(qapp, name):
    palette = palettes(qapp)[name]
    base = palette.color(QPalette.ColorRole.Base)
    assert contrast(palette.color(QPalette.ColorRole.Text), base) >= AA
    assert contrast(theme.muted_text(palette), base) >= AA


def test_unrated_is_an_outline_and_half_true_a_fill(qapp):
    palette = theme.light_palette()
    half_true = next(c for label, c, _ in DEFAULT_SCALE if label == "Half true")
    drawn = {}
    for label, colour in (("Half true", half_true), ("Unrated", None)):
        image = QImage(120, 24, QImage.Format.Format_RGB32)
        image.fill(palette.color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        paint_badge(painter, QRect(0, 0, 120, 24), label, colour, palette)
        painter.end()
        drawn[label] = image.pixelColor(110, 12).name()  # inside the badge, right of the text
    assert drawn["Half true"] == half_true
    assert drawn["Unrated"] == palette.color(QPalette.ColorRole.Base).name()


def test_the_stylesheet_names_no_fixed_background(qapp):
    for palette in palettes(qapp).values():
        sheet = theme.stylesheet(palette)
        assert "#ffffff" not in sheet.lower() and "white" not in sheet.lower()
    dark = theme.stylesheet(theme.dark_palette())
    quote = re.search(r"QLabel#quoteLabel \{[^}]*background: (#[0-9a-f]{6})", dark)
    assert quote and QColor(quote.group(1)).lightness() < 80  # a dark quote box in the dark theme


def test_long_quotes_keep_their_start_and_end_in_whole_words(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from annotator.ui.claims.claim_columns import elide_middle

    metrics = QFontMetrics(QFont("DejaVu Sans", 9))
    quote = (
        "The U.S. has spent billions of dollars globally, with little to show for it in the end."
    )
    shown = elide_middle(quote, metrics, 120, lines=2)
    head, tail = shown.split(" … ")
    assert quote.startswith(head) and quote.endswith(tail)
    assert quote[len(head)] == " " and quote[-len(tail) - 1] == " "  # cut between words
    assert elide_middle("Short.", metrics, 120) == "Short."


def test_the_reader_paints_the_palettes_base_colour(qtbot):
    """The reader fills its own background (no style-sheet background, which would make it
    see-through to Qt): with the dark palette, a painted empty reader is the palette's Base."""
    from annotator.ui.reader.reader import ArticleReader

    reader = ArticleReader()
    qtbot.addWidget(reader)
    dark = theme.dark_palette()
    reader.setPalette(dark)
    reader.viewport().setPalette(dark)
    reader.resize(200, 100)
    image = reader.viewport().grab().toImage()
    assert image.pixelColor(150, 80).name() == dark.color(QPalette.ColorRole.Base).name()
