"""Blind review in the Conflicts panel: a merge conflict must not show a colleague's judgement
of a passage I rate blind (their verdict, explanation, note, sources or comments), nor let me
resolve it from their version, until I reveal the article's verdicts."""

from __future__ import annotations

import dataclasses
from typing import Any

from annotator.services import ProjectService
from annotator.services.agreement import is_blind
from annotator.services.merge import ConflictView
from annotator.ui.common.i18n import mark, translator

tr = translator("review.blind_conflicts")

DELETED = mark("(deleted)")
HIDDEN = mark("(hidden while you rate this article blind)")
RESOLVE_LATER = mark(
    "This conflict holds a colleague's judgement of a passage you rate blind. "
    "Reveal their verdicts in the Review Dashboard first, then resolve it."
)
JUDGEMENT_FIELDS = {"claim": frozenset({"verdict_id", "explanation", "internal_note"})}
"""Fields of a claim that are judgement; every field of a source or a comment is judgement."""


def _values(side: Any) -> dict[str, Any] | None:
    if side is None:
        return None
    if dataclasses.is_dataclass(side) and not isinstance(side, type):
        return dataclasses.asdict(side)
    return dict(side)


def _article_of(service: ProjectService, view: ConflictView) -> str | None:
    for side in (_values(view.mine), _values(view.theirs)):
        if side is None:
            continue
        if view.kind == "claim":
            return str(side.get("article_id") or "") or None
        claim = service.find_claim(str(side.get("claim_id") or ""))
        if claim is not None:
            return claim.article_id
    return None


def hidden_sides(service: ProjectService, view: ConflictView) -> tuple[bool, bool]:
    """(mine hidden, theirs hidden): a side is hidden when I rate its article blind and that
    side's judgement is not wholly mine (someone else wrote it or last changed it)."""
    if view.kind not in ("claim", "source", "comment"):
        return False, False
    article_id = _article_of(service, view)
    if article_id is None or not is_blind(service, article_id):
        return False, False
    me, me_id = service.author, service.author_id

    def is_me(values: dict[str, Any], column: str, missing: bool) -> bool:
        """By person id where the side has one (two people may share my name), else by name."""
        person_id = values.get(f"{column}_id")
        if person_id:
            return bool(person_id == me_id)
        return bool(values[column] == me) if column in values else missing

    def not_mine(side: Any) -> bool:
        values = _values(side)
        if values is None:
            return False
        return not (is_me(values, "author", False) and is_me(values, "modified_by", True))

    return not_mine(view.mine), not_mine(view.theirs)


def is_hidden_field(kind: str, name: str) -> bool:
    """True if the field is judgement that a blind rater must not see."""
    fields = JUDGEMENT_FIELDS.get(kind)
    return True if fields is None else name in fields


def deleted_text() -> str:
    """What a deleted side of a conflict shows."""
    return tr(DELETED)


def resolve_later() -> str:
    return tr(RESOLVE_LATER)


def blinded_rows(
    service: ProjectService, view: ConflictView, rows: list[tuple[str, str, str]], names: list[str]
) -> list[tuple[str, str, str]]:
    """`rows` (label, mine, theirs), with the hidden sides' judgement replaced by HIDDEN;
    `names` are the field names of the rows, in order."""
    mine_hidden, theirs_hidden = hidden_sides(service, view)
    deleted = deleted_text()
    if not (mine_hidden or theirs_hidden):
        return rows
    blinded = []
    for (label, mine, theirs), name in zip(rows, names, strict=True):
        hide = is_hidden_field(view.kind, name)
        blinded.append((
            label,
            tr(HIDDEN) if hide and mine_hidden and mine != deleted else mine,
            tr(HIDDEN) if hide and theirs_hidden and theirs != deleted else theirs,
        ))  # fmt: skip
    return blinded
