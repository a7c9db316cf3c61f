"""The search index of article passages: each article's current text cut into small blocks.

`article_versions_fts` finds the articles a query matches and ranks them; finding *where* in a
5 MB article the words are, and showing them, from that index means FTS5 `snippet()` reading
the whole row. So the current text of each article is also cut into blocks (at the first line
end after `CHUNK` code points; a longer line at a space), each a row of `article_blocks_fts`
with its article and offset in `article_blocks`; a search reads one block of each article it
lists.

The blocks follow the current text by SQLite triggers and one step before each commit: the
triggers delete the blocks of a version that is deleted or changed (and of a deleted article)
and mark the article stale on any change of its versions or of its current version;
`refresh(conn)`, run by `ProjectDatabase` just before every commit (and by migration 0015 for
the whole file), cuts the current text of each stale article anew. A stale article (e.g. one
another tool wrote) is searched the old way, from its whole row, until the next commit.

Since migration 0016 the index holds no copy of the text: `article_blocks` keeps each block's
place in its version's text in bytes as well (`byte_start`, `byte_size`), the view
`article_blocks_text` cuts the blocks out of `article_versions.text`, and `article_blocks_fts`
is an external-content FTS5 index over that view (`EXTERNAL_DDL`). Its entries are removed
with FTS5's `'delete'` command and the text that was indexed, while that text is still known.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

CHUNK = 1000
"""Code points: a block ends at the first line end after this many."""
LONGEST = 4000
"""Code points: a line longer than this is cut (at a space or other non-word character)."""
EXPANSIONS = 50
"""At most this many indexed words are tried for a prefix (more: FTS5's own prefix query)."""
CANDIDATES = 4
"""Blocks read per article to find a query's first term (if none of them has it where FTS5
found it, the whole text is searched)."""

_NON_WORD = re.compile(r"\W")

DDL = [
    """CREATE TABLE article_blocks (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        start INTEGER NOT NULL
    )""",
    "CREATE INDEX article_blocks_article ON article_blocks(article_id, id)",
    "CREATE VIRTUAL TABLE article_blocks_fts USING fts5("
    "text, tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE article_blocks_terms USING fts5vocab(article_blocks_fts, 'row')",
    "CREATE TABLE article_blocks_stale (article_id TEXT PRIMARY KEY) WITHOUT ROWID",
    """CREATE TRIGGER article_blocks_article_added AFTER INSERT ON articles BEGIN
        INSERT OR IGNORE INTO article_blocks_stale VALUES (NEW.id);
    END""",
    """CREATE TRIGGER article_blocks_current_changed AFTER UPDATE OF current_version ON articles
    BEGIN
        INSERT OR IGNORE INTO article_blocks_stale VALUES (NEW.id);
    END""",
    """CREATE TRIGGER article_blocks_article_deleted AFTER DELETE ON articles BEGIN
        DELETE FROM article_blocks_fts WHERE rowid IN
            (SELECT id FROM article_blocks WHERE article_id = OLD.id);
        DELETE FROM article_blocks WHERE article_id = OLD.id;
        DELETE FROM article_blocks_stale WHERE article_id = OLD.id;
    END""",
    """CREATE TRIGGER article_blocks_version_added AFTER INSERT ON article_versions BEGIN
        INSERT OR IGNORE INTO article_blocks_stale VALUES (NEW.article_id);
    END""",
    """CREATE TRIGGER article_blocks_version_changed AFTER UPDATE ON article_versions BEGIN
        DELETE FROM article_blocks_fts WHERE rowid IN (SELECT id FROM article_blocks
            WHERE article_id = OLD.article_id AND version = OLD.version);
        DELETE FROM article_blocks WHERE article_id = OLD.article_id AND version = OLD.version;
        INSERT OR IGNORE INTO article_blocks_stale VALUES (NEW.article_id);
    END""",
    """CREATE TRIGGER article_blocks_version_deleted AFTER DELETE ON article_versions BEGIN
        DELETE FROM article_blocks_fts WHERE rowid IN (SELECT id FROM article_blocks
            WHERE article_id = OLD.article_id AND version = OLD.version);
        DELETE FROM article_blocks WHERE article_id = OLD.article_id AND version = OLD.version;
        INSERT OR IGNORE INTO article_blocks_stale
            SELECT id FROM articles WHERE id = OLD.article_id;
    END""",
]


_DELETE_BLOCKS = """INSERT INTO article_blocks_fts (article_blocks_fts, rowid, text)
            SELECT 'delete', b.id, CAST(substr(CAST({text} AS BLOB), b.byte_start + 1, b.byte_size)
                                        AS TEXT)
            FROM article_blocks b {join} WHERE {where};"""

def _version_trigger(name: str, event: str, mark_stale: str) -> str:
    """A trigger on an article version's change or deletion: its blocks leave the index (with
    the text they were indexed from) and the table, and the article is marked for cutting."""
    return f"""CREATE TRIGGER {name} AFTER {event} ON article_versions BEGIN
        {_DELETE_BLOCKS.format(
            text="OLD.text", join="",
            where="b.article_id = OLD.article_id AND b.version = OLD.version")}
        DELETE FROM article_blocks WHERE article_id = OLD.article_id AND version = OLD.version;
        {mark_stale}
    END"""


EXTERNAL_DDL = [
    "ALTER TABLE article_blocks ADD COLUMN byte_start INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE article_blocks ADD COLUMN byte_size INTEGER NOT NULL DEFAULT 0",
    """CREATE VIEW article_blocks_text (id, text) AS
        SELECT b.id, CAST(substr(CAST(v.text AS BLOB), b.byte_start + 1, b.byte_size) AS TEXT)
        FROM article_blocks b JOIN article_versions v
            ON v.article_id = b.article_id AND v.version = b.version""",
    "CREATE VIRTUAL TABLE article_blocks_fts USING fts5(text, content='article_blocks_text', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE article_blocks_terms USING fts5vocab(article_blocks_fts, 'row')",
    f"""CREATE TRIGGER article_blocks_article_deleted AFTER DELETE ON articles BEGIN
        {_DELETE_BLOCKS.format(
            text="v.text",
            join="JOIN article_versions v ON v.article_id = b.article_id AND v.version = b.version",
            where="b.article_id = OLD.id")}
        DELETE FROM article_blocks WHERE article_id = OLD.id;
        DELETE FROM article_blocks_stale WHERE article_id = OLD.id;
    END""",
    _version_trigger(
        "article_blocks_version_changed", "UPDATE",
        "INSERT OR IGNORE INTO article_blocks_stale VALUES (NEW.article_id);",
    ),
    _version_trigger(
        "article_blocks_version_deleted", "DELETE",
        "INSERT OR IGNORE INTO article_blocks_stale\n"
        "            SELECT id FROM articles WHERE id = OLD.article_id;",
    ),
]
"""Migration 0016: the index without its own copy of the text (after dropping 0015's index,
its vocabulary table and the three triggers that wrote to it)."""


@dataclass(frozen=True)
class Block:
    """One block of an article's current text: its row id, offset (code points), text and
    the snippet of a search."""

    id: int
    start: int
    text: str
    snippet: str = ""


def pieces(text: str) -> Iterator[tuple[int, str]]:
    """`text` cut into blocks: (offset, text), in order, together the whole text."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start + CHUNK)
        end = size if end == -1 else end + 1
        if end - start > LONGEST:
            end = _cut(text, start)
        yield start, text[start:end]
        start = end


def _cut(text: str, start: int) -> int:
    """Where to end a block of `text` from `start` within a line longer than LONGEST."""
    window = text[start + CHUNK : start + LONGEST]
    space = window.rfind(" ")
    if space == -1:
        other = [m.start() for m in _NON_WORD.finditer(window)]
        space = other[-1] if other else len(window) - 1
    return start + CHUNK + space + 1


def refresh(conn: sqlite3.Connection) -> None:
    """Cut anew the blocks of every stale article (inside the caller's transaction)."""
    stale = [row[0] for row in conn.execute("SELECT article_id FROM article_blocks_stale")]
    for article_id in stale:
        _rebuild(conn, article_id)
    if stale:
        conn.execute("DELETE FROM article_blocks_stale")


def mark_all_stale(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT OR IGNORE INTO article_blocks_stale SELECT id FROM articles")


def _rebuild(conn: sqlite3.Connection, article_id: str) -> None:
    current = conn.execute(
        """SELECT v.version, v.text FROM articles a JOIN article_versions v
           ON v.article_id = a.id AND v.version = a.current_version WHERE a.id = ?""",
        [article_id],
    ).fetchone()
    built = [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT version FROM article_blocks WHERE article_id = ?", [article_id]
        )
    ]
    if current is not None and built == [current[0]]:
        return
    conn.execute(
        "INSERT INTO article_blocks_fts (article_blocks_fts, rowid, text) "
        "SELECT 'delete', id, text FROM article_blocks_text WHERE id IN "
        "(SELECT id FROM article_blocks WHERE article_id = ?)",
        [article_id],
    )
    conn.execute("DELETE FROM article_blocks WHERE article_id = ?", [article_id])
    if current is None:
        return
    version, text = current
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM article_blocks").fetchone()[0]
    rows = []
    at_byte = 0
    for n, (start, part) in enumerate(pieces(text)):
        size = len(part.encode())
        rows.append((first + n, article_id, version, start, at_byte, size, part))
        at_byte += size
    conn.executemany(
        "INSERT INTO article_blocks (id, article_id, version, start, byte_start, byte_size) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [row[:6] for row in rows],
    )
    conn.executemany(
        "INSERT INTO article_blocks_fts (rowid, text) VALUES (?, ?)",
        [(row[0], row[6]) for row in rows],
    )


def indexed(conn: sqlite3.Connection) -> bool:
    """True if the file has the block index (schema 15 and later)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0]) >= 15


def candidates(
    conn: sqlite3.Connection, article_id: str, term: str, marks: str, snippet: str
) -> Iterator[Block] | None:
    """The first blocks of the article's current text that FTS5 expression `term` matches, in
    text order, each with its FTS5 `snippet()` (arguments after the column: `snippet`) marking
    the words of expression `marks`; None if the article's blocks are stale (search its whole
    row instead).

    Blocks are read one query at a time, the first alone: reading a block's text reads its
    whole article version (schema 16), and the first block usually has the term where FTS5
    found it, so a search reads one block of each article it lists."""
    low, high, stale = conn.execute(
        """SELECT (SELECT min(id) FROM article_blocks WHERE article_id = ?1),
                  (SELECT max(id) FROM article_blocks WHERE article_id = ?1),
                  EXISTS (SELECT 1 FROM article_blocks_stale WHERE article_id = ?1)""",
        [article_id],
    ).fetchone()
    if stale:
        return None
    if low is None:
        return iter(())
    return _read_blocks(conn, (low, high, article_id), f"({term}) AND ({marks})", snippet)


def _read_blocks(
    conn: sqlite3.Connection, within: tuple[int, int, str], match: str, snippet: str
) -> Iterator[Block]:
    """The blocks `match` matches among ids low..high of the article, in order: the first,
    then (if the caller asks for more) up to CANDIDATES in all."""
    low, high, article_id = within
    wanted = 1
    left = CANDIDATES
    while left > 0:
        rows = conn.execute(
            f"""SELECT f.rowid, b.start, f.text, snippet(article_blocks_fts, 0, {snippet})
                FROM article_blocks_fts f JOIN article_blocks b ON b.id = f.rowid
                WHERE article_blocks_fts MATCH ? AND f.rowid BETWEEN ? AND ?
                      AND b.article_id = ?
                ORDER BY f.rowid LIMIT ?""",
            [match, low, high, article_id, wanted],
        ).fetchall()
        for row in rows:
            yield Block(*row)
        if len(rows) < wanted:
            return
        low, left = rows[-1][0] + 1, left - len(rows)
        wanted = left


def without_prefix(conn: sqlite3.Connection, term: str) -> str:
    """FTS5 expression `term` (`"words"` or `"words"*`) with a prefix spelt out as the words of
    the index it stands for (`"the" OR "they" OR ...`): FTS5 merges a prefix's whole doclists
    on every query, which over a 5 MB article costs milliseconds each time; the words it
    stands for are found once per search. Left as it is if it stands for none or too many."""
    if not term.endswith('"*'):
        return term
    words = term[1:-2].split(" ")
    key = "".join(
        c for c in unicodedata.normalize("NFKD", words[-1].lower()) if not unicodedata.combining(c)
    )
    if not key:
        return term
    found = conn.execute(
        "SELECT term FROM article_blocks_terms WHERE term >= ? AND term < ? LIMIT ?",
        [key, key[:-1] + chr(ord(key[-1]) + 1), EXPANSIONS + 1],
    ).fetchall()
    if not found or len(found) > EXPANSIONS:
        return term
    return " OR ".join('"' + " ".join([*words[:-1], row[0]]) + '"' for row in found)
