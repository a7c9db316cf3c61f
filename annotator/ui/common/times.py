"""How the window shows a moment: the time stamps it shows go through `format_time` (a date
of publication, typed or imported, is shown as it was given).

Times are stored in UTC (ISO 8601); Preferences chooses whether they are shown in UTC or in
the computer's time zone. Only the display changes, never what is stored. In English the form
is ISO's ('2025-02-11 14:03 UTC'); in another interface language the date takes that locale's
short form and digits (QLocale)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from annotator.ui.common import i18n
from annotator.ui.common.i18n import mark, translator

tr = translator("common.times")

UTC_DISPLAY, LOCAL_DISPLAY = "utc", "local"
TIME_DISPLAYS = {UTC_DISPLAY: "UTC", LOCAL_DISPLAY: mark("This computer's time zone")}


def time_display_names() -> dict[str, str]:
    """The choices of Preferences, in the interface's language."""
    return {key: tr(name) for key, name in TIME_DISPLAYS.items()}


class _Display:
    mode = UTC_DISPLAY


def set_time_display(mode: str) -> None:
    _Display.mode = mode if mode in TIME_DISPLAYS else UTC_DISPLAY


def time_display() -> str:
    return _Display.mode


def parse_stored(iso: str) -> datetime | None:
    """A stored time ('2025-02-11T14:03:55.120Z', '+00:00', or no zone: UTC) or None."""
    try:
        moment = datetime.fromisoformat(iso.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def format_time(iso: str, *, seconds: bool = False) -> str:
    """'2025-02-11T14:03:55.120Z' -> '2025-02-11 14:03 UTC', or in local time with the zone's
    abbreviation ('2025-02-11 16:03 EET'). Empty stays empty; an unreadable value is shown as is."""
    if not iso:
        return ""
    moment = parse_stored(iso)
    if moment is None:
        return iso
    if _Display.mode == LOCAL_DISPLAY:
        shown = moment.astimezone()
        zone = shown.tzname() or shown.strftime("%z")
    else:
        shown, zone = moment.astimezone(UTC), "UTC"
    if i18n.current_language() != i18n.ENGLISH:
        return f"{locale_time(shown, seconds=seconds)} {zone}"
    pattern = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return f"{shown.strftime(pattern)} {zone}"


def locale_time(moment: datetime, *, seconds: bool = False) -> str:
    """The date in the interface locale's short form (with a four-digit year) and a 24-hour
    time, in its digits: '11/2/2025 14:03' in Spanish, '١١‏/٢‏/٢٠٢٥ ١٤:٠٣' in Arabic."""
    locale = QLocale()
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date_format:
        date_format = date_format.replace("yy", "yyyy")
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return locale.toString(shown, f"{date_format} {'HH:mm:ss' if seconds else 'HH:mm'}")
