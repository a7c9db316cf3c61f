"""Test set-up shared by every test: offscreen Qt, private settings and data folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may depend on the machine's speed: Hypothesis's 200 ms per-example deadline would fail
# property tests on a loaded two-core machine. Timing targets live in benchmarks/.
settings.register_profile("annotator", deadline=None)
settings.load_profile("annotator")
os.environ.pop("ANNOTATOR_AUTHOR", None)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    from tests.long_first import longest_first

    longest_first(items)


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test gets its own QSettings and data folder, so nothing leaks between tests
    or into the real user's configuration."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / ".config"))
    return home


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.annotator"


@pytest.fixture
def service(project_path: Path):
    from annotator.services import ProjectService

    project = ProjectService.open(project_path, "Tester")
    yield project
    project.close()
