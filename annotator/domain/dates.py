"""Timestamps and partial dates, in the forms the project file and the standards use."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from annotator.errors import ValidationError, msg

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def utc_now() -> str:
    """Current UTC time as ISO 8601 ending in Z (as W3C Web Annotation wants)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def today() -> str:
    return date.today().isoformat()


def validate_partial_date(value: str) -> str:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD (claims are often dated to the month only)."""
    value = value.strip()
    if not value:
        return ""
    if not _PARTIAL_DATE.match(value):
        raise ValidationError(msg("Dates are written YYYY-MM-DD (or YYYY-MM, or YYYY), not "
                                  "{value!r}.", value=value))
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError as error:
            raise ValidationError(msg("{value} is not a real date.", value=value)) from error
    return value
