"""`annotator install-desktop-entry [--remove]`: put Annotator in the Linux desktop's menus.

Writes a freedesktop.org `.desktop` entry to $XDG_DATA_HOME/applications (default
~/.local/share/applications) and the application icon to the user's hicolor icon theme.
The entry starts this very Python with `-m annotator`, so it works from a virtual
environment that is not on PATH.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from annotator.cli_language import mark, translator
from annotator.resources import resource_path

tr = translator("commands.desktop_entry")

NAME = "install-desktop-entry"
HELP = mark("add Annotator to the desktop's application menu (a .desktop entry and its icon)")
APP_ID = "annotator"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--remove", action="store_true", help=tr("remove the entry and the icon"))


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share as the XDG base directory specification says."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def entry_path() -> Path:
    return data_home() / "applications" / f"{APP_ID}.desktop"


def icon_path() -> Path:
    return data_home() / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def quoted(argument: str) -> str:
    """One Exec argument, quoted as the Desktop Entry specification requires."""
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'.replace("%", "%%")


def desktop_entry(python: str) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.5",
            "Name=Annotator",
            "GenericName=Fact-check Annotator",
            "Comment=Highlight claims in articles, attach sources and verdicts, export fact-check "
            "reports",
            f"Exec={quoted(python)} -m annotator %f",
            f"Icon={APP_ID}",
            "Terminal=false",
            "StartupNotify=true",
            "Categories=Office;Publishing;",
            "Keywords=fact-check;claims;annotation;journalism;",
            "",
        ]
    )


def run(args: argparse.Namespace) -> int:
    entry, icon = entry_path(), icon_path()
    if args.remove:
        for path in (entry, icon):
            path.unlink(missing_ok=True)
        print(f"Removed {entry} and {icon}")
        return 0
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path("icons", "annotator.svg"), icon)
    entry.write_text(desktop_entry(sys.executable), encoding="utf-8")
    print(f"Installed {entry}\nand its icon {icon}")
    return 0
