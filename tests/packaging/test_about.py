"""`annotator --version` and the About box: the version of Annotator, Qt and SQLite."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import qVersion

from annotator import __version__
from annotator.cli import main


def test_version_option_prints_the_package_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"annotator {__version__}"


def test_about_box_in_the_help_menu_shows_qt_and_sqlite_versions(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from annotator.ui.main_window import MainWindow

    shown = []

    def show(box: QMessageBox) -> int:  # the box as the user would see it, without blocking
        box.show()  # polished: the plain-text guard (ui/common/plain_text.py) has had its say
        qtbot.waitExposed(box)
        assert box.textFormat() == Qt.TextFormat.RichText  # the program's own markup, rendered
        shown.append(box.text())
        box.close()
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", show)
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    about = [a for a in window.help_menu.actions() if a.text() == "&About Annotator"]
    assert len(about) == 1
    about[0].trigger()
    assert len(shown) == 1
    text = shown[0]
    assert f"Annotator {__version__}" in text
    assert f"<td>Qt</td><td>{qVersion()}</td>" in text
    assert f"<td>SQLite</td><td>{sqlite3.sqlite_version}</td>" in text
