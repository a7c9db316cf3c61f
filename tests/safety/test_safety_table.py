"""docs/SAFETY.md's table "What each kind of file produces", row by row: each input, its message.

The rows are read from the document, so a row without a producer here, or a message the
code does not give, fails this test.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.errors import AnnotatorError
from annotator.services import ProjectService
from annotator.storage import LATEST_VERSION
from annotator.storage.database import read_only_notice, write_error_message
from tests.safety.conftest import populate, run_cli
from tests.safety.real_condition_rows import (
    EveryChannel,
    full_disk_create,
    full_disk_edit,
    full_disk_open,
    read_only_older,
)

SAFETY = Path(__file__).resolve().parents[2] / "docs" / "SAFETY.md"


def table_rows() -> dict[str, list[str]]:
    """{first column: the messages (backticked) of the row} of the table; a row whose message is
    `as "OTHER ROW"` promises that row's messages."""
    text = SAFETY.read_text(encoding="utf-8").split("## What each kind of file produces", 1)[1]
    rows, references = {}, {}
    for line in text.split("\n## ", 1)[0].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in ("File", "---"):
            promised = re.sub(r"\(or [^)]*\)", "", cells[2])  # alternative wordings: one is checked
            rows[cells[0]] = re.findall(r"`([^`]+)`", promised)
            if reference := re.match(r'as "([^"]+)"', promised):
                references[cells[0]] = reference.group(1)
    for row, other in references.items():
        rows[row] = rows[row] or rows[other]
    return rows


def pattern(message: str) -> re.Pattern[str]:
    """The promised message as a regex: NAME a file name, N and M numbers, … anything."""
    escaped = re.escape(message)
    for word, regex in (
        ("NAME", r"[^\s:]+"),
        ("N", r"\d+"),
        ("M", r"\d+"),
        ("DATE", r"[\d-]+"),
        ("…", r".*"),
    ):
        escaped = re.sub(
            rf"(?<![A-Za-z]){re.escape(re.escape(word))}(?![A-Za-z])",
            lambda _m, r=regex: r,
            escaped,
        )
    escaped = escaped.replace(r"\\ud800", r"\\ud800")
    return re.compile(escaped)


def refusal(path: Path) -> str:
    with pytest.raises(AnnotatorError) as caught:
        ProjectService.open(path, "Tester", create=False).close()
    return str(caught.value)


def _copy_with(good: Path, tmp: Path, change: Callable[[bytes], bytes]) -> Path:
    bad = tmp / "bad.annotator"
    bad.write_bytes(change(good.read_bytes()))
    return bad


def not_sqlite(good: Path, tmp: Path) -> list[str]:
    bad = tmp / "notes.annotator"
    bad.write_text("Notes about the budget.\n", encoding="utf-8")
    return [refusal(bad)]


def short(good: Path, tmp: Path) -> list[str]:
    return [refusal(_copy_with(good, tmp, lambda data: data[:10]))]


def truncated(good: Path, tmp: Path) -> list[str]:
    return [refusal(_copy_with(good, tmp, lambda data: data[: len(data) // 2]))]


def corrupted(good: Path, tmp: Path) -> list[str]:
    def break_index(data: bytes) -> bytes:  # a sound file whose index pages disagree with the table
        copy = tmp / "index.annotator"
        copy.write_bytes(data)
        conn = sqlite3.connect(copy)
        conn.execute("PRAGMA writable_schema = ON")
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sources_claim'"
        ).fetchone()[0]
        conn.close()
        broken = bytearray(copy.read_bytes())
        page = (root - 1) * 4096
        broken[page + 8 : page + 4096] = bytes(4088)
        return bytes(broken)

    return [refusal(_copy_with(good, tmp, break_index))]


def foreign(good: Path, tmp: Path) -> list[str]:
    bad = tmp / "places.annotator"
    conn = sqlite3.connect(bad)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    return [refusal(bad)]


def newer(good: Path, tmp: Path) -> list[str]:
    bad = tmp / "newer.annotator"
    shutil.copyfile(good, bad)
    conn = sqlite3.connect(bad)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    return [refusal(bad)]


def read_only(good: Path, tmp: Path) -> list[str]:
    good.chmod(0o444)
    service = ProjectService.open(good, "Tester", create=False)
    try:
        claim = service.store.all_claims()[0]
        with pytest.raises(AnnotatorError) as caught:
            service.update_claim(claim.id, explanation="x")
        edit_refused = str(caught.value)
    finally:
        service.close()
    article = tmp / "article.txt"
    article.write_text("The sky is green.\n", encoding="utf-8")
    cli = run_cli("import", good, article)
    assert cli.returncode == 1
    listing = run_cli("list", good)
    works = ["annotator list"] if listing.returncode == 0 else []  # the row promises it works
    return [read_only_notice(good), edit_refused, cli.stderr.strip(), *works]


def surrogate(good: Path, tmp: Path) -> list[str]:
    service = ProjectService.open(good, "Tester")
    try:
        with pytest.raises(AnnotatorError) as caught:
            service.update_claim(service.store.all_claims()[0].id, explanation="bad \ud800 text")
        return [str(caught.value)]
    finally:
        service.close()


def parent_removed(good: Path, tmp: Path) -> list[str]:
    mine, theirs = ProjectService.open(good, "Me"), ProjectService.open(good, "Them")
    try:
        claim = mine.store.all_claims()[0]
        theirs.delete_claim(claim.id)
        with pytest.raises(AnnotatorError) as caught:
            mine.store.insert_source(dataclass_source(mine, claim.id))
        return [str(caught.value)]
    finally:
        theirs.close()
        mine.close()


def dataclass_source(service: ProjectService, claim_id: str):
    from annotator.domain import Source
    from annotator.domain.dates import utc_now

    now = utc_now()
    return Source(
        id="s-new", claim_id=claim_id, url="https://example.org/x", created=now, modified=now
    )


def busy(good: Path, tmp: Path) -> list[str]:
    error = sqlite3.OperationalError("database is locked")
    error.sqlite_errorname = "SQLITE_BUSY"  # what SQLite raises once the busy timeout has passed
    return [write_error_message(good, error)]


def io_error(good: Path, tmp: Path) -> list[str]:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorname = "SQLITE_IOERR_WRITE"
    return [write_error_message(good, error)]


def symlink_loop(good: Path, tmp: Path) -> list[str]:
    (tmp / "a.annotator").symlink_to(tmp / "b.annotator")
    (tmp / "b.annotator").symlink_to(tmp / "a.annotator")
    return [refusal(tmp / "a.annotator")]


def foreign_wal(good: Path, tmp: Path) -> list[str]:
    Path(str(good) + "-wal").write_bytes(b"not a wal" * 1000)  # no project is open: it is stale
    listing = run_cli("list", good)
    assert listing.returncode == 0, listing.stderr
    return [listing.stderr.strip()]


def merge_unreadable_other(good: Path, tmp: Path) -> list[str]:
    """A copy that passes the opening checks but lacks a table a merge reads (the checks'
    own messages for a truncated or foreign OTHER are the rows above)."""
    other = tmp / "OTHER"  # the row's placeholder, as a real file name
    shutil.copyfile(good, other)
    conn = sqlite3.connect(other)
    conn.execute("DROP TABLE claim_history")
    conn.commit()
    conn.close()
    before = good.read_bytes()
    result = run_cli("merge", good, other)
    assert result.returncode != 0 and good.read_bytes() == before
    return [result.stderr.strip()]


def merge_diverged_text(good: Path, tmp: Path) -> list[str]:
    from annotator.domain import ArticleDraft
    from annotator.services.versions import update_article_text

    mine, other = tmp / "MINE", tmp / "OTHER"
    service = ProjectService.open(mine, "Ana")
    article_id = service.add_article(ArticleDraft(title="TITLE", text="Exports doubled.")).id
    service.close()
    shutil.copyfile(mine, other)
    for path, who, text in ((mine, "Ana", "Exports tripled."), (other, "Ben", "Exports halved.")):
        service = ProjectService.open(path, who)
        update_article_text(service, article_id, ArticleDraft(title="TITLE", text=text))
        service.close()
    result = run_cli("merge", mine, other)
    assert result.returncode != 0
    return [result.stderr.strip()]


def redo_after_removal(good: Path, tmp: Path) -> list[str]:
    from annotator.domain import ArticleDraft
    from annotator.services.versions import redo_update, undo_update, update_article_text

    mine, theirs = ProjectService.open(good, "Me"), ProjectService.open(good, "Them")
    try:
        [article_id] = mine.article_ids()
        text = mine.article(article_id).text
        update = update_article_text(
            mine, article_id, ArticleDraft(title="Sample", text="Now: " + text)
        )
        undo_update(mine, update)
        theirs.delete_claim(update.claims_after[0].id)  # removed meanwhile, in another window
        with pytest.raises(AnnotatorError) as caught:
            redo_update(mine, update)
        return [str(caught.value)]
    finally:
        theirs.close()
        mine.close()


PRODUCERS: dict[str, Callable[[Path, Path], list[str] | EveryChannel]] = {
    "Not SQLite (text, image, …)": not_sqlite,
    "Shorter than a SQLite header": short,
    "Truncated, or pages unreadable": truncated,
    "Corrupted (fails `quick_check`)": corrupted,
    "SQLite from another application (has tables, or another `application_id`)": foreign,
    "From a newer Annotator (`user_version` too high)": newer,
    "Read-only file, folder or disk": read_only,
    "Full disk when opening": full_disk_open,
    "Full disk during an edit": full_disk_edit,
    "Creating a project on a full disk": full_disk_create,
    "Busy beyond the 10 s timeout": busy,
    "Disk I/O error": io_error,
    "Text with an unpaired UTF-16 surrogate": surrogate,
    "Claim or source whose parent was removed in another window": parent_removed,
    "A symbolic link that loops": symlink_loop,
    "A `-wal` beside the project that does not belong to it": foreign_wal,
    "`annotator merge MINE OTHER` with a damaged, foreign, empty or missing OTHER, "
    "or OTHER = MINE": merge_unreadable_other,
    "Both sides of a merge changed an article's text differently": merge_diverged_text,
    "Undo/redo writing back an item removed meanwhile (another window, a merge)": (
        redo_after_removal
    ),
    "Read-only *and* from an older Annotator": read_only_older,
}


def test_every_row_has_a_producer():
    assert set(table_rows()) == set(PRODUCERS)


@pytest.mark.parametrize("row", sorted(PRODUCERS))
def test_each_row_gives_its_promised_message(row, tmp_path, qapp):
    good = tmp_path / "good.annotator"
    populate(good)
    produced = PRODUCERS[row](good, tmp_path)
    promised = table_rows()[row]
    assert promised, f"the row {row!r} promises no message"
    if isinstance(produced, EveryChannel):  # the row's exact words wherever the user meets them
        assert {"service", "window"} < set(produced)
        assert any(channel.startswith("annotator ") for channel in produced)
        for channel, message in produced.items():
            matches = any(pattern(p).fullmatch(message) for p in promised)
            assert matches, (channel, message, promised)
        return
    for message in promised:
        if message.startswith("…"):  # an alternative wording
            continue
        assert any(pattern(message).search(text) for text in produced), (message, produced)


def test_a_file_name_that_is_not_utf8_is_imported_and_shown_with_a_replacement_character(tmp_path):
    name = os.fsdecode(b"caf\xe9 notes.txt")
    (tmp_path / name).write_text("The sky is green. It really is.\n", encoding="utf-8")
    project = tmp_path / "p.annotator"
    result = run_cli("import", project, tmp_path / name)
    assert result.returncode == 0, result.stderr
    service = ProjectService.open(project, "Tester")
    try:
        [article_id] = service.article_ids()
        assert service.article(article_id).source_name == "caf\ufffd notes.txt"
    finally:
        service.close()
