"""The user's preferences (reader font, theme, time display, language), kept in QSettings.

The identity (display name) has its own keys in annotator/app_settings.py, shared with the CLI."""

from __future__ import annotations

from dataclasses import dataclass, replace

from annotator import app_settings
from annotator.ui.common.i18n import LANGUAGES, SYSTEM_LANGUAGE
from annotator.ui.common.theme import SYSTEM, THEMES
from annotator.ui.common.times import TIME_DISPLAYS, UTC_DISPLAY

DEFAULT_READER_SIZE = 12.0
MIN_READER_SIZE, MAX_READER_SIZE = 8.0, 32.0
KEYS = {
    "reader_font_family": "preferences/reader_font_family",
    "reader_font_size": "preferences/reader_font_size",
    "theme": "preferences/theme",
    "time_display": "preferences/time_display",
    "language": "preferences/language",
}


@dataclass(frozen=True)
class Preferences:
    reader_font_family: str = ""  # "" means the default serif (Georgia, Noto Serif, DejaVu Serif)
    reader_font_size: float = DEFAULT_READER_SIZE
    theme: str = SYSTEM
    time_display: str = UTC_DISPLAY
    language: str = SYSTEM_LANGUAGE  # "" follows the system; applies on the next start

    def with_size(self, size: float) -> Preferences:
        return replace(self, reader_font_size=clamp_size(size))


def clamp_size(size: float) -> float:
    return max(MIN_READER_SIZE, min(MAX_READER_SIZE, float(size)))


def load() -> Preferences:
    """The saved preferences; a missing or unreadable value takes its default."""
    settings = app_settings.qsettings()
    default = Preferences()
    try:
        size = clamp_size(
            float(str(settings.value(KEYS["reader_font_size"], default.reader_font_size)))
        )
    except ValueError:
        size = default.reader_font_size
    theme = str(settings.value(KEYS["theme"], default.theme) or default.theme)
    display = str(
        settings.value(KEYS["time_display"], default.time_display) or default.time_display
    )
    language = str(settings.value(KEYS["language"], "") or "")
    return Preferences(
        reader_font_family=str(settings.value(KEYS["reader_font_family"], "") or ""),
        reader_font_size=size,
        theme=theme if theme in THEMES else default.theme,
        time_display=display if display in TIME_DISPLAYS else default.time_display,
        language=language if language in LANGUAGES else SYSTEM_LANGUAGE,
    )


def save(preferences: Preferences) -> None:
    settings = app_settings.qsettings()
    for field, key in KEYS.items():
        settings.setValue(key, getattr(preferences, field))
    settings.sync()
