"""How the window shows a moment: the time stamps it shows go through `format_time` (a date
of publication, typed or imported, is shown as it was given).

Times are stored in UTC (ISO 8601); Preferences chooses whether they are shown in UTC or in
the computer's time zone. Only the display changes, never what is stored."""

from __future__ import annotations

from datetime import UTC, datetime

UTC_DISPLAY, LOCAL_DISPLAY = "utc", "local"
TIME_DISPLAYS = {UTC_DISPLAY: "UTC", LOCAL_DISPLAY: "This computer's time zone"}


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
    pattern = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    if _Display.mode == LOCAL_DISPLAY:
        local = moment.astimezone()
        return f"{local.strftime(pattern)} {local.tzname() or local.strftime('%z')}"
    return f"{moment.astimezone(UTC).strftime(pattern)} UTC"
