"""Verdicts drawn as a badge: the verdict's colour with its name written on it, so no verdict is
told by colour alone. The text is black or white, whichever contrasts more (WCAG 2.2 AA, at
least 4.5:1); "Unrated" is drawn as an outline on the list's own background, a different shape
from every filled verdict (pale "Half true" included)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from annotator.domain import Verdict, readable_text_colour
from annotator.ui.common.i18n import mark, translator

tr = translator("common.verdict_badge")

VERDICT_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 20  # "#rrggbb", or None for unrated
UNRATED_LABEL = mark("Unrated")


def unrated_label() -> str:
    return tr(UNRATED_LABEL)


PADDING_X, PADDING_Y, GAP = 6, 2, 6
ModelIndex = QModelIndex | QPersistentModelIndex
BADGES_KEPT = 512  # drawn badges kept (verdicts × sizes × palettes × fonts: a few dozen in use)
BadgeKey = tuple[str, str, int, int, int, int, str, int, float]
_badges: dict[BadgeKey, QImage] = {}  # images, not pixmaps: nothing to free with the app


def badge_colours(colour: str | None, palette: QPalette) -> tuple[QColor, QColor, bool]:
    """(background, text, outlined) of the badge of a verdict coloured `colour` (None: unrated)."""
    if not colour:
        return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), True
    background = QColor(colour)
    return background, QColor(readable_text_colour(background.name())), False


def badge_width(labels: list[str], font: QFont) -> int:
    """The width a badge needs to show the longest of `labels` whole."""
    metrics = QFontMetrics(font)
    return (
        max((metrics.horizontalAdvance(label) for label in labels), default=0) + 2 * PADDING_X + 2
    )


def paint_badge(
    painter: QPainter, rect: QRect, label: str, colour: str | None, palette: QPalette
) -> None:
    background, text, outlined = badge_colours(colour, palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if outlined:
        pen = QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(background)
    else:
        painter.setPen(QPen(background.darker(140), 1))
        painter.setBrush(background)
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(text)
    metrics = painter.fontMetrics()
    inner = rect.adjusted(PADDING_X, 0, -PADDING_X, 0)
    shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
    painter.restore()


def badge_key(
    rect: QRect, label: str, colour: str | None, palette: QPalette, painter: QPainter
) -> BadgeKey:
    """Everything a badge's pixels depend on: its text, colour and size, the palette's colours
    it uses (an unrated badge is drawn in Base and Text: light or dark theme), the painter's
    font, layout direction and device pixel ratio."""
    device = painter.device()
    return (
        label,
        colour or "",
        rect.width(),
        rect.height(),
        palette.color(QPalette.ColorRole.Base).rgba(),
        palette.color(QPalette.ColorRole.Text).rgba(),
        painter.font().key(),
        int(painter.layoutDirection().value),
        device.devicePixelRatioF() if device is not None else 1.0,
    )


def badge_image(
    rect: QRect, label: str, colour: str | None, palette: QPalette, painter: QPainter
) -> QImage:
    """The badge `paint_badge` draws in `rect`, drawn once per `badge_key` into an image."""
    key = badge_key(rect, label, colour, palette, painter)
    image = _badges.get(key)
    if image is None:
        ratio = key[-1]
        size = (round(rect.width() * ratio), round(rect.height() * ratio))
        image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        drawing = QPainter(image)
        drawing.setFont(painter.font())
        drawing.setLayoutDirection(painter.layoutDirection())
        paint_badge(drawing, QRect(0, 0, rect.width(), rect.height()), label, colour, palette)
        drawing.end()
        if len(_badges) >= BADGES_KEPT:
            _badges.clear()
        _badges[key] = image
    return image


def draw_badge(
    painter: QPainter, rect: QRect, label: str, colour: str | None, palette: QPalette
) -> None:
    """`paint_badge`, from the image kept for it."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    painter.drawImage(rect.topLeft(), badge_image(rect, label, colour, palette, painter))


class VerdictBadgeDelegate(QStyledItemDelegate):
    """Paints a cell's verdict (its text; its colour from VERDICT_COLOUR_ROLE) as a badge
    (drawn once per verdict, size and palette: `badge_image`)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        label = item.text or tr(UNRATED_LABEL)
        item.text = ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        rect = option.rect.adjusted(3, 3, -3, -3)
        draw_badge(painter, rect, label, index.data(VERDICT_COLOUR_ROLE), option.palette)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        label = str(index.data(Qt.ItemDataRole.DisplayRole) or tr(UNRATED_LABEL))
        metrics = option.fontMetrics
        return QSize(
            metrics.horizontalAdvance(label) + 2 * PADDING_X + 8,
            metrics.height() + 2 * PADDING_Y + 6,
        )


class VerdictLegend(QWidget):
    """Every verdict of the scale as a badge, wrapped over as many lines as the width needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictLegend")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._items: list[tuple[str, str | None]] = [(tr(UNRATED_LABEL), None)]
        self._update_description()

    def set_verdicts(self, verdicts: list[Verdict]) -> None:
        self._items = [(v.label, v.colour) for v in verdicts if not v.retired] + [
            (tr(UNRATED_LABEL), None)
        ]
        self._update_description()
        self.updateGeometry()
        self.update()

    def labels(self) -> list[str]:
        return [label for label, _ in self._items]

    def _update_description(self) -> None:
        self.setToolTip(tr("Verdict colours: ") + ", ".join(self.labels()))
        self.setAccessibleName(tr("Verdict legend"))
        self.setAccessibleDescription(", ".join(self.labels()))

    def _boxes(self, width: int) -> list[QRect]:
        metrics = self.fontMetrics()
        height = metrics.height() + 2 * PADDING_Y
        x = y = 0
        boxes = []
        for label, _colour in self._items:
            w = metrics.horizontalAdvance(label) + 2 * PADDING_X + 2
            if x and x + w > width:
                x, y = 0, y + height + 4
            boxes.append(QRect(x, y, w, height))
            x += w + GAP
        return boxes

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        boxes = self._boxes(width)
        return (boxes[-1].bottom() + 1 if boxes else 0) + 4

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, self.heightForWidth(200))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(60, self.fontMetrics().height() + 2 * PADDING_Y)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        for box, (label, colour) in zip(self._boxes(self.width()), self._items, strict=True):
            paint_badge(painter, box.translated(0, 2), label, colour, self.palette())
        painter.end()
