"""Files that are not (sound, current) Annotator projects: refused plainly and never modified."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.errors import NotAProjectError, ProjectError, ProjectTooNewError
from annotator.storage import LATEST_VERSION, ProjectStore
from tests.safety.conftest import file_state, run_cli


def _text(good: Path, bad: Path) -> None:
    bad.write_text("Notes for the article about the budget.\n", encoding="utf-8")


def _png(good: Path, bad: Path) -> None:
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(3000))


def _truncated_header(good: Path, bad: Path) -> None:
    bad.write_bytes(good.read_bytes()[:50])


def _truncated_half(good: Path, bad: Path) -> None:
    data = good.read_bytes()
    bad.write_bytes(data[: len(data) // 2])


def _first_page_only(good: Path, bad: Path) -> None:
    bad.write_bytes(good.read_bytes()[:4096])


def _zeroed_page(good: Path, bad: Path) -> None:
    data = bytearray(good.read_bytes())
    data[4096 * 2 : 4096 * 3] = bytes(4096)
    bad.write_bytes(bytes(data))


def _scrambled_pages(good: Path, bad: Path) -> None:
    data = bytearray(good.read_bytes())
    rng = random.Random(7)
    for offset in range(4096, len(data), 4096):  # every b-tree page header and cell pointers
        data[offset : offset + 64] = rng.randbytes(64)
    bad.write_bytes(bytes(data))


def _foreign(good: Path, bad: Path) -> None:
    conn = sqlite3.connect(bad)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()


def _foreign_application_id(good: Path, bad: Path) -> None:
    conn = sqlite3.connect(bad)
    conn.execute("PRAGMA application_id = 1196444487")  # GeoPackage ("GPKG"), no tables yet
    conn.close()


def _newer(good: Path, bad: Path) -> None:
    shutil.copyfile(good, bad)
    conn = sqlite3.connect(bad)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()


CASES: dict[str, tuple[Callable[[Path, Path], None], type[ProjectError], str]] = {
    "text": (_text, NotAProjectError, "not a SQLite database"),
    "png": (_png, NotAProjectError, "not a SQLite database"),
    "truncated-header": (_truncated_header, ProjectError, "truncated"),
    "truncated-half": (_truncated_half, ProjectError, "damaged"),
    "first-page-only": (_first_page_only, ProjectError, "damaged"),
    "zeroed-page": (_zeroed_page, ProjectError, "damaged"),
    "scrambled-pages": (_scrambled_pages, ProjectError, "damaged"),
    "foreign": (_foreign, NotAProjectError, "another application"),
    "foreign-application-id": (_foreign_application_id, NotAProjectError, "another application"),
    "newer": (_newer, ProjectTooNewError, "newer version"),
}


@pytest.fixture(params=sorted(CASES))
def bad_file(
    request: pytest.FixtureRequest, populated: Path
) -> tuple[Path, type[ProjectError], str]:
    make, error_type, words = CASES[request.param]
    bad = populated.with_name(f"{request.param}.annotator")
    make(populated, bad)
    return bad, error_type, words


def test_store_refuses_with_a_message_and_leaves_the_file_alone(bad_file) -> None:
    path, error_type, words = bad_file
    before = file_state(path)
    with pytest.raises(error_type) as raised:
        ProjectStore.open(path, create=False)
    message = str(raised.value)
    assert path.name in message and words in message
    assert "\n" not in message
    assert file_state(path) == before


def test_cli_prints_one_line_and_fails_without_touching_the_file(bad_file) -> None:
    path, _, words = bad_file
    before = file_state(path)
    result = run_cli("list", path)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("annotator list: ") and path.name in lines[0] and words in lines[0]
    assert "Traceback" not in result.stderr
    assert file_state(path) == before


def test_a_project_killed_in_wal_mode_is_not_mistaken_for_damage(populated: Path) -> None:
    """A -wal left by a crash holds committed work: opening must keep it, not refuse the file."""
    crashed = populated.with_name("crashed.annotator")
    conn = sqlite3.connect(populated)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE claims SET explanation = 'kept in the WAL'")
    conn.commit()
    shutil.copyfile(populated, crashed)  # what a SIGKILL leaves: the file plus its WAL
    shutil.copyfile(
        populated.with_name(populated.name + "-wal"), crashed.with_name(crashed.name + "-wal")
    )
    conn.close()
    main_only = sqlite3.connect(f"{crashed.resolve().as_uri()}?immutable=1", uri=True)
    assert "kept in the WAL" not in {
        r[0] for r in main_only.execute("SELECT explanation FROM claims")
    }
    main_only.close()
    store = ProjectStore.open(crashed, create=False)
    try:
        assert {c.explanation for c in store.all_claims()} == {"kept in the WAL"}
        assert store.integrity_check() == "ok"
    finally:
        store.close()
