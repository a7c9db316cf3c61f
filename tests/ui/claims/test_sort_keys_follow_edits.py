"""The claims list's kept sort keys (each column's first elements, made once and joined to the
text order's keys when read, claim_index.JoinedKeys) follow every change: any sequence of
edits (quote, claimant, status, verdict, author, span), new and deleted claims, sorts either
way round, comment counts, a verdict scale reordered (`refresh_all`) and a blind rater's own
ratings (hidden verdicts never sort), with claims sharing starts and whole spans. After each
step the list equals the claims sorted afresh by `(first, start, end, created, id)`."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from annotator.domain import Claim, ReviewStatus, Verdict
from annotator.ui.claims.claims_model import (
    AUTHOR,
    CLAIMANT,
    COMMENTS,
    QUOTE,
    STATUS,
    VERDICT,
    ClaimsModel,
)

from .test_claims_filter_sort import model_ids, random_claim, shown_name

COLUMNS = [-1, VERDICT, QUOTE, CLAIMANT, STATUS, AUTHOR, COMMENTS]
STARTS = [0, 10, 10, 20, 30]  # few starts: equal starts and equal spans are common
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("sort"), st.integers(0, len(COLUMNS) - 1), st.booleans()),
        st.tuples(st.just("edit"), st.integers(0, 10_000), st.integers(0, 10_000)),
        st.tuples(st.just("add"), st.integers(0, 10_000), st.just(False)),
        st.tuples(st.just("remove"), st.integers(0, 10_000), st.just(False)),
        st.tuples(st.just("comments"), st.integers(0, 10_000), st.just(False)),
        st.tuples(st.just("scale"), st.integers(0, 10_000), st.just(False)),
        st.tuples(st.just("rate"), st.integers(0, 10_000), st.integers(0, 3)),
    ),
    min_size=1,
    max_size=30,
)


class Shown:
    """The verdicts as a window shows them: the scale's positions (which a scale edit
    reorders), and for hidden claims (a blind review) my own rating instead of theirs."""

    def __init__(self) -> None:
        self.scale = {f"v{i}": Verdict(f"v{i}", f"V{i}", "#000000", i) for i in range(3)}
        self.hidden: set[str] = set()
        self.ratings: dict[str, str | None] = {}

    def verdict(self, claim: Claim) -> Verdict | None:
        wanted = self.ratings.get(claim.id) if claim.id in self.hidden else claim.verdict_id
        return self.scale.get(wanted or "")

    def verdicts(self, claims: list[Claim]) -> list[Verdict | None]:
        return [self.verdict(c) for c in claims]


def first(claim: Claim, column: int, shown: Shown, comments: dict[str, int]) -> object:
    if column == VERDICT:
        verdict = shown.verdict(claim)
        return verdict.position if verdict else 1_000
    if column == QUOTE:
        return claim.exact.casefold()
    if column == CLAIMANT:
        return claim.claimant.casefold()
    if column == STATUS:
        return list(ReviewStatus).index(claim.status)
    if column == AUTHOR:
        return shown_name(claim).casefold()
    return comments.get(claim.id, 0)


def expected(
    claims: dict[str, Claim], column: int, descending: bool, shown: Shown, comments: dict[str, int]
) -> list[str]:
    def key(claim: Claim) -> tuple[object, ...]:
        text_order = (claim.start, claim.end, claim.created, claim.id)
        return text_order if column < 0 else (first(claim, column, shown, comments), *text_order)

    ordered = sorted(claims.values(), key=key, reverse=descending and column >= 0)
    return [c.id for c in ordered]


def edited(rng: random.Random, claim: Claim) -> Claim:
    fresh = random_claim(rng, 0, rng.choice(STARTS))
    fields = rng.sample(["exact", "claimant", "status", "verdict_id", "start", "author"], 2)
    changes = {f: getattr(fresh, f) for f in fields}
    if "author" in changes:
        changes["author_id"] = fresh.author_id
    if "start" in changes:
        changes["end"] = changes["start"] + rng.choice([1, 5])
    return replace(claim, **changes)


def sort_order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=OPERATIONS, seed=st.integers(0, 1_000))
def test_the_kept_keys_sort_as_keys_made_afresh(qapp, operations, seed: int) -> None:  # noqa: ANN001
    rng = random.Random(seed)
    shown, comments = Shown(), dict[str, int]()
    claims = {}
    for n in range(rng.randint(5, 25)):
        claim = random_claim(rng, n, rng.choice(STARTS))
        claims[claim.id] = replace(claim, end=claim.start + rng.choice([1, 5]))
    shown.hidden = {c for c in claims if rng.random() < 0.3}
    model = ClaimsModel(shown.verdict, shown.verdicts)
    model.person_name = shown_name
    model.set_claims(list(claims.values()))
    column, descending, made = -1, False, len(claims)
    for operation, a, b in operations:
        ids = sorted(claims)
        if operation == "sort":
            column, descending = COLUMNS[a], bool(b)
            model.sort(column, sort_order(descending))
        elif operation == "edit" and ids:
            claim = edited(random.Random(b), claims[ids[a % len(ids)]])
            claims[claim.id] = claim
            model.upsert(claim)
        elif operation == "add":
            claim = random_claim(random.Random(a), made, rng.choice(STARTS))
            claims[claim.id], made = claim, made + 1
            model.upsert(claim)
        elif operation == "remove" and ids:
            model.remove(claims.pop(ids[a % len(ids)]).id)
        elif operation == "comments" and ids:
            comments = {i: random.Random(a + n).randint(0, 2) for n, i in enumerate(ids[:6])}
            model.set_comment_counts(comments)
        elif operation == "scale":  # the scale reordered: every claim's verdict key changes
            positions = random.Random(a).sample(range(3), 3)
            shown.scale = {
                k: replace(v, position=p)
                for (k, v), p in zip(shown.scale.items(), positions, strict=True)
            }
            model.refresh_all()
        elif operation == "rate" and ids:  # my rating of a hidden claim: its notice follows
            claim_id = ids[a % len(ids)]
            shown.ratings[claim_id] = [None, "v0", "v1", "v2"][b]
            model.upsert(claims[claim_id])
        if operation in ("comments", "scale"):  # kept in place until the next sort
            model.sort(column, sort_order(descending))
        assert model_ids(model) == expected(claims, column, descending, shown, comments)
        assert [model.row_of(i) for i in model_ids(model)] == list(range(model.rowCount()))
