"""`annotator install-desktop-entry`: a menu entry and an icon in the user's data folder."""

from __future__ import annotations

import sys
from configparser import ConfigParser
from pathlib import Path

from annotator.cli import main
from annotator.resources import resource_path


def test_installs_an_entry_that_starts_this_python_and_its_icon(isolated_user_dirs: Path, capsys):
    assert main(["install-desktop-entry"]) == 0
    share = isolated_user_dirs / ".local" / "share"
    entry = share / "applications" / "annotator.desktop"
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / "annotator.svg"
    assert icon.read_bytes() == resource_path("icons", "annotator.svg").read_bytes()
    parser = ConfigParser(interpolation=None)
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Annotator"
    assert section["Exec"] == f'"{sys.executable}" -m annotator %f'
    assert section["Icon"] == "annotator"
    assert str(entry) in capsys.readouterr().out


def test_remove_takes_both_away(isolated_user_dirs: Path):
    assert main(["install-desktop-entry"]) == 0
    assert main(["install-desktop-entry", "--remove"]) == 0
    share = isolated_user_dirs / ".local" / "share"
    assert not (share / "applications" / "annotator.desktop").exists()
    assert not list((share / "icons").rglob("annotator.svg"))


def test_quoting_follows_the_desktop_entry_specification():
    from annotator.commands.desktop_entry import quoted

    assert quoted('/opt/my "apps"/py$thon') == '"/opt/my \\"apps\\"/py\\$thon"'
    assert quoted("/opt/100%/python") == '"/opt/100%%/python"'
