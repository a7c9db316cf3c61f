"""Verdict badges are drawn once per verdict, size, palette, font and direction
(`verdict_badge.badge_image`) and look as `paint_badge` draws them straight onto the page:
a dark palette's unrated badge is drawn in the dark palette's colours, never the light one's."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette

from annotator.ui.common.verdict_badge import badge_image, draw_badge, paint_badge

RECT = QRect(0, 0, 96, 22)


def palette(base: str, text: str) -> QPalette:
    chosen = QPalette()
    chosen.setColor(QPalette.ColorRole.Base, QColor(base))
    chosen.setColor(QPalette.ColorRole.Text, QColor(text))
    return chosen


LIGHT, DARK = palette("#ffffff", "#111111"), palette("#1e1e1e", "#eeeeee")


def page(background: str) -> QImage:
    image = QImage(RECT.width() + 8, RECT.height() + 8, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(background))
    return image


def drawn(draw, background: str, *args) -> QImage:  # noqa: ANN001, ANN002
    image = page(background)
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 9))
    draw(painter, RECT.translated(4, 4), *args)
    painter.end()
    return image


def largest_difference(a: QImage, b: QImage) -> int:
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            one, two = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(
                worst,
                abs(one.red() - two.red()),
                abs(one.green() - two.green()),
                abs(one.blue() - two.blue()),
            )
    return worst


def test_a_kept_badge_looks_as_the_badge_drawn_directly(qapp) -> None:  # noqa: ANN001
    for label, colour, chosen, background in (
        ("False", "#c62828", LIGHT, "#ffffff"),
        ("Half true", "#fdd835", LIGHT, "#3366cc"),  # on a selected row's highlight
        ("Unrated", None, LIGHT, "#ffffff"),
        ("Unrated", None, DARK, "#1e1e1e"),
    ):
        direct = drawn(paint_badge, background, label, colour, chosen)
        kept = drawn(draw_badge, background, label, colour, chosen)
        assert largest_difference(direct, kept) <= 3, (label, background)


def test_badges_are_kept_per_palette_font_size_and_direction(qapp) -> None:  # noqa: ANN001
    image = page("#ffffff")
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 9))
    light = badge_image(RECT, "Unrated", None, LIGHT, painter)
    assert badge_image(RECT, "Unrated", None, palette("#ffffff", "#111111"), painter) is light
    dark = badge_image(RECT, "Unrated", None, DARK, painter)
    assert dark is not light
    inside = (RECT.width() - 4, RECT.height() // 2)  # right of the text, inside the outline
    assert dark.pixelColor(*inside).name() == "#1e1e1e"
    assert light.pixelColor(*inside).name() == "#ffffff"
    assert badge_image(RECT.adjusted(0, 0, 10, 0), "Unrated", None, LIGHT, painter) is not light
    assert badge_image(RECT, "False", "#c62828", LIGHT, painter) is not light
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert badge_image(RECT, "Unrated", None, LIGHT, painter) is not light
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    painter.setFont(QFont("DejaVu Sans", 14))
    assert badge_image(RECT, "Unrated", None, LIGHT, painter) is not light
    painter.end()
