"""Reading a pull from the hub in as few round trips as the answer allows (see docs/HUB.md).

A woken desktop sends one statement: it returns the hub's schema version (checked before
anything is used), its highest sequence number and, only if that is past the desktop's cursor,
every changed item with its revisions and article head and every changed record. One statement
sees one snapshot, so no transaction is needed. The initial pull of a whole hub comes through
a server-side cursor in pages, and each page's JSON is decoded in one call instead of one per
row. Texts of articles this file has never had come in a second statement, limited to the
sequence numbers the first one saw: pushes take their sequence number under the hub's lock,
so every push up to that number had committed, and article versions are never rewritten.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.hub.connection import check_version, require_current

PAGE = 5000
"""Rows per page of a server-side cursor."""

_TOP = """greatest((SELECT max(seq) FROM annotator_hub.items),
                   (SELECT max(seq) FROM annotator_hub.records), 0)"""

_NEWS = f"""SELECT (SELECT value FROM annotator_hub.meta WHERE key = 'schema_version'),
       (SELECT value FROM annotator_hub.meta WHERE key = 'hub_id'), {_TOP}"""

# part 0: schema version, hub id and the highest sequence number; 1: items (with their
# revisions and an article's current text hash); 2: records. Nothing else is read when the
# highest sequence number is the cursor (a one-time filter of each branch).
_CHANGES = f"""WITH head AS (SELECT {_TOP} AS top)
SELECT 0, (SELECT value FROM annotator_hub.meta WHERE key = 'schema_version'),
       (SELECT value FROM annotator_hub.meta WHERE key = 'hub_id'), NULL, NULL, NULL,
       NULL::text[], (SELECT top FROM head)::text, 0::bigint
UNION ALL
SELECT 1, i.kind, i.item_id, i.rev, i.row::text, i.tomb::text,
       ARRAY(SELECT r.rev FROM annotator_hub.revisions r
             WHERE r.kind = i.kind AND r.item_id = i.item_id),
       CASE WHEN i.kind = 'article' AND i.row IS NOT NULL THEN
            (SELECT v.row->>'text_hash' FROM annotator_hub.records v
             WHERE v.tbl = 'article_versions'
               AND v.key = i.item_id || '|' || (i.row->>'current_version')) END,
       i.seq
FROM annotator_hub.items i
WHERE (SELECT top FROM head) > %(cursor)s AND (i.seq > %(cursor)s OR i.kind = 'verdict')
UNION ALL
SELECT 2, r.tbl, NULL, NULL, r.row::text, NULL, NULL, NULL, r.seq
FROM annotator_hub.records r
WHERE (SELECT top FROM head) > %(cursor)s AND (r.seq > %(cursor)s OR r.tbl = ANY(%(whole)s))"""

_TEXTS = """SELECT row::text, seq FROM annotator_hub.records
WHERE tbl = 'article_versions' AND parent = ANY(%(articles)s)
  AND seq <= %(cursor)s AND seq <= %(top)s"""


@dataclass(frozen=True)
class News:
    """The hub's id and highest sequence number."""

    hub_id: str
    top: int


def news(conn: Any) -> News:
    """One statement: the schema version (refused if not this build's), hub id and top."""
    psycopg = _psycopg()
    try:
        version, hub_id, top = conn.execute(_NEWS).fetchone()
    except psycopg.errors.UndefinedTable:
        require_current(conn)  # says which: no hub here, or another schema
        raise
    check_version(int(version or 0))
    return News(str(hub_id), int(top))


def hub_revisions(
    conn: Any, keys: Sequence[tuple[str, str]]
) -> tuple[bool, dict[tuple[str, str], tuple[str, bool]]]:
    """(may I write, the hub's (revision, deleted) of the given items), in one statement that
    also checks the schema version."""
    psycopg = _psycopg()
    sql = """SELECT (SELECT value FROM annotator_hub.meta WHERE key = 'schema_version'),
           pg_has_role(session_user, 'annotator_checker', 'MEMBER'),
           (SELECT coalesce(json_agg(json_build_array(i.kind, i.item_id, i.rev, i.row IS NULL)),
                            '[]')
            FROM annotator_hub.items i JOIN unnest(%s::text[], %s::text[]) AS w(kind, item_id)
              ON w.kind = i.kind AND w.item_id = i.item_id)"""
    try:
        version, writer, found = conn.execute(
            sql, [[k for k, _ in keys], [i for _, i in keys]]
        ).fetchone()
    except psycopg.errors.UndefinedTable:
        require_current(conn)
        raise
    check_version(int(version or 0))
    return bool(writer), {(k, i): (r, bool(gone)) for k, i, r, gone in found}


def changes(
    conn: Any,
    cursor: int,
    whole_tables: Sequence[str],
    lacking: Callable[[list[str]], list[str]],
    *,
    paged: bool,
) -> tuple[News, dict[str, Any]]:
    """(what the hub has, the pull of everything after `cursor`) in one statement (plus one
    for texts, see the module's docstring); `lacking(article ids)` names the articles whose
    every text version must come too (this file never had them). Refuses a hub schema this
    build does not know before anything is used."""
    params = {"cursor": cursor, "whole": list(whole_tables)}
    pulled = _Pulled()
    psycopg = _psycopg()
    try:
        if paged:
            with conn.transaction(), conn.cursor(name="annotator_pull") as server_side:
                server_side.itersize = PAGE
                server_side.execute(_CHANGES, params)
                while page := server_side.fetchmany(PAGE):
                    pulled.add(page)
        else:
            pulled.add(conn.execute(_CHANGES, params).fetchall())
    except psycopg.errors.UndefinedTable:
        require_current(conn)  # says which: no hub here, or another schema
        raise
    check_version(pulled.version)
    articles = [i["item_id"] for i in pulled.items if i["kind"] == "article" and i["row"]]
    wanted = lacking(articles) if articles and cursor > 0 else []  # at 0 every text came
    if wanted:
        texts = conn.execute(_TEXTS, {"articles": wanted, "cursor": cursor, "top": pulled.top})
        pulled.add_texts(texts.fetchall())
    return News(pulled.hub_id, pulled.top), pulled.result()


class _Pulled:
    """The rows of one pull, page by page, shaped as `hub_side.their_side` reads them."""

    def __init__(self) -> None:
        self.version, self.hub_id, self.top = 0, "", 0
        self.items: list[dict[str, Any]] = []
        self.revisions: list[tuple[str, str, str]] = []
        self.heads: dict[str, str] = {}
        self.records: list[tuple[int, str, Any]] = []  # (seq, table, row)

    def add(self, page: Iterable[Sequence[Any]]) -> None:
        rows = list(page)
        texts: list[str] = []
        for part, _a, _b, _rev, row, tomb, _revs, _extra, _seq in rows:
            if part == 1:
                texts += (row or "null", tomb or "null")
            elif part == 2:
                texts.append(row)
        values = iter(json.loads("[" + ",".join(texts) + "]"))
        for part, a, b, rev, _row, _tomb, revs, extra, seq in rows:
            if part == 0:
                self.version, self.hub_id, self.top = int(a or 0), str(b), int(extra)
            elif part == 1:
                item = {"kind": a, "item_id": b, "rev": rev, "row": next(values),
                        "tomb": next(values)}  # fmt: skip
                self.items.append(item)
                self.revisions += [(a, b, r) for r in revs]
                if extra is not None:
                    self.heads[b] = extra
            else:
                self.records.append((seq, a, next(values)))

    def add_texts(self, rows: list[tuple[str, int]]) -> None:
        values = json.loads("[" + ",".join(text for text, _seq in rows) + "]")
        seqs = [seq for _text, seq in rows]
        self.records += [(seq, "article_versions", v) for v, seq in zip(values, seqs, strict=True)]

    def result(self) -> dict[str, Any]:
        records: dict[str, list[Any]] = {}
        for _seq, table, row in sorted(self.records, key=lambda r: r[0]):
            records.setdefault(table, []).append(row)
        return {"items": self.items, "revisions": self.revisions, "records": records,
                "heads": self.heads}  # fmt: skip


def _psycopg() -> Any:
    from annotator.hub import psycopg_module

    return psycopg_module()
