"""What the claims list filters and sorts by, computed once per claim instead of once per
comparison: the casefolded text the filter box searches and each column's sort key, kept per
claim id until the claim changes (or, for a column, until what it shows changes).

The filter itself is a few passes of list comprehensions over the rows in their current order,
narrowest test last; typing on at the end of the filter text tests only the rows shown already
(`ClaimFilter.narrows`)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from annotator.domain import Claim

SortKey = tuple[Any, ...]
TEXTS = "texts"  # not a column: the searched texts


@dataclass
class ClaimFilter:
    """What the claims list shows; empty fields match everything."""

    text: str = ""
    verdict_id: str | None = None  # "" means "unrated"
    status: str = ""
    author: str = ""
    tag: str = ""

    def is_empty(self) -> bool:
        return not (
            self.text or self.verdict_id is not None or self.status or self.author or self.tag
        )

    def matches(self, claim: Claim, author: str | None = None) -> bool:
        """`author`: the claim's author as shown (default: the stored name)."""
        shown = claim.author if author is None else author
        table = ClaimTable()
        return bool(matching(table.load([claim]), self, table, lambda _: shown))

    def narrows(self, previous: ClaimFilter) -> bool:
        """True when every claim this filter lets through `previous` let through too: the
        same choices, and a text that contains the previous one (typing on)."""
        return (self.verdict_id, self.status, self.author, self.tag) == (
            previous.verdict_id,
            previous.status,
            previous.author,
            previous.tag,
        ) and previous.text.casefold() in self.text.casefold()


def searched_text(claim: Claim) -> str:
    """The casefolded text the filter box searches: quote, claim as checked, claimant and
    explanation, one per line."""
    return "\n".join(_searched_fields(claim)).casefold()


def _searched_fields(claim: Claim) -> tuple[str, str, str, str]:
    return (claim.exact, claim.claim_reviewed, claim.claimant, claim.explanation)


def matching(
    slots: list[int],
    claim_filter: ClaimFilter,
    table: ClaimTable,
    person_name: Callable[[Claim], str],
) -> list[int]:
    """The slots of `table` whose claims `claim_filter` lets through, in their order.
    `person_name(claim)` is the claim's author as shown, which depends only on the claim's
    author id and stored name (asked once per different pair)."""
    rows, wanted, claims = slots, claim_filter, table.claims
    if wanted.verdict_id is not None:
        rows = [s for s in rows if (claims[s].verdict_id or "") == wanted.verdict_id]
    if wanted.status:
        rows = [s for s in rows if claims[s].status == wanted.status]
    if wanted.author:
        names: dict[tuple[str, str], str] = {}
        rows = [s for s in rows if _name(claims[s], names, person_name) == wanted.author]
    if wanted.tag:
        tag = wanted.tag.casefold()
        rows = [s for s in rows if any(t.casefold() == tag for t in claims[s].tags)]
    if wanted.text:
        needle, texts = wanted.text.casefold(), table.texts
        table.prepare_texts()
        rows = [s for s in rows if needle in texts[s]]  # type: ignore[operator]
    return rows if rows is not slots else list(slots)


def _name(
    claim: Claim, names: dict[tuple[str, str], str], person_name: Callable[[Claim], str]
) -> str:
    pair = (claim.author_id, claim.author)
    name = names.get(pair)
    if name is None:
        name = names[pair] = person_name(claim)
    return name


class ClaimTable:
    """The claims in slots (a slot a claim, kept while the claim is listed, so the lists of
    rows are lists of small ints and what is made per claim sits in lists beside them): its
    searched text and its sort key for each column asked for, made when first needed and
    forgotten when the claim changes. A removed claim's slot stays empty until `load`."""

    def __init__(self) -> None:
        self.claims: list[Claim] = []
        self.slot_of: dict[str, int] = {}
        self.texts: list[str | None] = []
        self._keys: dict[Hashable, list[SortKey | None]] = {}
        self._complete: set[Hashable] = set()  # key columns (and TEXTS) with nothing to make
        self._ranks: dict[Hashable, list[int]] = {}  # per column: a key's place among all keys

    def load(self, claims: list[Claim]) -> list[int]:
        """Start again with `claims` (one slot each; a repeated id keeps its last claim);
        returns their slots in their order."""
        self.slot_of = {}
        self.claims = []
        for claim in claims:
            slot = self.slot_of.get(claim.id)
            if slot is None:
                self.slot_of[claim.id] = len(self.claims)
                self.claims.append(claim)
            else:
                self.claims[slot] = claim
        self.texts = [None] * len(self.claims)
        self._keys = {}
        self._complete = set()
        self._ranks = {}
        return list(range(len(self.claims)))

    def put(self, claim: Claim) -> int:
        """Add `claim` or replace the claim of its id; returns its slot."""
        slot = self.slot_of.get(claim.id)
        if slot is None:
            slot = self.slot_of[claim.id] = len(self.claims)
            self.claims.append(claim)
            self.texts.append(None)
            for keys in self._keys.values():
                keys.append(None)
            self._complete.clear()
            self._ranks.clear()
            return slot
        self.claims[slot] = claim
        self._forget(slot)
        return slot

    def drop(self, claim_id: str) -> int | None:
        """Empty the claim's slot; returns it (None if the id is not here)."""
        slot = self.slot_of.pop(claim_id, None)
        if slot is not None:  # never asked for again: nothing left to make
            self.texts[slot] = ""
            for keys in self._keys.values():
                keys[slot] = ()
        return slot

    def _forget(self, slot: int) -> None:
        self.texts[slot] = None
        for keys in self._keys.values():
            keys[slot] = None
        self._complete.clear()
        self._ranks.clear()

    def live(self) -> list[Claim]:
        """Every claim held, in the order they came."""
        return [self.claims[s] for s in sorted(self.slot_of.values())]

    def forget_column(self, column: Hashable) -> None:
        """What a column sorts by changed for every claim (e.g. the comment counts)."""
        self._keys.pop(column, None)
        self._complete.discard(column)
        self._ranks.pop(column, None)

    def prepare_texts(self) -> None:
        """Make the searched text of every claim that has none yet (casefolded one claim at
        a time: most claims are ASCII, which casefolds fast, and one long string with a single
        accent in it would not)."""
        if TEXTS in self._complete:
            return
        texts, claims = self.texts, self.claims
        for slot in _missing(texts):
            texts[slot] = searched_text(claims[slot])
        self._complete.add(TEXTS)

    def keys(self, column: Hashable, make: Callable[[Claim], SortKey]) -> list[SortKey]:
        """The column's keys by slot, made for the claims that have none yet."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [None] * len(self.claims)
        if column not in self._complete:
            claims = self.claims
            for s in _missing(keys):
                keys[s] = make(claims[s])
            self._complete.add(column)
        return keys  # type: ignore[return-value]

    def sorted(
        self,
        column: Hashable,
        slots: list[int],
        make: Callable[[Claim], SortKey],
        *,
        descending: bool,
    ) -> list[int]:
        """`slots` (every claim's) stably sorted by their claims' keys for `column`: equal
        keys keep their order in `slots`. The keys are compared once per column until a claim
        changes, giving each its rank; sorting is then by small ints, and a list sorted
        already, either way round, takes one pass (Python's sort finds the runs)."""
        ranks = self._ranks.get(column)
        if ranks is None:
            ranks = self._ranks[column] = self._ranked(self.keys(column, make), slots)
        return sorted(slots, key=ranks.__getitem__, reverse=descending)

    def _ranked(self, keys: list[SortKey], slots: list[int]) -> list[int]:
        """Per slot: 1 + how many different keys of `slots` are smaller than its key."""
        ranks = [0] * len(self.claims)
        rank, previous = 0, None
        for slot in sorted(slots, key=keys.__getitem__):
            key = keys[slot]
            if key != previous:
                rank, previous = rank + 1, key
            ranks[slot] = rank
        return ranks


def _missing(values: list[Any]) -> list[int]:
    """The positions of None in `values` (found by C's scan, not a Python loop)."""
    found, position = [], 0
    index = values.index
    try:
        while True:
            position = index(None, position)
            found.append(position)
            position += 1
    except ValueError:
        return found
