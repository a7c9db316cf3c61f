"""Sort ranks kept across edits (claim_index.ColumnOrder): a changed, added or removed claim
is placed among the ranks already made, and the ranks always order the claims as their keys
do (equal keys, equal ranks), through random edits, crowded neighbours and ties."""

from __future__ import annotations

import random
from dataclasses import replace

from PySide6.QtCore import Qt

from annotator.domain import Claim
from annotator.ui.claims.claim_index import RANK_GAP, ClaimTable, SortKey
from annotator.ui.claims.claims_model import CLAIMANT, COMMENTS, QUOTE, ClaimsModel

from .test_claims_filter_sort import BY_ID, model_ids, random_claim


def by_claimant(claims: list[Claim]) -> list[SortKey]:
    return [(c.claimant.casefold(),) for c in claims]  # few different keys: many ties


def by_start(claims: list[Claim]) -> list[SortKey]:
    return [(c.start,) for c in claims]


def assert_ranks_follow_keys(table: ClaimTable) -> None:
    slots = sorted(table.slot_of.values())
    keys = table.keys("claimant", by_claimant)
    ranks = table.sorted("claimant", slots, by_claimant, descending=False)
    assert [keys[s] for s in ranks] == sorted(keys[s] for s in slots)
    order = table._columns["claimant"]  # noqa: SLF001 - the ranks themselves
    for a in slots:
        for b in slots[:20]:
            assert (order.ranks[a] < order.ranks[b]) == (keys[a] < keys[b])
            assert (order.ranks[a] == order.ranks[b]) == (keys[a] == keys[b])


def test_ranks_follow_the_keys_through_edits_additions_and_removals() -> None:
    rng = random.Random(7)
    claims = [random_claim(rng, n, n * 10) for n in range(120)]
    table = ClaimTable()
    table.load(claims)
    assert_ranks_follow_keys(table)
    made = len(claims)
    for _step in range(300):
        live = [table.claims[s] for s in table.slot_of.values()]
        choice = rng.random()
        if choice < 0.15 and len(live) > 10:
            table.drop(rng.choice(live).id)
        elif choice < 0.35:
            table.put(random_claim(rng, made, made * 10))
            made += 1
        else:
            claim = rng.choice(live)
            table.put(replace(claim, claimant=rng.choice(["", "a", "b", "c", "Zoë", f"n{_step}"])))
        if rng.random() < 0.3:
            assert_ranks_follow_keys(table)
    assert_ranks_follow_keys(table)


def test_crowded_neighbours_are_numbered_again() -> None:
    """More claims placed between two keys than the gap between their ranks leaves room for."""
    claims = [replace(random_claim(random.Random(1), 0, 0), claimant="a")]
    claims.append(replace(claims[0], id="last", start=5, claimant="b"))
    table = ClaimTable()
    table.load(claims)
    table.keys("claimant", by_claimant)
    names = ["a" + "m" * n for n in range(1, RANK_GAP.bit_length() + 5)]  # each after the last
    for n, name in enumerate(names):
        table.put(replace(claims[0], id=f"between-{n}", start=10 + n, claimant=name))
        assert_ranks_follow_keys(table)


class CountingModel(ClaimsModel):
    """A ClaimsModel that records how many claims each batch of sort keys was made for."""

    def __init__(self) -> None:
        super().__init__(lambda claim: BY_ID.get(claim.verdict_id or ""))
        self.made: list[int] = []

    def _sort_keys(self, claims: list[Claim]) -> list[SortKey]:
        self.made.append(len(claims))
        return super()._sort_keys(claims)


def test_a_sort_after_an_edit_makes_only_the_edited_claims_key(qapp) -> None:  # noqa: ANN001
    rng = random.Random(3)
    claims = [random_claim(rng, n, n * 10) for n in range(200)]
    model = CountingModel()
    model.set_claims(claims)
    for column in (QUOTE, CLAIMANT, COMMENTS):
        model.sort(column)
    edited = replace(claims[17], exact="Aardvark first", claimant="Ωmega, last of all")
    model.upsert(edited)
    model.set_comment_counts({claims[40].id: 3})
    model.made.clear()
    model.sort(QUOTE)
    assert model_ids(model)[0] == edited.id
    model.sort(CLAIMANT, Qt.SortOrder.DescendingOrder)
    assert model_ids(model)[0] == edited.id
    model.sort(COMMENTS, Qt.SortOrder.DescendingOrder)
    assert model_ids(model)[0] == claims[40].id
    assert model.made == [1, 1, 1]  # per column: the one changed claim's key, placed by it


def test_equal_keys_keep_their_order_either_way_round() -> None:
    """A stable sort per key: claims of equal keys stay in the order they were in (the list's
    order before the click), ascending and descending, before and after edits."""
    rng = random.Random(11)
    claims = [random_claim(rng, n, n * 10) for n in range(80)]
    table = ClaimTable()
    table.load(claims)
    for step in range(4):
        slots = sorted(table.slot_of.values())
        rng.shuffle(slots)
        keys = table.keys("claimant", by_claimant)
        for descending, after_another in ((False, True), (True, True), (True, False)):
            if after_another:  # from another column's order (else: by the same again)
                table.sorted("start", slots, by_start, descending=False)
            expected = sorted(slots, key=keys.__getitem__, reverse=descending)
            assert table.sorted("claimant", slots, by_claimant, descending=descending) == expected
        table.put(replace(rng.choice(claims), claimant=rng.choice(["a", "b", f"new {step}"])))


def test_without_equal_keys_the_kept_order_is_the_sort(qapp) -> None:  # noqa: ANN001
    rng = random.Random(12)
    claims = [random_claim(rng, n, n * 10) for n in range(60)]
    table = ClaimTable()
    table.load(claims)

    def unique(batch: list[Claim]) -> list[SortKey]:
        return [(c.claimant.casefold(), c.start) for c in batch]

    slots = sorted(table.slot_of.values())
    rng.shuffle(slots)
    keys = table.keys("unique", unique)
    for descending in (False, True):
        expected = sorted(slots, key=keys.__getitem__, reverse=descending)
        assert table.sorted("unique", slots, unique, descending=descending) == expected
    table.put(replace(claims[5], claimant="Zed"))
    table.drop(claims[9].id)
    slots = list(table.slot_of.values())
    keys = table.keys("unique", unique)
    assert table.sorted("unique", slots, unique, descending=True) == sorted(
        slots, key=keys.__getitem__, reverse=True
    )
