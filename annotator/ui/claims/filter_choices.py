"""The claims list's author and tag filter choices, made from the claims listed.

After a burst of claim edits they are rebuilt only when they differ from those shown: a new
claim or a verdict change rarely brings a new author, tag or claimant, and rebuilding the combo
boxes and refitting the name columns asks every claim for its author's current name."""

from __future__ import annotations

from annotator.ui.claims.claims_model import ClaimsModel
from annotator.ui.claims.claims_panel import ClaimsPanel

Choices = tuple[list[str], list[str], list[tuple[str, str]]]


class FilterChoices:
    """Keeps the panel's author and tag filters (and the name columns' widths) up to date."""

    def __init__(self, model: ClaimsModel, panel: ClaimsPanel) -> None:
        self._model = model
        self._panel = panel
        self._shown: Choices | None = None

    def choices(self) -> Choices:
        """(authors to filter by, tags, every (author name, claimant) pair the columns fit)."""
        claims = self._model.all_claims()
        one_each = {(c.author_id, c.author, c.claimant): c for c in claims}  # names asked once
        name = self._model.person_name
        return (
            sorted({name(c) for c in one_each.values() if c.author or c.author_id}),
            sorted({t for c in claims for t in c.tags}),
            sorted({(name(c), c.claimant) for c in one_each.values()}),
        )

    def refresh(self, *, force: bool = True) -> None:
        """Rebuild the filters; unless `force`d (another article, another font), only when
        the choices changed."""
        choices = self.choices()
        if force or choices != self._shown:
            self._shown = choices
            self._panel.set_people_and_tags(choices[0], choices[1])
