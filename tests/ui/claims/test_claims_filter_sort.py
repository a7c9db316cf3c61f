"""The claims list's filter and sort (made from keys computed once per claim, picked from the
kept sort order, typing on testing only the rows shown) give exactly what filtering and sorting
every claim afresh gives, through random claims, typed prefixes, sorts and edits."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from annotator.domain import Claim, ReviewStatus, Verdict
from annotator.ui.claims.claims_model import (
    AUTHOR,
    CLAIM_ID_ROLE,
    CLAIMANT,
    COMMENTS,
    QUOTE,
    STATUS,
    VERDICT,
    ClaimFilter,
    ClaimsModel,
)

WORDS = [
    "Zürich", "zurich", "STRASSE", "straße", "Ελλάδα", "ελλαδα", "İstanbul", "Kyiv", "Київ",
    "budget", "Budget", "deficit", "inflation", "tariffs", "Ærø", "café", "CAFÉ", "ﬁnance",
]  # fmt: skip
NAMES = ["Ana", "ana", "Bo", "Zoë", "Øyvind", ""]
TAGS = ["economy", "Economy", "health", "ΥΓΕΙΑ"]
VERDICTS = [Verdict(id=f"v{i}", label=f"V{i}", colour="#000000", position=i) for i in range(3)]
BY_ID = {v.id: v for v in VERDICTS}
STATUSES = list(ReviewStatus)


def random_claim(rng: random.Random, number: int, start: int) -> Claim:
    def text(words: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(words))

    author = rng.choice(["Ana", "Bo", "Cy"])
    return Claim(
        id=f"claim-{number}",
        article_id="a",
        start=start,
        end=start + rng.randint(1, 50),
        exact=text(rng.randint(1, 6)),
        claim_reviewed=text(rng.randint(0, 3)),
        claimant=rng.choice(NAMES),
        explanation=text(rng.randint(0, 4)),
        verdict_id=rng.choice([None, *BY_ID]),
        status=rng.choice(STATUSES),
        tags=rng.sample(TAGS, rng.randint(0, 2)),
        author=author,
        author_id=f"id-{author}",
        created=f"2026-01-{rng.randint(1, 28):02d}",
    )


def shown_name(claim: Claim) -> str:
    return {"id-Ana": "Ana Alvarez", "id-Bo": "Bo", "id-Cy": "Cy"}[claim.author_id]


def reference_key(claim: Claim, column: int, comments: dict[str, int]) -> tuple[object, ...]:
    """The sort keys as the list had them before keys were kept (made per comparison)."""
    if column == VERDICT:
        verdict = BY_ID.get(claim.verdict_id or "")
        return (verdict.position if verdict else 1_000, claim.start, claim.end)
    if column == QUOTE:
        return (claim.exact.casefold(), claim.start)
    if column == CLAIMANT:
        return (claim.claimant.casefold(), claim.start)
    if column == STATUS:
        return (list(ReviewStatus).index(claim.status), claim.start)
    if column == AUTHOR:
        return (shown_name(claim).casefold(), claim.start)
    if column == COMMENTS:
        return (comments.get(claim.id, 0), claim.start)
    return (claim.start, claim.end, claim.created, claim.id)


def reference_matches(wanted: ClaimFilter, claim: Claim) -> bool:
    """The filter as it was: every test on every claim, the text casefolded each time."""
    if wanted.verdict_id is not None and (claim.verdict_id or "") != wanted.verdict_id:
        return False
    if wanted.status and str(claim.status) != wanted.status:
        return False
    if wanted.author and shown_name(claim) != wanted.author:
        return False
    if wanted.tag and wanted.tag.casefold() not in (t.casefold() for t in claim.tags):
        return False
    texts = (claim.exact, claim.claim_reviewed, claim.claimant, claim.explanation)
    return wanted.text.casefold() in "\n".join(texts).casefold()


class Reference:
    """The claims in the order they came, filtered and sorted from scratch on every look."""

    def __init__(self) -> None:
        self.claims: dict[str, Claim] = {}
        self.filter = ClaimFilter()
        self.column, self.descending = -1, False
        self.comments: dict[str, int] = {}

    def ids(self) -> list[str]:
        rows = [c for c in self.claims.values() if reference_matches(self.filter, c)]
        rows.sort(key=lambda c: reference_key(c, self.column, self.comments))
        if self.descending:
            rows.reverse()  # starts are unique: no equal keys whose order reversing would change
        return [c.id for c in rows]


def model_ids(model: ClaimsModel) -> list[str]:
    return [model.index(row, QUOTE).data(CLAIM_ID_ROLE) for row in range(model.rowCount())]


def new_model() -> ClaimsModel:
    model = ClaimsModel(lambda claim: BY_ID.get(claim.verdict_id or ""))
    model.person_name = shown_name
    return model


def typed(rng: random.Random) -> list[str]:
    """A word (or two) of the claims typed one character at a time, in any case."""
    word = rng.choice(WORDS)
    if rng.random() < 0.3:
        word = f"{word} {rng.choice(WORDS)}"
    if rng.random() < 0.3:
        word = word.upper() if rng.random() < 0.5 else word.lower()
    return [word[:n] for n in range(1, len(word) + 1)]


def random_filter(rng: random.Random, text: str) -> ClaimFilter:
    return ClaimFilter(
        text=text,
        verdict_id=rng.choice([None, None, None, "", "v1"]),
        status=rng.choice(["", "", str(ReviewStatus.READY)]),
        author=rng.choice(["", "", "", "Ana Alvarez", "Bo"]),
        tag=rng.choice(["", "", "", "economy", "υγεια"]),
    )


@pytest.mark.parametrize("seed", range(6))
def test_filter_and_sort_equal_filtering_and_sorting_afresh(qapp, seed: int) -> None:  # noqa: ANN001
    rng = random.Random(seed)
    starts = iter(rng.sample(range(100_000), 2_000))
    claims = [random_claim(rng, n, next(starts)) for n in range(rng.randint(80, 200))]
    model, reference = new_model(), Reference()
    model.set_claims(claims)
    reference.claims = {c.id: c for c in claims}
    assert model_ids(model) == reference.ids()
    made = len(claims)
    for _step in range(25):
        choice = rng.random()
        if choice < 0.35:  # typing a word into the filter box, with or without other choices
            base = random_filter(rng, "") if rng.random() < 0.4 else ClaimFilter()
            for text in typed(rng):
                reference.filter = replace(base, text=text)
                model.set_filter(reference.filter)
                assert model_ids(model) == reference.ids(), text
        elif choice < 0.55:  # a header clicked
            reference.column = rng.choice([VERDICT, QUOTE, CLAIMANT, STATUS, AUTHOR, COMMENTS])
            reference.descending = rng.random() < 0.5
            model.sort(reference.column, model_order(reference))
        elif choice < 0.75:  # an edit (or a new claim, or one deleted) arrives as a notice
            made = random_edit(rng, model, reference, starts, made)
        elif choice < 0.85:
            reference.comments = {
                c: rng.randint(0, 3) for c in rng.sample(list(reference.claims), 5)
            }
            model.set_comment_counts(reference.comments)
            model.sort(reference.column, model_order(reference))  # counts resorted on a sort
        else:
            reference.filter = ClaimFilter()
            model.set_filter(reference.filter)
        assert model_ids(model) == reference.ids()
        assert [model.row_of(i) for i in reference.ids()] == list(range(len(reference.ids())))


def random_edit(
    rng: random.Random, model: ClaimsModel, reference: Reference, starts: Iterator[int], made: int
) -> int:
    """A claim deleted, added or edited (as its change notice tells the model); returns how
    many claims were made so far."""
    claim = rng.choice(list(reference.claims.values()))
    if rng.random() < 0.2:
        model.remove(claim.id)
        del reference.claims[claim.id]
        return made
    if rng.random() < 0.3:
        claim, made = random_claim(rng, made, next(starts)), made + 1
    else:
        fresh = random_claim(rng, 0, next(starts) if rng.random() < 0.3 else claim.start)
        fields = rng.sample(["exact", "claimant", "status", "verdict_id", "start"], 2)
        claim = replace(claim, **{f: getattr(fresh, f) for f in fields})
    model.upsert(claim)
    reference.claims[claim.id] = claim
    return made


def model_order(reference: Reference) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if reference.descending else Qt.SortOrder.AscendingOrder


def test_the_text_is_casefolded_not_stripped_of_accents(qapp) -> None:  # noqa: ANN001
    """Worked examples: casefold matches case and ß/ss, never an accent left off."""
    rng = random.Random(1)
    claims = [
        replace(random_claim(rng, 0, 0), exact="In Zürich", claim_reviewed="", explanation=""),
        replace(random_claim(rng, 1, 10), exact="Die Straße", claim_reviewed="", explanation=""),
        replace(random_claim(rng, 2, 20), exact="ΕΛΛΑΔΑ", claim_reviewed="", explanation=""),
    ]
    claims = [replace(c, claimant="") for c in claims]
    model = new_model()
    model.set_claims(claims)
    for text, expected in (
        ("zürich", ["claim-0"]), ("ZÜRICH", ["claim-0"]), ("zurich", []),
        ("strasse", ["claim-1"]), ("STRASS", ["claim-1"]), ("straße", ["claim-1"]),
        ("ελλαδα", ["claim-2"]), ("ελλάδα", []), ("", ["claim-0", "claim-1", "claim-2"]),
    ):  # fmt: skip
        model.set_filter(ClaimFilter(text=text))
        assert model_ids(model) == expected, text
