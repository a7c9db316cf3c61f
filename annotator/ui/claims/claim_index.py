"""What the claims list filters and sorts by, computed once per claim instead of once per
comparison: the casefolded text the filter box searches and each column's sort key, kept per
claim id until the claim changes (or, for a column, until what it shows changes).

The filter itself is a few passes of list comprehensions over the rows in their current order,
narrowest test last; typing on at the end of the filter text tests only the rows shown already
(`ClaimFilter.narrows`)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from annotator.domain import Claim

SortKey = tuple[Any, ...]
SEPARATOR = "\x00"  # between claims in one casefold call; casefold never makes or drops it


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
        return bool(matching([claim], self, searched_text, lambda _: shown))

    def narrows(self, previous: ClaimFilter) -> bool:
        """True when every claim this filter lets through `previous` let through too: the
        same choices, and a text that contains the previous one (typing on)."""
        return (
            (self.verdict_id, self.status, self.author, self.tag)
            == (previous.verdict_id, previous.status, previous.author, previous.tag)
            and previous.text.casefold() in self.text.casefold()
        )


def searched_text(claim: Claim) -> str:
    """The casefolded text the filter box searches: quote, claim as checked, claimant and
    explanation, one per line."""
    return "\n".join(_searched_fields(claim)).casefold()


def _searched_fields(claim: Claim) -> tuple[str, str, str, str]:
    return (claim.exact, claim.claim_reviewed, claim.claimant, claim.explanation)


def matching(
    claims: list[Claim],
    claim_filter: ClaimFilter,
    text_of: Callable[[Claim], str],
    person_name: Callable[[Claim], str],
) -> list[Claim]:
    """The claims `claim_filter` lets through, in their order. `text_of(claim)` is the
    claim's `searched_text`; `person_name(claim)` its author as shown, which depends only on
    the claim's author id and stored name (asked once per different pair)."""
    rows, wanted = claims, claim_filter
    if wanted.verdict_id is not None:
        rows = [c for c in rows if (c.verdict_id or "") == wanted.verdict_id]
    if wanted.status:
        rows = [c for c in rows if c.status == wanted.status]
    if wanted.author:
        names: dict[tuple[str, str], str] = {}
        rows = [c for c in rows if _name(c, names, person_name) == wanted.author]
    if wanted.tag:
        tag = wanted.tag.casefold()
        rows = [c for c in rows if any(t.casefold() == tag for t in c.tags)]
    if wanted.text:
        needle = wanted.text.casefold()
        rows = [c for c in rows if needle in text_of(c)]
    return rows if rows is not claims else list(claims)


def _name(
    claim: Claim, names: dict[tuple[str, str], str], person_name: Callable[[Claim], str]
) -> str:
    pair = (claim.author_id, claim.author)
    name = names.get(pair)
    if name is None:
        name = names[pair] = person_name(claim)
    return name


class ClaimIndex:
    """Per claim id: its searched text and its sort key for each column asked for."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._keys: dict[Hashable, dict[str, SortKey]] = {}

    def clear(self) -> None:
        self._texts.clear()
        self._keys.clear()

    def forget(self, claim_id: str) -> None:
        """The claim changed or went: its text and keys are made again when next asked for."""
        self._texts.pop(claim_id, None)
        for keys in self._keys.values():
            keys.pop(claim_id, None)

    def forget_column(self, column: Hashable) -> None:
        """What a column sorts by changed for every claim (e.g. the comment counts)."""
        self._keys.pop(column, None)

    def text(self, claim: Claim) -> str:
        found = self._texts.get(claim.id)
        if found is None:
            found = self._texts[claim.id] = searched_text(claim)
        return found

    def prepare_texts(self, claims: Iterable[Claim]) -> None:
        """Make the searched text of every claim that has none yet, casefolding them together
        (one call into C for all of them rather than one a claim)."""
        missing = [c for c in claims if c.id not in self._texts]
        if not missing:
            return
        joined = SEPARATOR.join("\n".join(_searched_fields(c)) for c in missing)
        if joined.count(SEPARATOR) != len(missing) - 1:  # a field holds the separator itself
            self._texts.update((c.id, searched_text(c)) for c in missing)
            return
        self._texts.update(zip((c.id for c in missing), joined.casefold().split(SEPARATOR)))

    def key(self, column: Hashable, claim: Claim, make: Callable[[Claim], SortKey]) -> SortKey:
        keys = self._keys.setdefault(column, {})
        found = keys.get(claim.id)
        if found is None:
            found = keys[claim.id] = make(claim)
        return found

    def sorted(
        self,
        column: Hashable,
        claims: list[Claim],
        make: Callable[[Claim], SortKey],
        *,
        descending: bool,
    ) -> list[Claim]:
        """`claims` stably sorted by their keys for `column` (made for those that have none):
        claims with equal keys keep their order in `claims`. Sorting a list that is sorted
        already, either way round, takes one pass (Python's sort finds the runs)."""
        keys = self._keys.setdefault(column, {})
        missing = [c for c in claims if c.id not in keys]
        keys.update((c.id, make(c)) for c in missing)
        ranked = [keys[c.id] for c in claims]
        order = sorted(range(len(claims)), key=ranked.__getitem__, reverse=descending)
        return [claims[i] for i in order]
