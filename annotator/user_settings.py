"""The author name the window saved, read without Qt, so the command line never loads Qt.

The window keeps its preferences with QSettings in INI format (app_settings.py):
`<config folder>/Annotator/Annotator.ini`, key `author` of the `[General]` section.
This reads that one value, undoing the quoting and escapes QSettings writes.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from annotator.domain.people import Person

ORGANISATION = "Annotator"
APPLICATION = "Annotator"


def settings_file() -> Path:
    """Where QSettings (IniFormat, UserScope) keeps the window's preferences."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / ORGANISATION / f"{APPLICATION}.ini"


_SIMPLE = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_HEX = re.compile(r"[0-9a-fA-F]{1,4}")


def ini_value(raw: str) -> str:
    """A QSettings INI string value as the window saved it (quotes, escapes, @ prefix undone)."""
    raw, out, index = raw.strip(), [], 0
    while index < len(raw):
        char = raw[index]
        if char == "\\" and index + 1 < len(raw):
            code = raw[index + 1]
            hex_digits = _HEX.match(raw, index + 2) if code == "x" else None
            if hex_digits:
                out.append(chr(int(hex_digits.group(), 16)))
                index = hex_digits.end()
                continue
            out.append(_SIMPLE.get(code, code))
            index += 2
            continue
        if char != '"':  # quotes only protect spaces and commas
            out.append(char)
        index += 1
    text = "".join(out)
    if text.startswith("@String(") and text.endswith(")"):
        return text[len("@String(") : -1]
    return text[1:] if text.startswith("@@") else text


def _saved_value(wanted_section: str, key: str) -> str:
    """One value of the window's settings file, or "" if it is not there (or unreadable)."""
    try:
        lines = settings_file().read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    section = ""
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
        elif (
            section == wanted_section
            and "=" in stripped
            and stripped.split("=", 1)[0].strip() == key
        ):
            return ini_value(stripped.split("=", 1)[1])
    return ""


def saved_author() -> str:
    """The name set in the window, or "" if none was (or the file cannot be read)."""
    return _saved_value("General", "author")


def saved_identity_id() -> str:
    """The id the window generated for this user (QSettings key `identity/id`), or ""."""
    return _saved_value("identity", "id")


def saved_language() -> str:
    """The interface language chosen in Preferences (QSettings key `preferences/language`):
    "" to follow the system."""
    return _saved_value("preferences", "language")


def resolve_identity(
    explicit: str | None = None,
    saved_name: Callable[[], str] = saved_author,
    saved_id: Callable[[], str] = saved_identity_id,
) -> Person:
    """Who is working: --author, else $ANNOTATOR_AUTHOR, else the identity saved by the window.

    The saved id goes with the saved name only; another name gets an empty id, which the
    project maps to the one person of that name it knows (or to the name's legacy id). The
    window passes its QSettings readers (which make the id on first use); the command line
    reads the settings file without Qt.
    """
    name = resolve_author(explicit, saved_name)
    saved = saved_name()
    if name and saved and " ".join(name.split()) == " ".join(saved.split()):
        return Person(saved_id(), name)
    return Person("", name)


def resolve_author(
    explicit: str | None = None, saved_name: Callable[[], str] = saved_author
) -> str:
    """--author, else $ANNOTATOR_AUTHOR, else the name saved by the window."""
    return (explicit or os.environ.get("ANNOTATOR_AUTHOR") or saved_name()).strip()
