"""Project → Verdict Scale…: add, rename, reorder, recolour, set values, retire, or start from a
template. Each change is committed at once and pushed on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import Verdict
from annotator.errors import AnnotatorError
from annotator.services import ProjectService
from annotator.services import verdict_scale as scale
from annotator.ui.common import dialogs
from annotator.ui.common.i18n import translated_error, translator
from annotator.ui.common.undo_commands import ServiceCommand

tr = translator("project.verdict_scale_dialog")
scale_tr = translator(scale.TRANSLATION_CONTEXT)  # the labels and template names

VERDICT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class VerdictScaleCommand(ServiceCommand):
    """Undo puts back the whole scale as it was; redo the scale after the change."""

    def __init__(
        self, service: ProjectService, text: str, before: list[Verdict], after: list[Verdict]
    ) -> None:
        super().__init__(service, text)
        self.before, self.after = before, after

    def _undo(self) -> None:
        scale.put_scale(self.service, self.before)

    def _redo(self) -> None:
        scale.put_scale(self.service, self.after)


class VerdictScaleDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, service: ProjectService, undo_stack: QUndoStack
    ) -> None:
        super().__init__(parent)
        self.service, self.undo_stack = service, undo_stack
        self.setWindowTitle(tr("Verdict Scale"))
        self.setMinimumSize(520, 420)
        self.list = QListWidget()
        self.list.setObjectName("verdictList")
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        column = self._build_buttons()
        self.template = QComboBox()
        for key, label in scale.TEMPLATE_LABELS.items():
            self.template.addItem(scale_tr(label), key)
        apply = QPushButton(tr("Start from &Template"))
        apply.setToolTip(self.tr("Replace the scale by the chosen template"))
        apply.clicked.connect(self.apply_template)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Template:")))
        row.addWidget(self.template, 1)
        row.addWidget(apply)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(column)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(
                tr(
                    "Numbers are ClaimReview's ratingValue and order agreement statistics. "
                    "A retired verdict stays on the claims that use it."
                )
            )
        )
        layout.addWidget(close)
        self.undo_stack.indexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def _build_buttons(self) -> QVBoxLayout:
        """One button an action on the selected verdict, then Undo."""
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        for key, text, slot in (
            ("add", tr("&Add…"), self.add), ("rename", tr("&Rename…"), self.rename),
            ("colour", tr("&Colour…"), self.recolour), ("value", tr("&Value…"), self.set_value),
            ("up", tr("Move &Up"), lambda: self.move(-1)),
            ("down", tr("Move &Down"), lambda: self.move(1)),
            ("retire", tr("Re&tire"), self.toggle_retired), ("remove", tr("Re&move"), self.remove),
        ):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            column.addWidget(button)
            self.buttons[key] = button
        column.addStretch(1)
        undo = self.undo_stack.createUndoAction(self, tr("&Undo"))
        undo_button = QPushButton(tr("U&ndo"))
        undo_button.setToolTip(self.tr("Undo the last change to the scale"))
        undo_button.clicked.connect(undo.trigger)
        column.addWidget(undo_button)
        return column

    def refresh(self) -> None:
        current = self.selected()
        used = scale.usage(self.service)
        self.list.clear()
        for verdict in self.service.verdicts():
            value = (
                tr("no number")
                if verdict.value is None
                else tr("value {value}").format(value=verdict.value)
            )
            extra = tr(" · %n claim(s)", n=used.get(verdict.id, 0)) + (
                tr(" · retired") if verdict.retired else ""
            )
            item = QListWidgetItem(_swatch(verdict.colour), f"{verdict.label}  ({value}{extra})")
            item.setData(VERDICT_ID_ROLE, verdict.id)
            self.list.addItem(item)
            if current is not None and verdict.id == current.id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected(self) -> Verdict | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return self.service.verdict(item.data(VERDICT_ID_ROLE)) if item else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for key in ("rename", "colour", "value", "up", "down", "retire", "remove"):
            self.buttons[key].setEnabled(has)
        verdict = self.selected()
        self.buttons["retire"].setText(
            tr("Res&tore") if verdict and verdict.retired else tr("Re&tire")
        )

    def _apply(self, text: str, change: Callable[[], tuple[list[Verdict], list[Verdict]]]) -> None:
        try:
            before, after = change()
        except AnnotatorError as error:
            dialogs.show_warning(self, tr("Verdict Scale"), translated_error(error))
            return
        if before != after:
            self.undo_stack.push(VerdictScaleCommand(self.service, text, before, after))
        self.refresh()

    def add(self, label: str | None = None) -> None:
        if label is None:
            label, ok = QInputDialog.getText(self, tr("Add Verdict"), tr("Label:"))
            if not ok:
                return
        self._apply(tr("Add verdict"), lambda: scale.add_verdict(self.service, label))

    def rename(self, label: str | None = None) -> None:
        verdict = self.selected()
        if verdict is None:
            return
        if label is None:
            label, ok = QInputDialog.getText(
                self, tr("Rename Verdict"), tr("Label:"), text=verdict.label
            )
            if not ok:
                return
        self._apply(
            tr("Rename verdict"), lambda: scale.edit_verdict(self.service, verdict.id, label=label)
        )

    def recolour(self, colour: str | None = None) -> None:
        verdict = self.selected()
        if verdict is None:
            return
        if colour is None:
            chosen = QColorDialog.getColor(QColor(verdict.colour), self, tr("Verdict Colour"))
            if not chosen.isValid():
                return
            colour = chosen.name()
        self._apply(
            tr("Recolour verdict"),
            lambda: scale.edit_verdict(self.service, verdict.id, colour=colour),
        )

    def set_value(self, text: str | None = None) -> None:
        verdict = self.selected()
        if verdict is None:
            return
        if text is None:
            text, ok = QInputDialog.getText(
                self,
                tr("Numeric Value"),
                tr("Whole number of at least 1, or empty for none:"),
                text="" if verdict.value is None else str(verdict.value),
            )
            if not ok:
                return
        self._apply(
            tr("Set verdict value"),
            lambda: scale.edit_verdict(self.service, verdict.id, value=scale.parse_value(text)),
        )

    def move(self, step: int) -> None:  # type: ignore[override]  # Move Up/Down, not QWidget.move
        verdict = self.selected()
        if verdict is not None:
            row = self.list.currentRow()
            self._apply(
                tr("Reorder verdicts"),
                lambda: scale.move_verdict(self.service, verdict.id, max(0, row + step)),
            )

    def toggle_retired(self) -> None:
        verdict = self.selected()
        if verdict is not None:
            self._apply(
                tr("Retire verdict"),
                lambda: scale.edit_verdict(self.service, verdict.id, retired=not verdict.retired),
            )

    def remove(self) -> None:
        verdict = self.selected()
        if verdict is not None:
            self._apply(
                tr("Remove verdict"), lambda: scale.remove_verdict(self.service, verdict.id)
            )

    def apply_template(self) -> None:
        name = self.template.currentData()
        self._apply(
            tr("Verdict scale: {template}").format(template=self.template.currentText()),
            lambda: scale.apply_template(self.service, name, scale_tr),
        )


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
