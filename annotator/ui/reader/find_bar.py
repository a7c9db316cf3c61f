"""Find in the current article (Ctrl+F): marks every match and steps through them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from annotator.ui.common.i18n import number, translator

tr = translator("reader.find_bar")


class FindBar(QWidget):
    search_changed = Signal(str)
    step_requested = Signal(bool)  # True: next, False: previous
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("Find in article"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        previous_button = QToolButton()
        previous_button.setText("↑")
        previous_button.setToolTip(tr("Previous match (Shift+F3)"))
        next_button = QToolButton()
        next_button.setText("↓")
        next_button.setToolTip(tr("Next match (F3 or Enter)"))
        close_button = QToolButton()
        close_button.setText("✕")
        close_button.setToolTip(tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous_button)
        layout.addWidget(next_button)
        layout.addWidget(close_button)
        self.field.textChanged.connect(self.search_changed)
        self.field.returnPressed.connect(lambda: self.step_requested.emit(True))
        previous_button.clicked.connect(lambda: self.step_requested.emit(False))
        next_button.clicked.connect(lambda: self.step_requested.emit(True))
        close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        if self.field.text():
            self.search_changed.emit(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        if not self.field.text():
            self.count.clear()
        elif total == 0:
            self.count.setText(tr("no matches"))
        else:
            self.count.setText(
                tr("{current} of {total}").format(
                    current=number(current + 1 if current >= 0 else 0), total=number(total)
                )
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
