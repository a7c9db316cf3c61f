"""Test set-up shared by every test: offscreen Qt, private settings and data folders."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlite_utils import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may depend on the machine's speed: Hypothesis's 200 ms per-example deadline would fail
# property tests on a loaded two-core machine. Timing targets live in benchmarks/.
settings.register_profile("annotator", deadline=None)
settings.load_profile("annotator")
os.environ.pop("ANNOTATOR_AUTHOR", None)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def pytest_configure(config: pytest.Config) -> None:
    from tests.memory_tmp import use_memory_tmpdir

    use_memory_tmpdir(config)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    from tests.long_first import longest_first

    longest_first(items)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Delete the windows a test left (pytest-qt closes them and calls deleteLater, which takes
    effect only when an event loop starts): otherwise they pile up, hundreds of widgets per
    window, and every later theme, palette or font change repolishes all of them."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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


@pytest.fixture(scope="session")
def project_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project file made by the migrations, once per test process (tests copy it)."""
    from annotator.storage.store import ProjectStore

    path = tmp_path_factory.mktemp("template") / "template.annotator"
    ProjectStore.open(path).close()
    return path


@pytest.fixture(autouse=True)
def new_projects_from_template(
    request: pytest.FixtureRequest, project_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A project file a test creates in this process is a copy of `project_template` with new
    identities (annotator/storage/template.py) instead of the result of running every migration
    again (about 50 ms of CPU each). Files created by child processes, and in tests marked
    `real_migrations`, are made by the migrations themselves."""
    if request.node.get_closest_marker("real_migrations"):
        return
    from annotator.storage import database, template

    migrations = database.migrations
    run_migrations = migrations.apply

    def apply(db: Database, *, stop_before: str | None = None) -> None:
        if stop_before is None and _blank(db.conn):
            template.fill_from_template(db.conn, project_template)
        else:
            run_migrations(db, stop_before=stop_before)

    monkeypatch.setattr(migrations, "apply", apply)


def _blank(conn: sqlite3.Connection) -> bool:
    """True for a database with no schema at all (a file being created)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.annotator"


@pytest.fixture
def service(project_path: Path):
    from annotator.services import ProjectService

    project = ProjectService.open(project_path, "Tester")
    yield project
    project.close()
