"""Edit → Preferences: your name, the reader's font and size, the theme, how times are shown and
the interface language (applied on the next start).

Font, size, theme and time display apply while the dialog is open (`preview`); Cancel puts back
what was there before. The name is saved on OK: renaming rewrites how you are shown everywhere."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.people import short_id
from annotator.ui.common.dialogs import ok_cancel_buttons
from annotator.ui.common.i18n import LANGUAGES, mark, translator
from annotator.ui.common.theme import theme_names
from annotator.ui.common.times import time_display_names
from annotator.ui.project.preferences import MAX_READER_SIZE, MIN_READER_SIZE, Preferences

tr = translator("project.preferences_dialog")

DEFAULT_FONT_LABEL = mark("Default serif (Georgia, Noto Serif, DejaVu Serif)")


class PreferencesDialog(QDialog):
    preview = Signal(object)  # Preferences, whenever a control changes

    def __init__(
        self, parent: QWidget | None, preferences: Preferences, name: str, person_id: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self.original = preferences
        self.name = QLineEdit(name)
        self.name.setObjectName("preferencesName")
        self.name.setPlaceholderText(tr("Your name, as colleagues will see it"))
        identity = QLabel(
            tr(
                "You are person {short_id}: renaming changes how you are shown, never who you are."
            ).format(short_id=short_id(person_id))
            if person_id
            else tr("Your name is shown as the author of what you create and change.")
        )
        identity.setWordWrap(True)
        self._build_font_controls(preferences)
        self.theme = _choices("preferencesTheme", theme_names(), preferences.theme)
        self.time_display = _choices(
            "preferencesTimes", time_display_names(), preferences.time_display
        )
        self.language = _choices("preferencesLanguage", language_names(), preferences.language)
        self._lay_out(identity)
        self.use_default_font.currentIndexChanged.connect(self._font_choice_changed)
        self.font_family.currentFontChanged.connect(lambda _font: self._changed())
        self.font_size.valueChanged.connect(lambda _value: self._changed())
        self.theme.currentIndexChanged.connect(lambda _index: self._changed())
        self.time_display.currentIndexChanged.connect(lambda _index: self._changed())

    def _build_font_controls(self, preferences: Preferences) -> None:
        self.font_family = QFontComboBox()
        self.font_family.setObjectName("preferencesFont")
        self.use_default_font = QComboBox()
        self.use_default_font.setObjectName("preferencesFontChoice")
        self.use_default_font.addItem(tr(DEFAULT_FONT_LABEL), False)
        self.use_default_font.addItem(tr("Another font:"), True)
        if preferences.reader_font_family:
            self.font_family.setCurrentFont(QFont(preferences.reader_font_family))
            self.use_default_font.setCurrentIndex(1)
        self.font_family.setEnabled(bool(preferences.reader_font_family))
        self.font_size = QDoubleSpinBox()
        self.font_size.setObjectName("preferencesFontSize")
        self.font_size.setRange(MIN_READER_SIZE, MAX_READER_SIZE)
        self.font_size.setSingleStep(1.0)
        self.font_size.setDecimals(0)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(preferences.reader_font_size)

    def _lay_out(self, identity: QLabel) -> None:
        form = QFormLayout()
        form.addRow(_label(tr("Your &name:"), self.name), self.name)
        form.addRow("", identity)
        form.addRow(_label(tr("Reader &font:"), self.use_default_font), self.use_default_font)
        form.addRow("", self.font_family)
        form.addRow(_label(tr("Reader text &size:"), self.font_size), self.font_size)
        form.addRow(
            "", QLabel(tr("In the article: Ctrl++ larger, Ctrl+- smaller, Ctrl+0 back to 12 pt."))
        )
        form.addRow(_label(tr("&Theme:"), self.theme), self.theme)
        form.addRow(_label(tr("Show &times in:"), self.time_display), self.time_display)
        form.addRow(
            "", QLabel(tr("Times are always stored in UTC; this changes only how they are shown."))
        )
        form.addRow(_label(tr("&Language:"), self.language), self.language)
        form.addRow("", QLabel(tr("A new language applies when Annotator is next started.")))
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def preferences(self) -> Preferences:
        """What the controls show."""
        custom = bool(self.use_default_font.currentData())
        return replace(
            self.original,
            reader_font_family=self.font_family.currentFont().family() if custom else "",
            reader_font_size=self.font_size.value(),
            theme=str(self.theme.currentData()),
            time_display=str(self.time_display.currentData()),
            language=str(self.language.currentData()),
        )

    def chosen_name(self) -> str:
        return " ".join(self.name.text().split())

    def _font_choice_changed(self) -> None:
        self.font_family.setEnabled(bool(self.use_default_font.currentData()))
        self._changed()

    def _changed(self) -> None:
        self.preview.emit(self.preferences())


def language_names() -> dict[str, str]:
    """The language choices: the system's, then each shipped language in its own name."""
    return {"": tr("The system's language"), **LANGUAGES}


def _choices(name: str, options: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for value, label in options.items():
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
