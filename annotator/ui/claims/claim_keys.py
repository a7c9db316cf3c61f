"""What the claims list makes for many claims at once. What each column sorts by first: a
comprehension over the claims, not a call per claim, the verdicts shown asked for all at once
and each author's shown name once (the rest of every key is the text order's,
`ClaimTable.base`: ties fall back to where the claims are in the text). The status texts of a
screen of rows not shown before: one call (one query for their approvals)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from annotator.domain import Claim, ReviewStatus, Verdict
from annotator.ui.common.review_text import status_label

VERDICT, QUOTE, CLAIMANT, STATUS, AUTHOR, COMMENTS = range(6)  # the list's columns
STATUS_ORDER = {status: i for i, status in enumerate(ReviewStatus)}
UNRATED_LAST = 1_000  # the verdict position an unrated claim sorts by
STATUS_BATCH = 40  # rows whose status texts are made at once (a screen's worth and more)


def first_elements(
    column: int,
    claims: list[Claim],
    verdicts_of: Callable[[list[Claim]], list[Verdict | None]],
    person_name: Callable[[Claim], str],
    comment_counts: dict[str, int],
) -> list[Any]:
    """What each of `claims` sorts by first in `column`, or for column -1 (the text order)
    its whole key: (start, end, created, id)."""
    if column == VERDICT:
        return [v.position if v else UNRATED_LAST for v in verdicts_of(claims)]
    if column == QUOTE:
        return [c.exact.casefold() for c in claims]
    if column == CLAIMANT:
        return [c.claimant.casefold() for c in claims]
    if column == STATUS:
        order, last = STATUS_ORDER, len(STATUS_ORDER)
        return [order.get(c.status, last) for c in claims]
    if column == AUTHOR:
        names: dict[tuple[str, str], str] = {}  # asked once per (id, stored name)

        def folded(pair: tuple[str, str], claim: Claim) -> str:
            name = names[pair] = person_name(claim).casefold()
            return name

        return [names.get(pair := (c.author_id, c.author)) or folded(pair, c) for c in claims]
    if column == COMMENTS:
        return [comment_counts.get(c.id, 0) for c in claims]
    return [(c.start, c.end, c.created, c.id) for c in claims]


class KeptStatuses:
    """The status column's texts by slot, made a batch of rows at a time: `one(claim)` or
    `many(claims)` (at once) tell them; setting either forgets every text kept."""

    def __init__(self) -> None:
        self.one: Callable[[Claim], str] = lambda claim: status_label(claim.status)
        self.many: Callable[[list[Claim]], list[str]] = lambda claims: [
            status_label(c.status) for c in claims
        ]
        self.kept: dict[int, str] = {}

    def tell_one(self, one: Callable[[Claim], str]) -> None:
        self.one, self.many = one, lambda claims: list(map(one, claims))
        self.kept.clear()

    def tell_many(self, many: Callable[[list[Claim]], list[str]]) -> None:
        self.many = many
        self.kept.clear()

    def text(self, claim: Claim, slot: int, rows: list[int], row: int, claims: list[Claim]) -> str:
        """`claim`'s (in `slot`, -1: none; listed at `row` of `rows`, -1: not known); a miss
        at `row` makes the texts of the rows after it that have none yet (those a paint asks
        for next) with it, all at once."""
        shown = self.kept.get(slot)
        if shown is None:
            if slot < 0:
                return self.many([claim])[0]
            at_row = 0 <= row < len(rows) and rows[row] == slot
            batch = rows[row : row + STATUS_BATCH] if at_row else [slot]
            slots = [s for s in batch if s not in self.kept]
            self.kept.update(zip(slots, self.many([claims[s] for s in slots]), strict=True))
            shown = self.kept[slot]
        return shown
