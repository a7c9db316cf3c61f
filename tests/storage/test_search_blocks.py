"""Search reads article passages from the block index (storage/article_blocks.py): the hits,
their places and their snippets are those of the whole-text search, the index follows every
change of an article's current text, and migration 0015 builds it for an older project."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from annotator.services.merge import merge_projects
from annotator.services.search import (
    SearchResult,
    first_match,
    match_expression,
    query_terms,
    search,
)
from annotator.services.versions import update_article_text
from annotator.storage.article_blocks import CHUNK, LONGEST, pieces
from tests.older_schema import older_file

EVERY_LINE = "\n".join(f"Line {n}: the target word is here, and so is Zürich." for n in range(3000))
LAST_WORD = "\n\n".join(["Nothing to see in this paragraph at all."] * 2000 + ["A lone omega."])
ARABIC = "\n".join(["هذا نص عربي طويل عن الاقتصاد والتضخم في المنطقة."] * 400 + ["كلمة نادرة جدا"])
CJK = "。".join(["東京は日本の首都です"] * 900) + "。京都の寺"  # one 10,000-character line
FRENCH = "\n".join(["Le président a bu un café à Kyiv."] * 500 + ["Un naïf à São Paulo."])


def _old(service: ProjectService, query: str) -> list[tuple[str, str, str | None, int, int]]:
    """What search gave before the block index: hits from the whole rows, the passage found by
    `first_match` over the whole current text."""
    expression = match_expression(query)
    assert expression is not None
    found = []
    for hit in service.store.search(expression, 50):
        if hit.claim_start is not None and hit.claim_end is not None:
            start, end = hit.claim_start, hit.claim_end
        else:
            start, end = first_match(service.article(hit.article_id).text, query_terms(query))
        found.append((hit.kind, hit.article_id, hit.claim_id, start, end))
    return found


def _new(results: list[SearchResult]) -> list[tuple[str, str, str | None, int, int]]:
    return [(r.hit.kind, r.article_id, r.claim_id, r.start, r.end) for r in results]


def _blocks(path: Path) -> dict[str, list[tuple[int, str]]]:
    """The block index as stored: article id -> (offset, text) of each block, in order."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            """SELECT b.article_id, b.start, f.text FROM article_blocks b
               JOIN article_blocks_fts f ON f.rowid = b.id ORDER BY b.article_id, b.id"""
        ).fetchall()
        assert conn.execute("SELECT count(*) FROM article_blocks_stale").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM article_blocks_fts").fetchone()[0] == len(rows)
    finally:
        conn.close()
    blocks: dict[str, list[tuple[int, str]]] = {}
    for article_id, start, text in rows:
        blocks.setdefault(article_id, []).append((start, text))
    return blocks


def _in_step(service: ProjectService) -> None:
    """Every article's blocks are its current text cut by `pieces`, and nothing else."""
    expected = {
        article_id: list(pieces(service.article(article_id).text))
        for article_id in service.article_ids()
    }
    assert _blocks(service.store.path) == {k: v for k, v in expected.items() if v}


@pytest.fixture
def texts(service: ProjectService) -> dict[str, str]:
    ids = {}
    for title, text in (
        ("Every line", EVERY_LINE),
        ("Last word", LAST_WORD),
        ("Arabic", ARABIC),
        ("CJK", CJK),
        ("French", FRENCH),
    ):
        ids[title] = service.add_article(ArticleDraft(title=title, text=text)).id
    service.create_claim(ids["French"], 0, 33, explanation="The target of a claim.")
    return ids


QUERIES = [
    "target",  # on every line of a 100 KB article
    "targ",  # a prefix
    "the",  # a prefix of "the", "there"...
    "the ",  # a finished word
    "omega",  # the last word of a long article
    "line 2999",  # two words in one line, near the end
    "target claim",  # in one article each: only the claim has both
    '"so is zurich"',  # a phrase, without its diacritics
    "zurich line",  # the first term decides the place
    "cafe",
    "PRÉSIDENT",
    "sao paulo",
    "نادرة",  # RTL, at the end
    "الاقتصاد",
    "京都",  # CJK, in a 10,000-character line
    "東京は",
]


@pytest.mark.parametrize("query", QUERIES)
def test_results_are_those_of_the_whole_text_search(service, texts, query):
    found = search(service, query)
    assert _new(found) == _old(service, query)
    assert found, query


@pytest.mark.parametrize(
    ("query", "title", "words"),
    [
        ("target", "Every line", "target"),
        ("targ", "Every line", "target"),
        ("omega", "Last word", "omega"),
        ("line 2999", "Every line", "Line"),
        ('"so is zurich"', "Every line", "so is Zürich"),
        ("cafe", "French", "café"),
        ("naif", "French", "naïf"),
        ("نادرة", "Arabic", "نادرة"),
        ("京都", "CJK", "京都の寺"),
    ],
)
def test_offsets_point_at_the_matched_words(service, texts, query, title, words):
    [result] = [r for r in search(service, query) if r.hit.kind == "article"]
    assert result.article_id == texts[title]
    text = service.article(result.article_id).text
    assert text[result.start : result.end] == words
    assert result.hit.passage == (result.start, result.end)  # from the block index
    assert "«" in result.snippet_text() and "»" in result.snippet_text()
    assert len(result.snippet_text()) < 300  # one passage, not the article


def test_the_snippet_of_a_one_block_article_is_the_whole_row_snippet(service):
    article = service.add_article(ArticleDraft(title="T", text=FRENCH[:200]))
    [new] = [r for r in search(service, "cafe") if r.hit.kind == "article"]
    [old] = [h for h in service.store.search('"cafe"*') if h.kind == "article"]
    assert (new.article_id, new.hit.snippet) == (article.id, old.snippet)


def test_blocks_cut_the_text_whole_at_line_ends(texts, service):
    for article_id in texts.values():
        text = service.article(article_id).text
        parts = list(pieces(text))
        assert "".join(p for _s, p in parts) == text
        assert all(text[s : s + len(p)] == p for s, p in parts)
        assert all(len(p) <= LONGEST for _s, p in parts)
        assert all(p.endswith("\n") or len(p) > CHUNK for _s, p in parts[:-1]) or "CJK" in text
    _in_step(service)


def test_the_index_follows_updates_deletes_undo_and_merge(service, texts, tmp_path):
    update_article_text(
        service, texts["Last word"], ArticleDraft(title="Last word", text="Now alpha, then beta.")
    )
    _in_step(service)
    assert [r.start for r in search(service, "beta") if r.hit.kind == "article"] == [16]
    assert search(service, "omega") == []
    snapshot = service.remove_article(texts["Every line"])
    _in_step(service)
    assert search(service, "target") == [r for r in search(service, "target") if r.claim_id]
    service.restore_article(snapshot)
    _in_step(service)
    assert [r.article_id for r in search(service, "target") if r.hit.kind == "article"] == [
        texts["Every line"]
    ]
    other = ProjectService.open(tmp_path / "other.annotator", "Colleague")
    try:
        other.add_article(ArticleDraft(title="Theirs", text="A colleague's zeppelin.\n" * 900))
    finally:
        other.close()
    merge_projects(service, tmp_path / "other.annotator")
    _in_step(service)
    [hit] = [r for r in search(service, "zeppelin") if r.hit.kind == "article"]
    text = service.article(hit.article_id).text
    assert (text[hit.start : hit.end], hit.start) == ("zeppelin", text.index("zeppelin"))


@pytest.mark.real_migrations
def test_the_upgrade_builds_the_index_of_an_older_project(tmp_path):
    path = tmp_path / "old.annotator"
    db = older_file(path, "0015_search_blocks")
    db["articles"].insert(
        {"id": "a2", "title": "Long", "created": "2025-01-01", "modified": "2025-01-01"}
    )
    db["article_versions"].insert(
        {"article_id": "a2", "version": 1, "text": EVERY_LINE + "\nA lone omega.",
         "text_hash": "h2", "created": "2025-01-01"}
    )  # fmt: skip
    db.conn.commit()
    db.conn.close()
    service = ProjectService.open(path, "Reviewer")
    try:
        _in_step(service)
        assert len(_blocks(path)["a2"]) > 1
        [result] = [r for r in search(service, "omega") if r.hit.kind == "article"]
        start = len(EVERY_LINE) + len("\nA lone ")
        assert (result.article_id, result.hit.passage) == ("a2", (start, start + 5))
    finally:
        service.close()
