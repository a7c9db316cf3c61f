"""Planning a merge: which of their items to take, delete or flag, before anything is written.

Whether a side changed an item "since we last agreed" is read from revision ids (see
annotator/storage/merge.py); the plan is made from two `Side`s read up front.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from annotator.errors import joined_messages, msg
from annotator.storage.merge_read import (
    ADJUDICATION,
    ARTICLE,
    CLAIM,
    KINDS,
    RATING,
    VERDICT,
    ItemKind,
    Row,
    Side,
)

ACTIONS = ("added", "updated", "unchanged", "conflicts", "deleted")
_META_COLUMNS = frozenset(
    {"modified", "modified_by", "modified_by_id", "source_file", "imported_at", "imported_by"}
)
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
        """The totals over every kind, as one translatable line."""
        return _counts_line({action: self.total(action) for action in ACTIONS})

    def kind_summary(self, kind: str) -> str:
        """The same line for one kind of item (articles, claims…)."""
        return _counts_line(self.counts[kind])

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


def _counts_line(counts: dict[str, int]) -> str:
    templates = {
        "added": msg("added {count}", count=counts["added"]),
        "updated": msg("updated {count}", count=counts["updated"]),
        "unchanged": msg("unchanged {count}", count=counts["unchanged"]),
        "conflicts": msg("conflicts {count}", count=counts["conflicts"]),
        "deleted": msg("deleted {count}", count=counts["deleted"]),
    }
    return joined_messages([templates[action] for action in ACTIONS])


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
        elif kind in (RATING, ADJUDICATION) and row.get("verdict_id") in self.verdict_map:
            row = {**row, "verdict_id": self.verdict_map[row["verdict_id"]]}  # same label, my id
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
            for kind in KINDS:
                if kind.parent is None or kind.parent_column is None:
                    continue
                for item_id, row in side.rows[kind.name].items():
                    parent = row[kind.parent_column]
                    if which == 1 and kind is CLAIM:
                        parent = self.article_map.get(parent, parent)
                    index[(kind.parent, parent)].append((kind.name, item_id))
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
        """A verdict they deleted that my claims still use is kept, as a conflict; a verdict
        I deleted that their incoming claims use comes back with them."""
        used = {r["verdict_id"] for r in self.mine.rows["claim"].values()}
        used |= {r["verdict_id"] for r, _ in self.plan.upserts.get("claim", ())}
        for verdict_id in [v for v in self.plan.deletes.get("verdict", []) if v in used]:
            self._undo_verdict_deletion(verdict_id)
        have = set(self.mine.rows["verdict"]) - set(self.plan.deletes.get("verdict", []))
        have |= {r["id"] for r, _ in self.plan.upserts.get("verdict", ())}
        for row, _ in list(self.plan.upserts.get("claim", ())):
            wanted = row["verdict_id"]
            if wanted and wanted not in have and wanted in self.theirs.rows["verdict"]:
                rev = self.theirs.revs["verdict"].get(wanted, "")
                self._take(VERDICT, self.theirs.rows["verdict"][wanted], rev, "added")
                have.add(wanted)

    def _undo_verdict_deletion(self, verdict_id: str) -> None:
        """Keep a verdict their deletion would remove, and record the clash as a conflict."""
        self.plan.deletes["verdict"].remove(verdict_id)
        self.plan.tombs = [
            t
            for t in self.plan.tombs
            if not (t["kind"] == "verdict" and t["item_id"] == verdict_id)
        ]
        self.plan.log.remove(("verdict", verdict_id, "deleted"))
        self.report.counts["verdict"]["deleted"] -= 1
        tomb = self.theirs.tombs["verdict"][verdict_id]
        mine = self.mine.rows["verdict"][verdict_id]
        mine_rev = self.mine.revs["verdict"].get(verdict_id, "")
        self._conflict(VERDICT, verdict_id, mine, None, mine_rev, tomb["rev"])

    def _plan_kind(self, kind: ItemKind) -> None:
        name = kind.name
        mine_rows = self.mine.rows[name]
        mapped: dict[str, str] = {}
        if kind is ARTICLE:
            mapped = self.article_map
        elif kind is VERDICT:
            mapped = self.verdict_map
        their_ids = [i for i in self.theirs.rows[name] if i not in mapped]
        ids = dict.fromkeys(mine_rows)
        ids.update(dict.fromkeys(their_ids))
        ids.update(dict.fromkeys(i for i in self.theirs.tombs[name] if i not in mapped))
        final = set(mine_rows)
        self.final[name] = final
        for item_id in ids:
            self._plan_item(kind, item_id, final)

    def _parent_ok(self, kind: ItemKind, row: Row) -> bool:
        if kind.parent is None or kind.parent_column is None:
            return True
        return row[kind.parent_column] in self.final[kind.parent]

    def _parent_forced(self, kind: ItemKind, row: Row) -> bool:
        if kind.parent is None or kind.parent_column is None:
            return False
        return (kind.parent, row[kind.parent_column]) in self.forced

    def _plan_item(self, kind: ItemKind, item_id: str, final: set[str]) -> None:
        """Decide one item, by who has it: both sides, only they, only I, or neither."""
        name = kind.name
        mine = self.mine.rows[name].get(item_id)
        theirs = self._their_row(kind, item_id) if item_id in self.theirs.rows[name] else None
        if mine is not None and theirs is not None:
            self._plan_both(kind, item_id, mine, theirs)
        elif theirs is not None:
            self._plan_theirs_only(kind, item_id, theirs, final)
        elif mine is not None:
            self._plan_mine_only(kind, item_id, mine, final)
        else:
            tomb = self.theirs.tombs[name].get(item_id)
            if tomb is not None and item_id not in self.mine.tombs[name]:
                self.plan.tombs.append(tomb)  # pass the deletion on to whoever merges from me

    def _plan_both(self, kind: ItemKind, item_id: str, mine: Row, theirs: Row) -> None:
        """Both sides have it: the one that descends from the other wins, else a conflict."""
        name = kind.name
        mine_rev = self.mine.revs[name].get(item_id, "")
        their_rev = self.theirs.revs[name].get(item_id, "")
        if mine_rev == their_rev:
            self.report.count(name, "unchanged")
        elif _substance(mine) == _substance(theirs):
            if _later(mine, mine_rev, theirs, their_rev):
                self.plan.upserts[name].append((theirs, their_rev))
            self.report.count(name, "unchanged")
        elif their_rev in self.mine.hist(name, item_id):
            self.report.count(name, "unchanged")
        elif mine_rev in self.theirs.hist(name, item_id):
            self._take(kind, theirs, their_rev, "updated")
        else:
            if _later(mine, mine_rev, theirs, their_rev):
                self._take(kind, theirs, their_rev, None)
            self._conflict(kind, item_id, mine, theirs, mine_rev, their_rev)

    def _plan_theirs_only(self, kind: ItemKind, item_id: str, theirs: Row, final: set[str]) -> None:
        """I do not have it: new to me, deleted by me (and whether they changed it since)."""
        name = kind.name
        their_rev = self.theirs.revs[name].get(item_id, "")
        tomb = self.mine.tombs[name].get(item_id)
        covered = tomb is not None and their_rev in self.mine.hist(name, item_id)
        if not self._parent_ok(kind, theirs):
            if covered:
                self.report.count(name, "unchanged")  # deleted here together with its parent
            else:
                self.report.skipped += 1
            return
        if tomb is None:
            self._take(kind, theirs, their_rev, "added")
            final.add(item_id)
        elif self._parent_forced(kind, theirs):
            self._take(kind, theirs, their_rev, "added")
            final.add(item_id)
            self.forced.add((name, item_id))
        elif covered and not self._novel_below(self.theirs, 1, self.mine, name, item_id):
            self.report.count(name, "unchanged")  # stays deleted
        else:  # they changed it after the version I deleted: keep it, flag it
            self._take(kind, theirs, their_rev, None)
            final.add(item_id)
            self.forced.add((name, item_id))
            self._conflict(kind, item_id, None, theirs, tomb["rev"], their_rev)

    def _plan_mine_only(self, kind: ItemKind, item_id: str, mine: Row, final: set[str]) -> None:
        """They do not have it: if they deleted a version I had, delete it, else flag it."""
        name = kind.name
        tomb = self.theirs.tombs[name].get(item_id)
        if tomb is None:
            return
        mine_rev = self.mine.revs[name].get(item_id, "")
        if self._parent_forced(kind, mine):
            self.forced.add((name, item_id))
        elif not self._parent_ok(kind, mine):
            final.discard(item_id)  # goes with its parent
        elif mine_rev in self.theirs.hist(name, item_id) and not self._novel_below(
            self.mine, 0, self.theirs, name, item_id
        ):
            self.plan.deletes[name].append(item_id)
            self.plan.tombs.append(tomb)
            self.plan.log.append((name, item_id, "deleted"))
            final.discard(item_id)
            self.report.count(name, "deleted")
        else:
            self.forced.add((name, item_id))
            self._conflict(kind, item_id, mine, None, mine_rev, tomb["rev"])

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
