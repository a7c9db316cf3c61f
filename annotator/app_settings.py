"""Per-user preferences (author name, recent projects, window layout) kept with QSettings.

Only QtCore is used, so the command line can read the author name the window saved.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANISATION = "Annotator"
APPLICATION = "Annotator"
MAX_RECENT = 10


def qsettings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def saved_author() -> str:
    return str(qsettings().value("author", "") or "")


def save_author(name: str) -> None:
    settings = qsettings()
    settings.setValue("author", name.strip())
    settings.sync()


def resolve_author(explicit: str | None = None) -> str:
    """--author, else $ANNOTATOR_AUTHOR, else the name saved by the window."""
    return (explicit or os.environ.get("ANNOTATOR_AUTHOR") or saved_author()).strip()


def recent_projects() -> list[str]:
    value = qsettings().value("recent_projects", []) or []
    items = [value] if isinstance(value, str) else list(value)
    return [p for p in items if p]


def add_recent_project(path: str | Path) -> None:
    path = str(Path(path).resolve())
    items = [path] + [p for p in recent_projects() if p != path]
    settings = qsettings()
    settings.setValue("recent_projects", items[:MAX_RECENT])
    settings.sync()


def data_dir() -> Path:
    """The user's data folder (QStandardPaths), where the demo project and backups live.

    Built from the generic data location, so the window and the command line agree
    whether or not a QApplication has named itself (e.g. ~/.local/share/Annotator).
    """
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    base = Path(location) if location else Path.home() / ".local" / "share"
    path = base / APPLICATION
    path.mkdir(parents=True, exist_ok=True)
    return path
