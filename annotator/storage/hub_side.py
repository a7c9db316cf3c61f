"""The two sides of a hub pull, built for the merge engine without reading whole projects.

`their_side` turns the hub rows of one pull into the merge engine's `OtherProject` in memory
(no temporary file). `my_side_for` reads from my project only what the merge can look at for
those rows: the same items, their parents, the descendants of what they deleted, the articles
with the same text, the claims using a verdict they deleted, and the (small) verdict scale.
Items of mine that the pull does not mention are left alone by the merge rules, so leaving
them unread changes no outcome; the merge stays the one in `storage/merge.py`.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.storage.capture_store import CAPTURE_COLUMNS
from annotator.storage.merge import KINDS, OtherProject, Row, Side

HUB_FILE_NAME = "team-hub.annotator"
"""The name a hub pull is logged under in the merge history."""

_CHUNK = 500
"""Ids per `IN (...)` query (below SQLite's variable limit)."""

_EXTRA_TABLES = ("claim_history", "review_records", "blind_reviews", "conflicts", "people")


def _query(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> Iterator[Row]:
    cursor = conn.execute(sql, tuple(params))
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for item_id in ids:
        batch.append(item_id)
        if len(batch) == _CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def where_in(
    conn: sqlite3.Connection, sql: str, ids: Iterable[str], params: tuple[Any, ...] = ()
) -> Iterator[Row]:
    """Rows of `sql` (ending in `IN ({marks})`) for every chunk of `ids`."""
    for batch in _chunks(ids):
        yield from _query(conn, sql.format(marks=", ".join("?" * len(batch))), (*params, *batch))


# -- their side: the hub's rows -----------------------------------------------------------------


_DEFAULTS: dict[tuple[tuple[Any, ...], ...], dict[str, Any]] = {}
"""Column defaults by table layout (the same layout always has the same defaults)."""


def _defaults(conn: sqlite3.Connection, table: str) -> dict[str, Any]:
    """Column -> the value SQLite would give it by default (None without a default)."""
    layout = tuple(tuple(r) for r in conn.execute(f"PRAGMA table_info({table})"))
    if layout not in _DEFAULTS:
        values = [d if d is not None else "NULL" for _cid, _n, _t, _nn, d, _pk in layout]
        row = conn.execute(f"SELECT {', '.join(values)}").fetchone() if values else ()
        _DEFAULTS[layout] = {col[1]: value for col, value in zip(layout, row, strict=True)}
    return _DEFAULTS[layout]


def _fit(rows: Iterable[Row], defaults: dict[str, Any]) -> Iterator[Row]:
    """Rows with exactly my file's columns (a colleague's newer or older schema)."""
    for row in rows:
        same = row.keys() == defaults.keys()
        yield row if same else {c: row.get(c, d) for c, d in defaults.items()}


def their_side(conn: sqlite3.Connection, pulled: dict[str, Any]) -> OtherProject:
    """The hub's rows of one pull as a colleague's project, shaped to my file's columns.

    `pulled`: "items" (kind, item_id, rev, row, tomb), "revisions" (kind, item_id, rev),
    "records" (table -> rows), "heads" (article id -> current text hash) and "hub_id".
    """
    rows: dict[str, dict[str, Row]] = {k.name: {} for k in KINDS}
    revs: dict[str, dict[str, str]] = {k.name: {} for k in KINDS}
    tombs: dict[str, dict[str, Row]] = {k.name: {} for k in KINDS}
    history: dict[str, dict[str, set[str]]] = {k.name: defaultdict(set) for k in KINDS}
    defaults = {k.name: _defaults(conn, k.table) for k in KINDS}
    for item in pulled["items"]:
        kind = item["kind"]
        if kind not in rows:
            continue  # a kind this build does not know
        if item["row"] is not None:
            (row,) = _fit([item["row"]], defaults[kind])
            rows[kind][item["item_id"]] = row
            revs[kind][item["item_id"]] = item["rev"]
        elif item["tomb"] is not None:
            tomb = item["tomb"]
            tombs[kind][item["item_id"]] = {
                "kind": kind, "item_id": item["item_id"], "rev": tomb.get("rev", item["rev"]),
                "deleted_at": tomb.get("deleted_at", ""), "deleted_by": tomb.get("deleted_by", ""),
            }  # fmt: skip
    for kind, item_id, rev in pulled["revisions"]:
        if kind in history:
            history[kind][item_id].add(rev)
    records = pulled["records"]
    extras = {t: list(_fit(records.get(t, ()), _defaults(conn, t))) for t in _EXTRA_TABLES}
    versions: dict[str, list[Row]] = defaultdict(list)
    for row in _fit(records.get("article_versions", ()), _defaults(conn, "article_versions")):
        versions[row["article_id"]].append(row)
    side = Side(
        rows=rows, revs=revs, history=history, tombs=tombs,
        article_hashes={a: h for a, h in pulled["heads"].items() if a in rows["article"]},
        verdicts=sorted(rows["verdict"].values(), key=lambda v: (v["position"], v["id"])),
        project_id=pulled["hub_id"],
    )  # fmt: skip
    kinds = list(_fit(records.get("source_kinds", ()), _defaults(conn, "source_kinds")))
    evidence: dict[str, list[tuple[Any, ...]]] = {
        "blobs": [],  # the bytes are stored before the merge, one capture at a time
        "captures": [tuple(r.get(c) for c in CAPTURE_COLUMNS) for r in records.get("captures", ())],
        "kinds": [
            (k["id"], k["label"], k["url_required"], k["fields"], k["position"]) for k in kinds
        ],
    }
    return OtherProject(Path(HUB_FILE_NAME), side, extras, versions, evidence)


# -- my side: only what the merge can look at ---------------------------------------------------


class _MySide:
    """Collects my rows by id, kind by kind, reading each id at most once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.rows: dict[str, dict[str, Row]] = {k.name: {} for k in KINDS}
        self.asked: dict[str, set[str]] = {k.name: set() for k in KINDS}
        self.empty = {  # nothing to look up in an empty table (the initial pull)
            k.name: not conn.execute(f"SELECT EXISTS (SELECT 1 FROM {k.table})").fetchone()[0]
            for k in KINDS
        }

    def load(self, kind_name: str, ids: Iterable[str]) -> None:
        kind = next(k for k in KINDS if k.name == kind_name)
        new = [i for i in dict.fromkeys(ids) if i and i not in self.asked[kind_name]]
        self.asked[kind_name].update(new)
        if self.empty[kind_name]:
            return
        for row in where_in(self.conn, f"SELECT * FROM {kind.table} WHERE id IN ({{marks}})", new):
            self.rows[kind_name][row["id"]] = row

    def load_parents(self) -> None:
        """The parent (and grandparent) of every row read so far."""
        for _depth in range(2):
            for kind in KINDS:
                if kind.parent is not None:
                    wanted = [r[kind.parent_column] for r in self.rows[kind.name].values()]  # type: ignore[index]
                    self.load(kind.parent, wanted)

    def load_descendants(self, kind_name: str, ids: list[str]) -> None:
        """Everything below the given items of mine (their deletion may not cover it)."""
        for child in (k for k in KINDS if k.parent == kind_name):
            found = [
                r for r in where_in(
                    self.conn,
                    f"SELECT * FROM {child.table} WHERE {child.parent_column} IN ({{marks}})",
                    ids,
                )
            ]  # fmt: skip
            for row in found:
                self.rows[child.name][row["id"]] = row
                self.asked[child.name].add(row["id"])
            if found:
                self.load_descendants(child.name, [r["id"] for r in found])


def my_side_for(conn: sqlite3.Connection, theirs: Side) -> Side:
    """My side of a merge with `theirs`, reading only the items the merge can touch."""
    mine = _MySide(conn)
    for kind in KINDS:
        mine.load(kind.name, [*theirs.rows[kind.name], *theirs.tombs[kind.name]])
        if kind.parent is not None:
            mine.load(kind.parent, [r[kind.parent_column] for r in theirs.rows[kind.name].values()])  # type: ignore[index]
    same_text = where_in(
        conn,
        """SELECT a.id FROM articles a JOIN article_versions v
           ON v.article_id = a.id AND v.version = a.current_version
           WHERE v.text_hash IN ({marks})""",
        set(theirs.article_hashes.values()),
    )
    mine.load("article", [r["id"] for r in same_text])
    dropped_verdicts = list(theirs.tombs["verdict"])
    users = where_in(conn, "SELECT id FROM claims WHERE verdict_id IN ({marks})", dropped_verdicts)
    mine.load("claim", [r["id"] for r in users])
    mine.rows["verdict"] = {r["id"]: r for r in _query(conn, "SELECT * FROM verdicts")}
    mine.load_parents()
    for kind in KINDS:
        deleted = [i for i in theirs.tombs[kind.name] if i in mine.rows[kind.name]]
        if deleted:
            mine.load_descendants(kind.name, deleted)
    return _side_of(conn, mine, theirs)


def bookkeeping(
    conn: sqlite3.Connection, kind: str, ids: Iterable[str]
) -> tuple[dict[str, str], dict[str, set[str]], dict[str, Row]]:
    """(current revision, every revision, tombstone) of my items of one kind, by id."""
    ids = list(ids)
    params = (kind,)
    if not _any_of_kind(conn, kind):
        return {}, defaultdict(set), {}
    revs = {
        r["item_id"]: r["rev"]
        for r in where_in(
            conn, "SELECT item_id, rev FROM item_revs WHERE kind = ? AND item_id IN ({marks})",
            ids, params,
        )
    }  # fmt: skip
    history: dict[str, set[str]] = defaultdict(set)
    for r in where_in(
        conn, "SELECT item_id, rev FROM revisions WHERE kind = ? AND item_id IN ({marks})",
        ids, params,
    ):  # fmt: skip
        history[r["item_id"]].add(r["rev"])
    tombs = {
        r["item_id"]: r
        for r in where_in(
            conn, "SELECT * FROM tombstones WHERE kind = ? AND item_id IN ({marks})", ids, params
        )
    }
    return revs, history, tombs


def _any_of_kind(conn: sqlite3.Connection, kind: str) -> bool:
    """True if my file has revisions, a current revision or a tombstone of this kind."""
    return bool(
        conn.execute(
            """SELECT EXISTS (SELECT 1 FROM revisions WHERE kind = ?1)
                   OR EXISTS (SELECT 1 FROM item_revs WHERE kind = ?1)
                   OR EXISTS (SELECT 1 FROM tombstones WHERE kind = ?1)""",
            [kind],
        ).fetchone()[0]
    )


def _side_of(conn: sqlite3.Connection, mine: _MySide, theirs: Side) -> Side:
    revs: dict[str, dict[str, str]] = {}
    history: dict[str, dict[str, set[str]]] = {}
    tombs: dict[str, dict[str, Row]] = {}
    for kind in KINDS:
        ids = set(mine.rows[kind.name]) | mine.asked[kind.name] | set(theirs.rows[kind.name])
        ids |= set(theirs.tombs[kind.name])
        revs[kind.name], history[kind.name], tombs[kind.name] = bookkeeping(conn, kind.name, ids)
    hashes = {
        r["id"]: r["text_hash"]
        for r in where_in(
            conn,
            """SELECT a.id, v.text_hash FROM articles a JOIN article_versions v
               ON v.article_id = a.id AND v.version = a.current_version WHERE a.id IN ({marks})""",
            mine.rows["article"],
        )
    }
    meta = dict(conn.execute("SELECT key, value FROM project_meta").fetchall())
    return Side(
        rows=mine.rows, revs=revs, history=history, tombs=tombs, article_hashes=hashes,
        verdicts=sorted(mine.rows["verdict"].values(), key=lambda v: (v["position"], v["id"])),
        project_id=meta.get("project_id", ""),
    )  # fmt: skip
