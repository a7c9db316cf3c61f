"""A full disk: a plain message, the change not saved, everything saved before intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain import ArticleDraft
from annotator.errors import ProjectError
from annotator.services import ProjectService
from annotator.storage import ProjectStore
from tests.safety.conftest import file_state, fill_disk, populate, run_cli

BIG_TEXT = "A paragraph that takes room on the disk. " * 30_000  # about 1.2 MB


def assert_intact(path: Path, explanations: dict[str, str]) -> None:
    store = ProjectStore.open(path, create=False)
    try:
        assert store.integrity_check() == "ok"
        assert {c.id: c.explanation for c in store.all_claims()} == explanations
    finally:
        store.close()


def test_a_write_that_fills_the_page_limit_fails_plainly(populated: Path) -> None:
    """Portable simulation: SQLite's max_page_count makes writes fail with SQLITE_FULL."""
    service = ProjectService.open(populated, "Tester")
    try:
        claims = {c.id: c.explanation for c in service.store.all_claims()}
        pages = service.store.db.execute("PRAGMA page_count").fetchone()[0]
        service.store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(ProjectError) as raised:
            service.add_article(ArticleDraft(title="Too big", text=BIG_TEXT))
        message = str(raised.value)
        assert "disk is full" in message and "not saved" in message and populated.name in message
        assert "\n" not in message
        assert len(service.article_ids()) == 1
        claim_id = next(iter(claims))
        service.update_claim(claim_id, explanation="small edits still fit")
        claims[claim_id] = "small edits still fit"
    finally:
        service.close()
    assert_intact(populated, claims)


def test_disk_filling_up_while_open_loses_nothing(small_disk: Path) -> None:
    path = small_disk / "p.annotator"
    claims = populate(path)
    service = ProjectService.open(path, "Tester")
    filler = fill_disk(small_disk)
    try:
        with pytest.raises(ProjectError, match="disk is full"):
            service.add_article(ArticleDraft(title="Too big", text=BIG_TEXT))
        assert len(service.article_ids()) == 1
        filler.unlink()
        claim_id = next(iter(claims))
        service.update_claim(claim_id, explanation="after freeing space")
        claims[claim_id] = "after freeing space"
    finally:
        service.close()
    assert_intact(path, claims)


def test_cli_on_a_full_disk_fails_in_one_line_and_keeps_the_file(
    small_disk: Path, tmp_path: Path
) -> None:
    path = small_disk / "p.annotator"
    claims = populate(path)
    article = tmp_path / "big.txt"
    article.write_text(BIG_TEXT, encoding="utf-8")
    filler = fill_disk(small_disk)
    before = file_state(path)
    result = run_cli("import", path, article)
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0], result.stderr
    assert lines[0].startswith("annotator import: ") and path.name in lines[0]
    assert file_state(path) == before  # bytes, mtime and companion files
    # Reading needs no space: `list` opens read-only, works, and writes nothing.
    result = run_cli("list", path)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert file_state(path) == before
    filler.unlink()
    assert_intact(path, claims)


@pytest.mark.real_migrations  # about creating a file: the application's own way
def test_creating_a_project_on_a_full_disk_leaves_no_half_made_file(small_disk: Path) -> None:
    fill_disk(small_disk)
    path = small_disk / "new.annotator"
    with pytest.raises(ProjectError, match="disk is full"):
        ProjectStore.open(path)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]
