"""Per-user preferences (identity, recent projects, window layout) kept with QSettings.

Only QtCore is used, so the command line can read the identity the window saved. The
identity is a generated id (made once, on first use) plus a display name the user may
change: records carry the id, so renaming never turns one person into another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from annotator import user_settings
from annotator.domain.people import Person, new_person_id

ORGANISATION = "Annotator"
APPLICATION = "Annotator"
MAX_RECENT = 10


def qsettings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def saved_author() -> str:
    return str(qsettings().value("author", "") or "")


def save_author(name: str) -> None:
    """Save the display name, and make sure the identity it names has its id saved too: the
    command line reads both without Qt and cannot generate the id itself."""
    saved_identity_id()
    settings = qsettings()
    settings.setValue("author", name.strip())
    settings.sync()


def saved_identity_id() -> str:
    """This user's stable id, generated and saved the first time it is asked for."""
    settings = qsettings()
    person_id = str(settings.value("identity/id", "") or "")
    if not person_id:
        person_id = new_person_id()
        settings.setValue("identity/id", person_id)
        settings.sync()
    return person_id


def resolve_identity(explicit: str | None = None) -> Person:
    """Who is working (see user_settings.resolve_identity), with the id made on first use."""
    return user_settings.resolve_identity(explicit, saved_author, saved_identity_id)


def resolve_author(explicit: str | None = None) -> str:
    """--author, else $ANNOTATOR_AUTHOR, else the name saved in Preferences."""
    return user_settings.resolve_author(explicit, saved_author)


def recent_projects() -> list[str]:
    value = qsettings().value("recent_projects", []) or []
    items = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
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
