"""What the claims list filters and sorts by, computed once per claim instead of once per
comparison: the casefolded text the filter box searches, and per column the sort keys, the
claims in key order and their ranks (ColumnOrder), kept across edits: a changed claim's own
are made again and it is placed among the others (or, for a column, all made again when what
it shows changes for every claim).

The filter itself is a few passes of list comprehensions over the rows in their current order,
narrowest test last; typing on at the end of the filter text tests only the rows shown already
(`ClaimFilter.narrows`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from itertools import compress, repeat
from operator import eq
from typing import Any

from annotator.domain import Claim

SortKey = tuple[Any, ...]
KeyMaker = Callable[[list[Claim]], list[SortKey]]
"""The sort keys of a column for a list of claims (one call per batch, not per claim)."""
RANK_GAP = 1 << 20  # the room left between the ranks of neighbouring keys


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
    explanation, one per line (casefolded one claim at a time: most claims are ASCII, which
    casefolds fast, and one long string with a single accent in it would not)."""
    return searched_texts([claim])[0]


def searched_texts(claims: list[Claim]) -> list[str]:
    """`searched_text` of each claim (one comprehension: no call per claim)."""
    return [
        "\n".join((c.exact, c.claim_reviewed, c.claimant, c.explanation)).casefold()
        for c in claims
    ]


def folded_quote(claim: Claim, text: str) -> str:
    """`claim.exact.casefold()`, the start of its searched `text` (an ASCII quote keeps its
    length casefolded: a slice, not a second casefold)."""
    exact = claim.exact
    return text[: len(exact)] if exact.isascii() else exact.casefold()


def middle_cut(text: str, limit: int) -> str:
    """`text`, or its start and end around "…" when longer than `limit` characters."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half].rstrip()}…{text[len(text) - half :].lstrip()}"


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
        rows = [s for s in rows if author_name(claims[s], names, person_name) == wanted.author]
    if wanted.tag:
        tag = wanted.tag.casefold()
        rows = [s for s in rows if any(t.casefold() == tag for t in claims[s].tags)]
    if wanted.text:
        needle, texts = wanted.text.casefold(), table.texts
        table.prepare_texts()
        rows = [s for s in rows if needle in texts[s]]  # type: ignore[operator]
    return rows if rows is not slots else list(slots)


def author_name(
    claim: Claim, names: dict[tuple[str, str], str], person_name: Callable[[Claim], str]
) -> str:
    pair = (claim.author_id, claim.author)
    name = names.get(pair)
    if name is None:
        name = names[pair] = person_name(claim)
    return name


class JoinedKeys:
    """A column's keys by slot as `(first, *base key)`, made when read (a binary search reads
    a few): only the first elements are stored, so a column built from the base's order
    makes no tuple per claim. A slot's base key must not change while the slot is placed
    here (ClaimTable takes a changed claim out of the other columns before the base)."""

    __slots__ = ("base", "firsts")

    def __init__(self, firsts: list[Any], base: list[SortKey | None]) -> None:
        self.firsts, self.base = firsts, base

    def __getitem__(self, slot: int) -> SortKey | None:
        first = self.firsts[slot]
        return None if first is None else (first, *self.base[slot])  # type: ignore[misc]

    def __setitem__(self, slot: int, key: SortKey | None) -> None:
        self.firsts[slot] = None if key is None else key[0]

    def __len__(self) -> int:
        return len(self.firsts)

    def append(self, key: SortKey | None) -> None:
        self.firsts.append(None if key is None else key[0])


class ColumnOrder:
    """One column's sort keys and the claims' slots in key order, kept across edits: a
    changed claim leaves the order and is placed again by a binary search, so a sort after an
    edit is the kept order at once. Ranks (ints in key order, equal keys equal, spaced
    `RANK_GAP` apart, for a sort of a list that holds only some claims) are made when first
    asked for and then kept through edits: a placed claim's rank goes between its
    neighbours' (theirs when its key equals one); when two neighbours have no room between
    them, the ranks are numbered again in one pass over the order."""

    __slots__ = ("_ranks", "keys", "order", "pending", "ties")

    def __init__(self, size: int) -> None:
        self.keys: list[SortKey | None] | JoinedKeys = [None] * size
        self._ranks: list[int] | None = None  # made when first asked for (`ranks`)
        self.order: list[int] = []  # placed slots, ascending by key
        self.pending: set[int] = set()  # slots without a key yet (new or changed claims)
        self.ties = False  # whether two claims may have equal keys (False: they have not)

    def build(self, live: list[int], keys: list[SortKey | None]) -> None:
        """Every slot of `live` placed at once, `keys` being their keys by slot."""
        self.keys, self.pending, self._ranks = keys, set(), None
        self.order = sorted(live, key=keys.__getitem__)  # type: ignore[arg-type]
        ordered = list(map(keys.__getitem__, self.order))
        self.ties = any(map(eq, ordered[1:], ordered))

    def build_from(self, order: list[int], keys: JoinedKeys) -> None:
        """Every slot of `order` placed in that order, which is their (unique) keys' order."""
        self.keys, self.pending, self._ranks = keys, set(), None
        self.order, self.ties = order, False

    @property
    def ranks(self) -> list[int]:
        """Each slot's rank (0 for a slot not placed)."""
        if self._ranks is None:
            self._number()
        assert self._ranks is not None
        return self._ranks

    def _number(self) -> None:
        """Ranks by place in the order, then each key equal to the one before given its rank."""
        keys, order = self.keys, self.order
        rank_of = dict(zip(order, range(0, len(order) * RANK_GAP, RANK_GAP), strict=True))
        ordered = list(map(keys.__getitem__, order))
        equal = list(compress(range(1, len(order)), map(eq, ordered[1:], ordered)))
        for position in equal:  # in order: a run of equal keys takes its first one's rank
            rank_of[order[position]] = rank_of[order[position - 1]]
        self._ranks = list(map(rank_of.get, range(len(keys)), repeat(0)))
        self.ties = bool(equal)

    def in_order(self, slots: list[int], *, descending: bool) -> list[int]:
        """`slots` (every placed slot) as a stable sort by key would give them: the kept
        order (reversed for descending), each run of equal keys in its order in `slots`."""
        ordered = self.order[::-1] if descending else list(self.order)
        if not self.ties:
            return ordered
        ranks = list(map(self.ranks.__getitem__, ordered))
        equal = list(compress(range(1, len(ranks)), map(eq, ranks[1:], ranks)))
        if not equal:
            self.ties = False
            return ordered
        where = dict(zip(slots, range(len(slots)), strict=True))
        start = end = equal[0] - 1
        for position in (*equal, -1):  # runs of equal ranks, each put in the order of `slots`
            if position != end + 1:
                ordered[start : end + 1] = sorted(ordered[start : end + 1], key=where.__getitem__)
                start = position - 1
            end = position
        return ordered

    def add_slot(self) -> None:
        self.keys.append(None)
        if self._ranks is not None:
            self._ranks.append(0)
        self.pending.add(len(self.keys) - 1)

    def unplace(self, slot: int) -> None:
        """Take `slot` out of the order (its claim changed): it waits for a new key."""
        if slot in self.pending:
            return
        key, order, keys = self.keys[slot], self.order, self.keys
        position = bisect_left(order, key, key=keys.__getitem__)  # type: ignore[type-var]
        while order[position] != slot:  # among the slots of an equal key
            position += 1
        del order[position]
        keys[slot] = None
        self.pending.add(slot)

    def place(self, slots: list[int], made: list[SortKey]) -> None:
        """Put `slots` (pending) in the order with their newly made keys `made`."""
        keys, order = self.keys, self.order
        for slot, key in zip(slots, made, strict=True):
            self.pending.discard(slot)
            keys[slot] = key
            position = bisect_left(order, key, key=keys.__getitem__)  # type: ignore[arg-type]
            order.insert(position, slot)
            after = order[position + 1] if position + 1 < len(order) else None
            if after is not None and keys[after] == key:
                self.ties = True
            if self._ranks is not None:
                self._rank(position)

    def _rank(self, position: int) -> None:
        """The rank of the slot just placed at `position` of the order."""
        ranks, order, keys = self.ranks, self.order, self.keys
        slot = order[position]
        after = order[position + 1] if position + 1 < len(order) else None
        before = order[position - 1] if position else None
        if after is not None and keys[after] == keys[slot]:
            ranks[slot] = ranks[after]
        elif after is None:
            ranks[slot] = ranks[before] + RANK_GAP if before is not None else 0
        elif before is None:
            ranks[slot] = ranks[after] - RANK_GAP
        elif ranks[after] - ranks[before] < 2:  # no room left between them: number again
            self._number()
        else:
            ranks[slot] = (ranks[before] + ranks[after]) // 2


class ClaimTable:
    """The claims in slots (a slot a claim, kept while the claim is listed, so the lists of
    rows are lists of small ints and what is made per claim sits in lists beside them): its
    searched text, and per column asked for its sort key and rank (ColumnOrder), made when
    first needed; a claim's edit makes its own again. A removed claim's slot stays empty
    until `load`."""

    def __init__(self) -> None:
        self.claims: list[Claim] = []
        self.slot_of: dict[str, int] = {}
        self.texts: list[str | None] = []
        self.quotes: list[str | None] = []  # each quote casefolded, made with its text
        self._texts_missing = True  # some claim has no searched text yet
        self._texts_from = 0  # where `prepare_texts` goes on (those before are made)
        self._columns: dict[Hashable, ColumnOrder] = {}
        self._sorted_by: Hashable | None = None  # the column `sorted` last sorted by
        self.base: tuple[Hashable, KeyMaker] | None = None
        """A column and its key maker (the text order), whose keys are unique: when set, every
        other column's maker makes only the first element of its keys, which are
        `(first, *base key)`."""

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
        self.quotes = [None] * len(self.claims)
        self._texts_missing, self._texts_from = bool(self.claims), 0
        self._columns, self._sorted_by = {}, None
        return list(range(len(self.claims)))

    def put(self, claim: Claim) -> int:
        """Add `claim` or replace the claim of its id; returns its slot."""
        slot = self.slot_of.get(claim.id)
        self._texts_missing = True
        if slot is None:
            slot = self.slot_of[claim.id] = len(self.claims)
            self.claims.append(claim)
            self.texts.append(None)
            self.quotes.append(None)
            for column in self._columns.values():
                column.add_slot()
            return slot
        self.claims[slot] = claim
        self.texts[slot] = self.quotes[slot] = None
        for column in self._base_last():
            column.unplace(slot)
        return slot

    def _base_last(self) -> list[ColumnOrder]:
        """The columns, the base's last (the others read its keys to find a slot)."""
        base = self._columns.get(self.base[0]) if self.base is not None else None
        return [c for c in self._columns.values() if c is not base] + ([base] if base else [])

    def drop(self, claim_id: str) -> int | None:
        """Empty the claim's slot; returns it (None if the id is not here)."""
        slot = self.slot_of.pop(claim_id, None)
        if slot is not None:  # never asked for again: nothing left to make
            self.texts[slot] = self.quotes[slot] = ""
            for column in self._base_last():
                column.unplace(slot)
                column.pending.discard(slot)
        return slot

    def live(self) -> list[Claim]:
        """Every claim held, in the order they came."""
        return [self.claims[s] for s in sorted(self.slot_of.values())]

    def is_live(self, slot: int) -> bool:
        return self.slot_of.get(self.claims[slot].id) == slot

    def forget_column(self, column: Hashable) -> None:
        """What a column sorts by changed for every claim (e.g. the verdicts' order); the
        base's: every column's keys (they hold it)."""
        if self.base is not None and column == self.base[0]:
            self._columns.clear()
        self._columns.pop(column, None)

    def changed(self, column: Hashable, slots: Iterable[int]) -> None:
        """What `column` sorts by changed for the claims of `slots` (e.g. comment counts)."""
        order = self._columns.get(column)
        if order is not None:
            for slot in slots:
                if self.is_live(slot):
                    order.unplace(slot)

    def prepare_texts(self, limit: int | None = None) -> bool:
        """Make the searched texts of the claims that have none yet (at most `limit` of
        them, in slot order, the rest at the next call); True if some are still missing."""
        if not self._texts_missing:
            return False
        texts, claims, start = self.texts, self.claims, self._texts_from
        end = len(texts) if limit is None else min(len(texts), start + limit)
        if texts[start:end].count(None) == end - start:  # after a load: a block at once
            texts[start:end] = made = searched_texts(claims[start:end])  # in place: `matching`
            self.quotes[start:end] = map(folded_quote, claims[start:end], made)  # holds it
        else:
            self._make_texts([s for s in range(start, end) if texts[s] is None])
        self._texts_from = end
        if end < len(texts):
            return True
        self._make_texts(_missing(texts))  # claims changed or added since
        self._texts_missing = False
        return False

    def _make_texts(self, slots: list[int]) -> None:
        for slot in slots:
            claim = self.claims[slot]
            text = self.texts[slot] = searched_text(claim)
            self.quotes[slot] = folded_quote(claim, text)

    def folded_quotes(self) -> list[str | None]:
        """Every claim's quote casefolded, by slot ("" for an empty slot): made with the
        searched texts, after a load while the window is idle."""
        self.prepare_texts()
        return self.quotes

    def keys(self, column: Hashable, make: KeyMaker) -> list[SortKey]:
        """The column's keys by slot (made for the claims that have none yet)."""
        return self._column(column, make).keys  # type: ignore[return-value]

    def _column(self, column: Hashable, make: KeyMaker) -> ColumnOrder:
        order = self._columns.get(column)
        if self.base is not None and column != self.base[0]:
            return self._column_after_base(order, column, make)
        claims = self.claims
        if order is None:  # every live claim's key made and ordered
            order = self._columns[column] = ColumnOrder(len(claims))
            live, keys = self._made(make)
            order.build(live, keys)
        elif order.pending:  # new or changed claims placed among the others
            pending = sorted(order.pending)
            order.place(pending, make([claims[s] for s in pending]))
        return order

    def _made(self, make: KeyMaker) -> tuple[list[int], list[Any]]:
        """The live slots and, by slot, what `make` makes for their claims (None: no claim)."""
        claims = self.claims
        if len(self.slot_of) == len(claims):
            return list(range(len(claims))), list(make(claims))
        live, made = sorted(self.slot_of.values()), list[Any]([None] * len(claims))
        for slot, value in zip(live, make([claims[s] for s in live]), strict=True):
            made[slot] = value
        return live, made

    def _column_after_base(
        self, order: ColumnOrder | None, column: Hashable, make: KeyMaker
    ) -> ColumnOrder:
        """A column whose keys are `(first, *base key)`, `make` making the first elements:
        its order a sort of the base's order by them alone (stable: ints or strings compared
        at C speed, not key tuples), its keys unique as the base's are."""
        base = self._column(*self.base)  # type: ignore[misc]  # every live claim placed
        claims, base_keys = self.claims, base.keys
        if order is None:
            order = self._columns[column] = ColumnOrder(len(claims))
            live, firsts = self._made(make)
            ordered = sorted(base.order, key=firsts.__getitem__)
            order.build_from(ordered, JoinedKeys(firsts, base_keys))  # type: ignore[arg-type]
        elif order.pending:
            pending = sorted(order.pending)
            made = make([claims[s] for s in pending])
            order.place(pending, [(f, *base_keys[s]) for s, f in zip(pending, made, strict=True)])  # type: ignore[misc]
        return order

    def sorted(
        self, column: Hashable, slots: list[int], make: KeyMaker, *, descending: bool
    ) -> list[int]:
        """`slots` (every claim's, in the list's order so far) stably sorted by their claims'
        keys for `column`: equal keys keep their order in `slots`. Every claim's: the kept
        key order, either way round (with runs of equal keys put back in the order of
        `slots`, or, by the same column again, a sort by the ranks of a list in order
        already, which Python's sort does in one pass); not every claim: a sort by the ranks."""
        order = self._column(column, make)
        resorted, self._sorted_by = column == self._sorted_by, column
        every = len(slots) == len(order.order) == len(self.slot_of)
        if every and not (resorted and order.ties):
            return order.in_order(slots, descending=descending)
        return sorted(slots, key=order.ranks.__getitem__, reverse=descending)


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
