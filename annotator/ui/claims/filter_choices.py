"""The claims list's author and tag filter choices, made from the claims listed.

They are counted per claim (each claim's author, tags and claimant) and, after a burst of claim
edits, adjusted by the claims the change notices name only (`claim_edited`, then `settle`), so an
edit costs the same with 500 or 50,000 claims. The combo boxes are rebuilt only when the choices
differ from those shown: a new claim or a verdict change rarely brings a new author, tag or
claimant, and rebuilding them and refitting the name columns asks every claim for its author's
current name. Display names are asked once per distinct author at each settle, so a renamed
person (another's name saved in the file) is still seen.

A listed claim that brings a choice not counted yet (a new author, claimant or tag: the
session's first claim of its author) settles at once, while the list takes the claim in, so
the name columns are fitted before the list paints its new row, and it paints once, not again
after the deferred refresh at the columns' new widths."""

from __future__ import annotations

from collections import Counter
from itertools import chain

from annotator.domain import Claim
from annotator.ui.claims.claims_model import ClaimsModel
from annotator.ui.claims.claims_panel import ClaimsPanel

Choices = tuple[list[str], list[str], list[tuple[str, str]]]
Person = tuple[str, str]  # (author id, recorded name)


class FilterChoices:
    """Keeps the panel's author and tag filters (and the name columns' widths) up to date."""

    def __init__(self, model: ClaimsModel, panel: ClaimsPanel) -> None:
        self._model = model
        self._panel = panel
        self._shown: Choices | None = None
        self._counted: dict[str, Claim] = {}  # claim id -> the claim as counted (claims are
        # values: an edit makes a new Claim, so this one still says what it brought)
        self._authors: Counter[Person] = Counter()
        self._tags: Counter[str] = Counter()
        self._claimants: Counter[tuple[Person, str]] = Counter()
        self._edited: set[str] = set()
        self._sample: dict[Person, Claim] = {}  # a claim by each person (to ask their name)
        panel.name_pairs = lambda: self._shown[2] if self._shown is not None else []
        model.rowsInserted.connect(self._listed)  # emitted within the model's upsert
        model.dataChanged.connect(self._listed)

    def choices(self) -> Choices:
        """(authors to filter by, tags, every (author name, claimant) pair the columns fit)."""
        people = {p for p, n in self._authors.items() if n}
        people |= {p for (p, _), n in self._claimants.items() if n}
        name = self._model.person_name
        names = {p: name(self._sample[p]) for p in people}  # asked once per person
        return (
            sorted({names[p] for p, n in self._authors.items() if n}),
            sorted(t for t, n in self._tags.items() if n),
            sorted({(names[p], claimant) for (p, claimant), n in self._claimants.items() if n}),
        )

    def refresh(self, *, force: bool = True) -> None:
        """Count every listed claim again and rebuild the filters; unless `force`d (another
        article, another font), only when the choices changed. Counted in bulk (one pass per
        counter, nothing kept per claim but the claim itself): an article's opening pays it."""
        claims = self._model.all_claims()
        self._counted = {claim.id: claim for claim in claims}
        people = [(claim.author_id, claim.author) for claim in claims]
        self._sample = dict(zip(people, claims, strict=True))  # any claim of a person will do
        self._authors = Counter(person for person in people if person[0] or person[1])
        self._tags = Counter(chain.from_iterable(claim.tags for claim in claims))
        self._claimants = Counter(zip(people, (claim.claimant for claim in claims), strict=True))
        self._edited.clear()
        self._show(force=force)

    def claim_edited(self, claim_id: str | None) -> None:
        """A change notice named this claim (added, changed or removed; maybe not listed)."""
        if claim_id is not None:
            self._edited.add(claim_id)

    def _listed(self, *_args: object) -> None:
        """The model took in an edited claim: settle now if one brings a new choice."""
        if any(self._brings_new(claim_id) for claim_id in self._edited):
            self.settle()

    def _brings_new(self, claim_id: str) -> bool:
        claim = self._model.claim(claim_id)
        if claim is None or claim is self._counted.get(claim_id):
            return False
        person = (claim.author_id, claim.author)
        return (
            (bool(claim.author or claim.author_id) and self._authors[person] <= 0)
            or self._claimants[(person, claim.claimant)] <= 0
            or any(self._tags[tag] <= 0 for tag in claim.tags)
        )

    def settle(self) -> None:
        """After a burst of edits: adjust the counts by the claims named, as the claims list
        now has them, and rebuild the filters if the choices changed."""
        edited, self._edited = self._edited, set()
        for claim_id in edited:
            self._remove(claim_id)
            claim = self._model.claim(claim_id)
            if claim is not None:
                self._add(claim_id, claim)
        self._show(force=False)

    def _show(self, *, force: bool) -> None:
        choices = self.choices()
        if force or choices != self._shown:
            self._shown = choices
            self._panel.set_people_and_tags(choices[0], choices[1])

    def _add(self, claim_id: str, claim: Claim) -> None:
        self._counted[claim_id] = claim
        person = (claim.author_id, claim.author)
        self._sample.setdefault(person, claim)
        if claim.author or claim.author_id:
            self._authors[person] += 1
        self._tags.update(claim.tags)
        self._claimants[(person, claim.claimant)] += 1

    def _remove(self, claim_id: str) -> None:
        claim = self._counted.pop(claim_id, None)
        if claim is None:
            return
        person = (claim.author_id, claim.author)
        if claim.author or claim.author_id:
            self._authors[person] -= 1
        self._tags.subtract(claim.tags)
        self._claimants[(person, claim.claimant)] -= 1
