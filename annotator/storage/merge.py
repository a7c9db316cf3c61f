"""Merging a colleague's project file into mine (the SQL half; see docs/REVIEW.md).

Items (articles, claims, sources, comments) are matched by id, articles also by
identical current text. Whether a side changed an item "since we last agreed" is
read from revision ids: every change gives an item a new random revision and each
file keeps every revision each item has passed through (`revisions`). If their
current revision is one I have passed through, I am up to date or ahead; if mine
is one they have passed through, they are ahead and I take theirs; otherwise both
changed it: a conflict. Both versions are kept in `conflicts`; the claim table gets
a deterministic winner (the later `modified`, then the larger revision), so merging
A into B and B into A leave the same claims.

The other file is only read (opened read-only, or a migrated temporary copy if it
is older), everything is read before my file is touched, and all writes happen in
one transaction: a damaged or foreign file, or any failure, leaves my project as it was.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.errors import NotAProjectError, ProjectError
from annotator.storage import database
from annotator.storage.approvals import enforce_approvals, merge_people
from annotator.storage.capture_store import read_evidence, write_evidence
from annotator.storage.schema import APPLICATION_ID, LATEST_VERSION
from annotator.storage.store import ProjectStore

Row = dict[str, Any]


@dataclass(frozen=True)
class ItemKind:
    name: str
    table: str
    parent: str | None  # kind of the parent item
    parent_column: str | None


ARTICLE = ItemKind("article", "articles", None, None)
CLAIM = ItemKind("claim", "claims", "article", "article_id")
SOURCE = ItemKind("source", "sources", "claim", "claim_id")
COMMENT = ItemKind("comment", "comments", "claim", "claim_id")
RATING = ItemKind("rating", "ratings", "claim", "claim_id")  # blind ratings (migration 0007)
ADJUDICATION = ItemKind("adjudication", "adjudications", "claim", "claim_id")
VERDICT = ItemKind("verdict", "verdicts", None, None)  # schema 8: the scale travels too
# schema 10: the fact-check archive (reference material, ids named after their keys)
FACTCHECK = ItemKind("factcheck", "factchecks", None, None)
KINDS = (ARTICLE, CLAIM, SOURCE, COMMENT, RATING, ADJUDICATION, VERDICT, FACTCHECK)
KIND_BY_NAME = {k.name: k for k in KINDS}

ACTIONS = ("added", "updated", "unchanged", "conflicts", "deleted")
_META_COLUMNS = frozenset({"modified", "modified_by", "source_file", "imported_at", "imported_by"})
"""Ignored when asking whether two versions say the same thing (identical edits)."""
_CONFLICT_NAMESPACE = uuid.UUID("6f1c7a2e-3b7d-4c55-9a51-3c1f0e2a9d41")


@dataclass
class MergeReport:
    """What a merge did, per kind of item and in total."""

    other: str
    merge_id: str | None = None
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {k.name: dict.fromkeys(ACTIONS, 0) for k in KINDS}
    )
    conflict_ids: list[str] = field(default_factory=list)
    skipped: int = 0  # their items whose parent exists on neither side (damaged data)
    captures_added: int = 0  # their captures I did not have (matched by id, bytes by hash)

    def count(self, kind: str, action: str) -> None:
        if kind == "verdict" and action == "unchanged":
            return  # the scale is not news unless it changed
        self.counts[kind][action] += 1

    def total(self, action: str) -> int:
        return sum(per_kind[action] for per_kind in self.counts.values())

    @property
    def added(self) -> int:
        return self.total("added")

    @property
    def updated(self) -> int:
        return self.total("updated")

    @property
    def deleted(self) -> int:
        return self.total("deleted")

    @property
    def unchanged(self) -> int:
        return self.total("unchanged")

    @property
    def conflicts(self) -> int:
        return self.total("conflicts")

    @property
    def changed_anything(self) -> bool:
        return self.merge_id is not None

    def summary(self) -> str:
        return ", ".join(f"{action} {self.total(action)}" for action in ACTIONS)

    def as_dict(self) -> dict[str, Any]:
        return {
            "other": self.other,
            "merge_id": self.merge_id,
            **{action: self.total(action) for action in ACTIONS},
            "by_kind": self.counts,
            "conflict_ids": self.conflict_ids,
            "skipped": self.skipped,
            "captures_added": self.captures_added,
        }


# -- reading a side -----------------------------------------------------------------------


@dataclass
class Side:
    """Everything the merge needs from one file, read up front."""

    rows: dict[str, dict[str, Row]]
    revs: dict[str, dict[str, str]]
    history: dict[str, dict[str, set[str]]]
    tombs: dict[str, dict[str, Row]]
    article_hashes: dict[str, str]  # article id -> text hash of its current version
    verdicts: list[Row]
    project_id: str

    def hist(self, kind: str, item_id: str) -> set[str]:
        return self.history[kind].get(item_id, _EMPTY)


_EMPTY: set[str] = set()


def _query(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> Iterator[Row]:
    cursor = conn.execute(sql, tuple(params))
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def read_side(conn: sqlite3.Connection) -> Side:
    rows = {k.name: {r["id"]: r for r in _query(conn, f"SELECT * FROM {k.table}")} for k in KINDS}
    revs: dict[str, dict[str, str]] = {k.name: {} for k in KINDS}
    for kind, item_id, rev in conn.execute("SELECT kind, item_id, rev FROM item_revs"):
        if kind in revs:
            revs[kind][item_id] = rev
    history: dict[str, dict[str, set[str]]] = {k.name: defaultdict(set) for k in KINDS}
    for kind, item_id, rev in conn.execute("SELECT kind, item_id, rev FROM revisions"):
        if kind in history:
            history[kind][item_id].add(rev)
    tombs: dict[str, dict[str, Row]] = {k.name: {} for k in KINDS}
    for tomb in _query(conn, "SELECT * FROM tombstones"):
        if tomb["kind"] in tombs:
            tombs[tomb["kind"]][tomb["item_id"]] = tomb
    hashes = dict(
        conn.execute(
            """SELECT a.id, v.text_hash FROM articles a JOIN article_versions v
               ON v.article_id = a.id AND v.version = a.current_version"""
        ).fetchall()
    )
    meta = dict(conn.execute("SELECT key, value FROM project_meta").fetchall())
    return Side(
        rows=rows,
        revs=revs,
        history=history,
        tombs=tombs,
        article_hashes=hashes,
        verdicts=list(_query(conn, "SELECT * FROM verdicts ORDER BY position")),
        project_id=meta.get("project_id", ""),
    )


@contextmanager
def open_other(path: str | Path, mine: Path | None = None) -> Iterator[sqlite3.Connection]:
    """Open a colleague's project for reading only, after checking it is a sound project.

    An older file is upgraded in a temporary copy; the colleague's file is never written.
    """
    path = Path(path)
    if not path.exists():
        raise ProjectError(f"{path} does not exist.")
    if path.is_dir():
        raise ProjectError(f"{path} is a folder, not a project file.")
    if mine is not None and mine.exists() and path.resolve() == mine.resolve():
        raise ProjectError(
            f"{path.name} is the project itself; choose a colleague's copy to merge."
        )
    if path.stat().st_size == 0:
        raise NotAProjectError(f"{path.name} is empty; it is not an Annotator project.")
    database.check_openable(path)
    application_id, user_version, _ = database.inspect_existing(path)
    if application_id != APPLICATION_ID or user_version < 1:
        raise NotAProjectError(f"{path.name} is not an Annotator project.")
    if user_version >= LATEST_VERSION:
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as error:
            raise ProjectError(f"Cannot open {path.name}: {error}") from error
        try:
            yield conn
        finally:
            conn.close()
        return
    with database.migrated_copy(path) as db:
        yield db.conn


# -- planning -------------------------------------------------------------------------------


@dataclass
class Conflict:
    kind: str
    item_id: str
    mine: Row | None  # None: I deleted it
    theirs: Row | None  # None: they deleted it
    mine_rev: str
    theirs_rev: str

    @property
    def id(self) -> str:
        revs = "|".join(sorted((self.mine_rev, self.theirs_rev)))
        return str(uuid.uuid5(_CONFLICT_NAMESPACE, f"{self.kind}|{self.item_id}|{revs}"))


@dataclass
class Plan:
    """The writes a merge will make, decided before anything is written."""

    upserts: dict[str, list[tuple[Row, str]]] = field(default_factory=lambda: defaultdict(list))
    deletes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    tombs: list[Row] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    log: list[tuple[str, str, str]] = field(default_factory=list)  # kind, id, action
    new_verdicts: list[Row] = field(default_factory=list)
    article_versions: list[Row] = field(default_factory=list)


def _substance(row: Row) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _META_COLUMNS}


def _later(mine: Row, mine_rev: str, theirs: Row, theirs_rev: str) -> bool:
    """True if `theirs` wins the deterministic tie-break (same answer in both directions)."""
    return (theirs.get("modified") or "", theirs_rev) > (mine.get("modified") or "", mine_rev)


class Planner:
    def __init__(
        self, mine: Side, theirs: Side, other_versions: dict[str, list[Row]], report: MergeReport
    ) -> None:
        self.mine = mine
        self.theirs = theirs
        self.other_versions = other_versions
        self.report = report
        self.plan = Plan()
        self.article_map: dict[str, str] = {}
        self.verdict_map: dict[str, str] = {}
        self.final: dict[str, set[str]] = {}
        self.forced: set[tuple[str, str]] = set()  # items kept/restored against a deletion
        self.children: dict[int, dict[tuple[str, str], list[tuple[str, str]]]] = {}

    # their rows, translated into my ids (articles matched by text, verdicts by label)
    def _their_row(self, kind: ItemKind, item_id: str) -> Row | None:
        row = self.theirs.rows[kind.name].get(item_id)
        if row is None:
            return None
        if kind is CLAIM:
            row = dict(row)
            mapped = self.article_map.get(row["article_id"])
            if mapped is not None:
                theirs_article = self.theirs.rows["article"].get(row["article_id"])
                mine_article = self.mine.rows["article"].get(mapped)
                if (
                    theirs_article
                    and mine_article
                    and row["anchor_version"] == theirs_article["current_version"]
                ):
                    row["anchor_version"] = mine_article["current_version"]
                row["article_id"] = mapped
            if row["verdict_id"] is not None:
                row["verdict_id"] = self.verdict_map.get(row["verdict_id"], row["verdict_id"])
        return row

    def _map_verdicts(self) -> None:
        """Their verdicts I lack under their id but have under the same label become mine;
        the others are planned like any item (added, updated, deleted, or a conflict)."""
        mine_ids = {v["id"] for v in self.mine.verdicts} | set(self.mine.tombs["verdict"])
        by_label = {v["label"].casefold(): v["id"] for v in self.mine.verdicts}
        for verdict in self.theirs.verdicts:
            if verdict["id"] in mine_ids:
                continue
            label = verdict["label"].casefold()
            if label in by_label:
                self.verdict_map[verdict["id"]] = by_label[label]

    def _map_articles(self) -> None:
        """Their new articles whose text I already have become mine (matched by identical text)."""
        by_hash: dict[str, str] = {}
        for article_id, digest in self.mine.article_hashes.items():
            by_hash.setdefault(digest, article_id)
        for article_id, digest in self.theirs.article_hashes.items():
            if article_id in self.mine.rows["article"] or article_id in self.mine.tombs["article"]:
                continue
            if digest in by_hash:
                self.article_map[article_id] = by_hash[digest]

    def _children_index(
        self, side: Side, which: int
    ) -> dict[tuple[str, str], list[tuple[str, str]]]:
        if which not in self.children:
            index: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
            for kind in (k for k in KINDS if k.parent is not None):
                for item_id, row in side.rows[kind.name].items():
                    parent = row[kind.parent_column]  # type: ignore[index]
                    if which == 1 and kind is CLAIM:
                        parent = self.article_map.get(parent, parent)
                    index[(kind.parent, parent)].append((kind.name, item_id))  # type: ignore[arg-type]
            self.children[which] = index
        return self.children[which]

    def _novel_below(self, side: Side, which: int, deleter: Side, kind: str, item_id: str) -> bool:
        """True if some descendant on `side` is a version the deleting side never saw."""
        for child_kind, child_id in self._children_index(side, which).get((kind, item_id), ()):
            rev = side.revs[child_kind].get(child_id, "")
            if rev not in deleter.hist(child_kind, child_id):
                return True
            if self._novel_below(side, which, deleter, child_kind, child_id):
                return True
        return False

    def run(self) -> Plan:
        self._map_verdicts()
        self._map_articles()
        for kind in KINDS:
            self._plan_kind(kind)
        self._keep_used_verdicts()
        return self.plan

    def _keep_used_verdicts(self) -> None:
        """A verdict they deleted that my claims still use is kept, as a conflict."""
        used = {r["verdict_id"] for r in self.mine.rows["claim"].values()}
        used |= {r["verdict_id"] for r, _ in self.plan.upserts.get("claim", ())}
        for verdict_id in [v for v in self.plan.deletes.get("verdict", []) if v in used]:
            self.plan.deletes["verdict"].remove(verdict_id)
            self.plan.tombs = [t for t in self.plan.tombs if not (t["kind"] == "verdict" and t["item_id"] == verdict_id)]
            self.plan.log.remove(("verdict", verdict_id, "deleted"))
            self.report.counts["verdict"]["deleted"] -= 1
            tomb = self.theirs.tombs["verdict"][verdict_id]
            mine = self.mine.rows["verdict"][verdict_id]
            self._conflict(VERDICT, verdict_id, mine, None, self.mine.revs["verdict"].get(verdict_id, ""), tomb["rev"])
        have = set(self.mine.rows["verdict"]) - set(self.plan.deletes.get("verdict", []))
        have |= {r["id"] for r, _ in self.plan.upserts.get("verdict", ())}
        for row, _ in list(self.plan.upserts.get("claim", ())):
            wanted = row["verdict_id"]
            if wanted and wanted not in have and wanted in self.theirs.rows["verdict"]:
                # a verdict I deleted that their claims use comes back with them
                self._take(VERDICT, self.theirs.rows["verdict"][wanted], self.theirs.revs["verdict"].get(wanted, ""), "added")
                have.add(wanted)

    def _plan_kind(self, kind: ItemKind) -> None:
        name = kind.name
        mine_rows = self.mine.rows[name]
        mapped = self.article_map if kind is ARTICLE else self.verdict_map if kind is VERDICT else {}
        their_ids = [i for i in self.theirs.rows[name] if i not in mapped]
        ids = dict.fromkeys(mine_rows)
        ids.update(dict.fromkeys(their_ids))
        ids.update(dict.fromkeys(i for i in self.theirs.tombs[name] if i not in mapped))
        final = set(mine_rows)
        self.final[name] = final
        for item_id in ids:
            self._plan_item(kind, item_id, final)

    def _parent_ok(self, kind: ItemKind, row: Row) -> bool:
        return kind.parent is None or row[kind.parent_column] in self.final[kind.parent]  # type: ignore[index]

    def _parent_forced(self, kind: ItemKind, row: Row) -> bool:
        return kind.parent is not None and (kind.parent, row[kind.parent_column]) in self.forced  # type: ignore[index]

    def _plan_item(self, kind: ItemKind, item_id: str, final: set[str]) -> None:
        name = kind.name
        mine = self.mine.rows[name].get(item_id)
        theirs = self._their_row(kind, item_id) if item_id in self.theirs.rows[name] else None
        mine_rev = self.mine.revs[name].get(item_id, "")
        their_rev = self.theirs.revs[name].get(item_id, "")
        my_hist = self.mine.hist(name, item_id)
        their_hist = self.theirs.hist(name, item_id)
        report, plan = self.report, self.plan

        if mine is not None and theirs is not None:
            if mine_rev == their_rev:
                report.count(name, "unchanged")
            elif _substance(mine) == _substance(theirs):
                if _later(mine, mine_rev, theirs, their_rev):
                    plan.upserts[name].append((theirs, their_rev))
                report.count(name, "unchanged")
            elif their_rev in my_hist:
                report.count(name, "unchanged")
            elif mine_rev in their_hist:
                self._take(kind, theirs, their_rev, "updated")
            else:
                if _later(mine, mine_rev, theirs, their_rev):
                    self._take(kind, theirs, their_rev, None)
                self._conflict(kind, item_id, mine, theirs, mine_rev, their_rev)
            return

        if theirs is not None:  # I do not have it
            tomb = self.mine.tombs[name].get(item_id)
            covered = tomb is not None and their_rev in my_hist
            if not self._parent_ok(kind, theirs):
                if covered:
                    report.count(name, "unchanged")  # deleted here together with its parent
                else:
                    report.skipped += 1
                return
            if tomb is None:
                self._take(kind, theirs, their_rev, "added")
                final.add(item_id)
            elif self._parent_forced(kind, theirs):
                self._take(kind, theirs, their_rev, "added")
                final.add(item_id)
                self.forced.add((name, item_id))
            elif covered and not self._novel_below(self.theirs, 1, self.mine, name, item_id):
                report.count(name, "unchanged")  # stays deleted
            else:  # they changed it after the version I deleted: keep it, flag it
                self._take(kind, theirs, their_rev, None)
                final.add(item_id)
                self.forced.add((name, item_id))
                self._conflict(kind, item_id, None, theirs, tomb["rev"], their_rev)
            return

        if mine is not None:  # they do not have it
            tomb = self.theirs.tombs[name].get(item_id)
            if tomb is None:
                return
            if self._parent_forced(kind, mine):
                self.forced.add((name, item_id))
            elif not self._parent_ok(kind, mine):
                final.discard(item_id)  # goes with its parent
            elif mine_rev in their_hist and not self._novel_below(
                self.mine, 0, self.theirs, name, item_id
            ):
                plan.deletes[name].append(item_id)
                plan.tombs.append(tomb)
                plan.log.append((name, item_id, "deleted"))
                final.discard(item_id)
                report.count(name, "deleted")
            else:
                self.forced.add((name, item_id))
                self._conflict(kind, item_id, mine, None, mine_rev, tomb["rev"])
            return

        tomb = self.theirs.tombs[name].get(item_id)
        if tomb is not None and item_id not in self.mine.tombs[name]:
            plan.tombs.append(tomb)  # pass the deletion on to whoever merges from me

    def _take(self, kind: ItemKind, row: Row, rev: str, action: str | None) -> None:
        self.plan.upserts[kind.name].append((row, rev))
        if kind is ARTICLE:
            self.plan.article_versions.extend(self.other_versions.get(row["id"], ()))
        if action is not None:
            self.plan.log.append((kind.name, row["id"], action))
            self.report.count(kind.name, action)

    def _conflict(
        self,
        kind: ItemKind,
        item_id: str,
        mine: Row | None,
        theirs: Row | None,
        mine_rev: str,
        their_rev: str,
    ) -> None:
        conflict = Conflict(kind.name, item_id, mine, theirs, mine_rev, their_rev)
        self.plan.conflicts.append(conflict)
        self.plan.log.append((kind.name, item_id, "conflict"))
        self.report.count(kind.name, "conflicts")
        self.report.conflict_ids.append(conflict.id)


# -- applying -------------------------------------------------------------------------------


def quote_name(name: str) -> str:
    """A column name (taken from the other file's schema) as a quoted SQL identifier."""
    return '"' + str(name).replace('"', '""') + '"'


def _insert_rows(
    conn: sqlite3.Connection, table: str, rows: list[Row], *, or_ignore: bool = False
) -> None:
    if not rows:
        return
    columns = list(rows[0])
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    conn.executemany(
        f"{verb} INTO {table} ({', '.join(map(quote_name, columns))}) VALUES ({', '.join('?' for _ in columns)})",
        [tuple(row[c] for c in columns) for row in rows],
    )


def _upsert_rows(
    conn: sqlite3.Connection, table: str, rows: list[Row], existing: set[str] | dict[str, Any]
) -> None:
    new = [r for r in rows if r["id"] not in existing]
    old = [r for r in rows if r["id"] in existing]
    _insert_rows(conn, table, new)
    if old:
        columns = [c for c in old[0] if c != "id"]
        conn.executemany(
            f"UPDATE {table} SET {', '.join(f'{quote_name(c)} = ?' for c in columns)} WHERE id = ?",
            [(*(row[c] for c in columns), row["id"]) for row in old],
        )


def apply_plan(
    conn: sqlite3.Connection,
    plan: Plan,
    mine: Side,
    theirs: Side,
    extras: dict[str, list[Row]],
    merge_row: Row,
) -> None:
    """Write the plan. The caller holds the transaction."""
    conn.execute("INSERT OR IGNORE INTO merge_in_progress (flag) VALUES (1)")
    conn.execute("PRAGMA defer_foreign_keys = ON")
    _insert_rows(conn, "verdicts", plan.new_verdicts)
    for kind in KINDS:
        rows = [row for row, _ in plan.upserts.get(kind.name, ())]
        _upsert_rows(conn, kind.table, rows, mine.rows[kind.name])
        if kind is ARTICLE:
            _insert_rows(conn, "article_versions", plan.article_versions, or_ignore=True)
        conn.executemany(
            "INSERT OR REPLACE INTO item_revs (kind, item_id, rev) VALUES (?, ?, ?)",
            [(kind.name, row["id"], rev) for row, rev in plan.upserts.get(kind.name, ()) if rev],
        )
    for kind in reversed(KINDS):
        conn.executemany(
            f"DELETE FROM {kind.table} WHERE id = ?",
            [(i,) for i in plan.deletes.get(kind.name, ())],
        )
    # The triggers wrote my own tombstones for what the merge deleted; keep theirs (who, when).
    conn.executemany(
        "INSERT OR REPLACE INTO tombstones (kind, item_id, rev, deleted_at, deleted_by) VALUES (?, ?, ?, ?, ?)",
        [(t["kind"], t["item_id"], t["rev"], t["deleted_at"], t["deleted_by"]) for t in plan.tombs],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO revisions (kind, item_id, rev) VALUES (?, ?, ?)",
        [
            (kind, item_id, rev)
            for kind, per_item in theirs.history.items()
            for item_id, revs in per_item.items()
            if not revs <= mine.hist(kind, item_id)
            for rev in revs
        ],
    )
    _insert_rows(conn, "claim_history", extras["claim_history"], or_ignore=True)
    _insert_rows(conn, "review_records", extras["review_records"], or_ignore=True)
    conn.executemany(
        """INSERT INTO blind_reviews (article_id, reviewer, started_at, revealed_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (article_id, reviewer) DO UPDATE SET
               started_at = min(started_at, excluded.started_at),
               revealed_at = max(revealed_at, excluded.revealed_at)""",
        [
            (r["article_id"], r["reviewer"], r["started_at"], r["revealed_at"])
            for r in extras["blind_reviews"]
        ],
    )
    _merge_conflict_records(conn, plan, extras["conflicts"], merge_row)
    merge_people(conn, extras["people"])
    conn.execute("DELETE FROM merge_in_progress")
    # An incoming approval counts only if the rules would grant it here (migration 0006).
    enforce_approvals(conn, changed_by=merge_row["merged_by"])


def _merge_conflict_records(
    conn: sqlite3.Connection, plan: Plan, theirs: list[Row], merge_row: Row
) -> None:
    records = [
        {
            "id": c.id,
            "kind": c.kind,
            "item_id": c.item_id,
            "mine": None if c.mine is None else json.dumps(c.mine, ensure_ascii=False),
            "theirs": None if c.theirs is None else json.dumps(c.theirs, ensure_ascii=False),
            "mine_rev": c.mine_rev,
            "theirs_rev": c.theirs_rev,
            "merge_id": merge_row["id"],
            "detected_at": merge_row["at"],
        }
        for c in plan.conflicts
    ]
    _insert_rows(conn, "conflicts", records, or_ignore=True)
    # Conflicts a colleague recorded travel too, seen from my side (their "mine" is my "theirs");
    # a conflict resolved anywhere is resolved everywhere.
    swapped = [
        {
            **r,
            "mine": r["theirs"],
            "theirs": r["mine"],
            "mine_rev": r["theirs_rev"],
            "theirs_rev": r["mine_rev"],
        }
        for r in theirs
    ]
    _insert_rows(conn, "conflicts", swapped, or_ignore=True)
    conn.executemany(
        "UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ? AND resolved_at = ''",
        [
            (r["resolved_at"], r["resolved_by"], r["resolution"], r["id"])
            for r in theirs
            if r["resolved_at"]
        ],
    )


def _log_merge(conn: sqlite3.Connection, plan: Plan, merge_row: Row, report: MergeReport) -> None:
    merge_row["summary"] = json.dumps(report.as_dict(), ensure_ascii=False)
    _insert_rows(conn, "merges", [merge_row])
    conn.executemany(
        "INSERT OR REPLACE INTO merge_items (merge_id, kind, item_id, action) VALUES (?, ?, ?, ?)",
        [(merge_row["id"], kind, item_id, action) for kind, item_id, action in plan.log],
    )


# -- the entry point ------------------------------------------------------------------------


@dataclass
class OtherProject:
    """Everything merging needs from a colleague's file, read in one read transaction."""

    path: Path
    side: Side
    extras: dict[str, list[Row]]
    versions: dict[str, list[Row]]
    evidence: dict[str, list[tuple]]  # captures, their bytes and source kinds (storage/capture_store.py)


def read_other(other_path: str | Path, mine: Path | None = None) -> OtherProject:
    """Check and read the colleague's file completely, before anything touches mine.

    One read transaction: a colleague writing to it meanwhile (a shared drive) cannot
    give us half of one state and half of another. Raises ProjectError for a damaged,
    foreign or too-new file.
    """
    other_path = Path(other_path)
    try:
        with open_other(other_path, mine) as other:
            other.execute("BEGIN")  # deferred: the first SELECT fixes the snapshot
            try:
                theirs = read_side(other)
                extras = {
                    table: list(_query(other, f"SELECT * FROM {table}"))
                    for table in (
                        "claim_history", "review_records", "blind_reviews", "conflicts", "people"
                    )
                }
                versions: dict[str, list[Row]] = defaultdict(list)
                for row in _query(other, "SELECT * FROM article_versions"):
                    versions[row["article_id"]].append(row)
                evidence = read_evidence(other)
            finally:
                other.rollback()
    except sqlite3.DatabaseError as error:
        raise ProjectError(
            f"{other_path.name} is damaged and cannot be read ({error}); nothing was merged."
        ) from error
    return OtherProject(other_path, theirs, extras, versions, evidence)


def merge_into(
    store: ProjectStore, other: str | Path | OtherProject, *, merged_by: str, now: str
) -> MergeReport:
    """Merge the colleague's project (a path, or one already read) into `store`, in one transaction.

    Raises ProjectError (and leaves my file untouched) if the other file is not a
    sound project or its content cannot be merged.
    """
    if not isinstance(other, OtherProject):
        other = read_other(other, store.path)
    other_path, theirs, versions = other.path, other.side, other.versions
    extras = {table: list(rows) for table, rows in other.extras.items()}
    report = MergeReport(other=str(other_path))
    conn = store.db.conn
    try:
        with store.transaction():
            mine = read_side(conn)
            mine_blind = {
                (r["article_id"], r["reviewer"]): r
                for r in _query(conn, "SELECT * FROM blind_reviews")
            }
            extras["blind_reviews"] = [
                r for r in extras["blind_reviews"] if _blind_news(r, mine_blind)
            ]
            _check_text_divergence(conn, mine, theirs, versions)
            plan = Planner(mine, theirs, versions, report).run()
            _check_version_clashes(conn, plan)
            merge_row = {
                "id": str(uuid.uuid4()),
                "at": now,
                "merged_by": merged_by,
                "other_name": other_path.name,
                "other_project_id": theirs.project_id,
            }
            before = conn.total_changes
            apply_plan(conn, plan, mine, theirs, extras, merge_row)
            report.captures_added = write_evidence(conn, other.evidence)
            if conn.total_changes - before > 2:  # more than setting and clearing the flag
                report.merge_id = merge_row["id"]
                _log_merge(conn, plan, merge_row, report)
    except sqlite3.IntegrityError as error:
        raise ProjectError(
            f"{other_path.name} holds data that does not fit this project ({error}); nothing was merged."
        ) from error
    except ProjectError as error:  # the store's own plain-language translation of SQLite errors
        raise ProjectError(
            f"Merging {other_path.name} failed, nothing was merged: {error}"
        ) from error
    return report


def _blind_news(theirs: Row, mine: dict[tuple[str, str], Row]) -> bool:
    known = mine.get((theirs["article_id"], theirs["reviewer"]))
    return (
        known is None
        or theirs["started_at"] < known["started_at"]
        or theirs["revealed_at"] > known["revealed_at"]
    )


def _check_text_divergence(
    conn: sqlite3.Connection, mine: Side, theirs: Side, versions: dict[str, list[Row]]
) -> None:
    """Refuse when both sides gave an article a new text and neither text descends from the
    other: the article row alone can look the same (same title, same version number)."""
    diverged = []
    for article_id, their_hash in theirs.article_hashes.items():
        my_hash = mine.article_hashes.get(article_id)
        if my_hash is None or my_hash == their_hash:
            continue
        my_hashes = {
            h for (h,) in conn.execute(
                "SELECT text_hash FROM article_versions WHERE article_id = ?", [article_id]
            )
        }  # fmt: skip
        their_hashes = {v["text_hash"] for v in versions.get(article_id, ())}
        if their_hash not in my_hashes and my_hash not in their_hashes:
            diverged.append(mine.rows["article"].get(article_id, {}).get("title", article_id))
    if diverged:
        raise ProjectError(
            "Both projects changed the text of the same article differently "
            f"({', '.join(repr(t) for t in diverged)}); update the text in one of them to the "
            "other's first. Nothing was merged."
        )


def _check_version_clashes(conn: sqlite3.Connection, plan: Plan) -> None:
    """Refuse to overwrite an article version number that holds a different text here."""
    if not plan.article_versions:
        return
    mine = {
        (r[0], r[1]): r[2]
        for r in conn.execute("SELECT article_id, version, text_hash FROM article_versions")
    }
    clashing = {
        v["article_id"]
        for v in plan.article_versions
        if (v["article_id"], v["version"]) in mine
        and mine[(v["article_id"], v["version"])] != v["text_hash"]
    }
    if clashing:
        raise ProjectError(
            "Both projects changed the text of the same article differently "
            f"({len(clashing)} article(s)); re-import the text in one of them first. Nothing was merged."
        )


def resolve_conflict(
    store: ProjectStore,
    conflict_id: str,
    row: Row | None,
    *,
    resolved_by: str,
    resolution: str,
    now: str,
) -> tuple[str, str]:
    """`resolve_conflict_rows` in a transaction of its own on `store`."""
    with store.transaction():
        return resolve_conflict_rows(
            store.db.conn, conflict_id, row, resolved_by=resolved_by, resolution=resolution, now=now
        )


def resolve_conflict_rows(
    conn: sqlite3.Connection,
    conflict_id: str,
    row: Row | None,
    *,
    resolved_by: str,
    resolution: str,
    now: str,
) -> tuple[str, str]:
    """Make `row` (or a deletion, if None) the item's state and close the conflict.

    The result gets a new revision whose history contains both conflicting ones, so
    colleagues who merge it take it instead of seeing the conflict again.
    Returns (kind, item_id). Caller holds the transaction.
    """
    found = conn.execute(
        "SELECT kind, item_id, mine_rev, theirs_rev, resolved_at FROM conflicts WHERE id = ?",
        [conflict_id],
    ).fetchone()
    if found is None:
        raise KeyError(conflict_id)
    kind_name, item_id, mine_rev, theirs_rev, _resolved_at = found
    kind = KIND_BY_NAME[kind_name]
    exists = (
        conn.execute(f"SELECT 1 FROM {kind.table} WHERE id = ?", [item_id]).fetchone() is not None
    )
    if row is None:
        if exists:
            conn.execute(f"DELETE FROM {kind.table} WHERE id = ?", [item_id])
    else:
        if row.get("id") != item_id:
            raise ValueError("the resolved version must keep the item's id")
        _upsert_rows(conn, kind.table, [row], {item_id} if exists else set())
        rev = uuid.uuid4().hex
        conn.execute(
            "INSERT OR REPLACE INTO item_revs (kind, item_id, rev) VALUES (?, ?, ?)",
            [kind_name, item_id, rev],
        )
    revs = [r for r in (mine_rev, theirs_rev) if r]
    if row is not None:
        revs.append(rev)
    conn.executemany(
        "INSERT OR IGNORE INTO revisions (kind, item_id, rev) VALUES (?, ?, ?)",
        [(kind_name, item_id, r) for r in revs],
    )
    if row is None:
        # the tombstone must cover both versions, so record the newest one we knew
        conn.execute(
            "UPDATE tombstones SET rev = ? WHERE kind = ? AND item_id = ?",
            [uuid.uuid4().hex, kind_name, item_id],
        )
        conn.execute(
            "INSERT OR IGNORE INTO revisions (kind, item_id, rev) SELECT kind, item_id, rev FROM tombstones WHERE kind = ? AND item_id = ?",
            [kind_name, item_id],
        )
    conn.execute(
        "UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
        [now, resolved_by, resolution, conflict_id],
    )
    return kind_name, item_id
