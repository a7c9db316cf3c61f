"""The newsroom's verdict scale: add, rename, reorder, recolour, set values, retire, templates.

Every change writes the whole scale in one transaction and returns (before, after) so the
window's undo and the CLI use the same code. A verdict that claims use is never deleted:
it is retired (kept on those claims, shown as retired, no longer offered).
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from typing import Any

from annotator.domain import DEFAULT_SCALE, Verdict
from annotator.errors import ValidationError, msg
from annotator.services.project import ProjectService
from annotator.storage import verdict_store

Scale = list[Verdict]

TEMPLATES: dict[str, tuple[tuple[str, str, int | None], ...]] = {
    "truth5": DEFAULT_SCALE,
    "politifact": (
        ("True", "#2c7bb6", 6),
        ("Mostly true", "#abd9e9", 5),
        ("Half true", "#ffffbf", 4),
        ("Mostly false", "#fdae61", 3),
        ("False", "#d7191c", 2),
        ("Pants on Fire", "#7f0000", 1),
    ),
    "meta": (
        ("False", "#d7191c", None),
        ("Altered", "#b2182b", None),
        ("Partly false", "#fdae61", None),
        ("Missing context", "#ffffbf", None),
        ("Satire", "#984ea3", None),
        ("True", "#2c7bb6", None),
    ),
}
"""Scales to start from: the five-step truth scale, PolitiFact's six steps, a
Meta-programme-style scale."""

TEMPLATE_LABELS = {
    "truth5": "Five-step truth scale",
    "politifact": "PolitiFact (six steps)",
    "meta": "Meta fact-checking programme",
}

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _rows(scale: Scale) -> list[dict[str, object]]:
    return [dataclasses.asdict(dataclasses.replace(v, position=i)) for i, v in enumerate(scale)]


def put_scale(project: ProjectService, scale: Scale) -> None:
    """Store `scale` exactly (used by edits, undo and redo) and tell the views."""
    with project.store.transaction():
        try:
            verdict_store.put_scale(project.store, _rows(scale))
        except ValueError as error:
            raise ValidationError(
                msg("A verdict that claims use cannot be removed; retire it instead.")
            ) from error
    project.reload()


def _change(project: ProjectService, after: Scale) -> tuple[Scale, Scale]:
    before = list(project.verdicts())
    _check(after)
    put_scale(project, after)
    return before, list(project.verdicts())


def _check(scale: Scale) -> None:
    seen: set[str] = set()
    for verdict in scale:
        label = verdict.label.strip()
        if not label:
            raise ValidationError(msg("A verdict needs a label."))
        if label.casefold() in seen:
            raise ValidationError(msg("There is already a verdict “{label}” on the scale.",
                                      label=label))
        seen.add(label.casefold())
        if not _COLOUR.match(verdict.colour):
            raise ValidationError(msg("A colour is written #rrggbb, not {colour!r}.",
                                      colour=verdict.colour))
        if verdict.value is not None and verdict.value < 1:
            raise ValidationError(
                msg("A verdict's numeric value is a whole number of at least 1 (or none).")
            )


def find(project: ProjectService, id_or_label: str) -> Verdict:
    found = project.verdict(id_or_label) or project.verdict_by_label(id_or_label)
    if found is None:
        raise ValidationError(msg("There is no verdict “{id_or_label}” on this project's scale.",
                                  id_or_label=id_or_label))
    return found


def parse_value(text: str | None) -> int | None:
    if text is None or str(text).strip() in ("", "none", "-"):
        return None
    try:
        return int(str(text).strip())
    except ValueError as error:
        raise ValidationError(
            msg("A verdict's numeric value is a whole number, not {text!r}.", text=text)
        ) from error


def add_verdict(
    project: ProjectService, label: str, colour: str = "#969696", value: int | None = None
) -> tuple[Scale, Scale]:
    new = Verdict(id=str(uuid.uuid4()), label=label.strip(), colour=colour, value=value)
    return _change(project, [*project.verdicts(), new])


def edit_verdict(
    project: ProjectService, id_or_label: str, **changes: object
) -> tuple[Scale, Scale]:
    """Rename (`label`), recolour (`colour`), set `value`, or `retired` True/False."""
    target = find(project, id_or_label)
    allowed = {"label", "colour", "value", "retired"}
    if set(changes) - allowed:
        raise ValueError(f"not verdict fields: {sorted(set(changes) - allowed)}")
    fields: dict[str, Any] = dict(changes)
    if "label" in fields:
        fields["label"] = str(fields["label"]).strip()
    after = [
        dataclasses.replace(v, **fields) if v.id == target.id else v for v in project.verdicts()
    ]
    return _change(project, after)


def move_verdict(project: ProjectService, id_or_label: str, position: int) -> tuple[Scale, Scale]:
    target = find(project, id_or_label)
    scale = [v for v in project.verdicts() if v.id != target.id]
    scale.insert(max(0, min(position, len(scale))), target)
    return _change(project, scale)


def remove_verdict(project: ProjectService, id_or_label: str) -> tuple[Scale, Scale]:
    """Delete an unused verdict, or retire one that claims use (they keep it)."""
    target = find(project, id_or_label)
    if verdict_store.claims_using(project.store).get(target.id):
        return edit_verdict(project, target.id, retired=True)
    return _change(project, [v for v in project.verdicts() if v.id != target.id])


def usage(project: ProjectService) -> dict[str, int]:
    """How many claims use each verdict (by id)."""
    return verdict_store.claims_using(project.store)


def apply_template(project: ProjectService, name: str) -> tuple[Scale, Scale]:
    """Start from a template: its verdicts in its order (same labels keep their ids, so claims
    keep them); verdicts it lacks are removed, or retired when claims use them."""
    if name not in TEMPLATES:
        raise ValidationError(
            msg("Unknown scale template {name!r}; choose one of {choices}.", name=name,
                choices=', '.join(TEMPLATES))
        )
    current = {v.label.casefold(): v for v in project.verdicts()}
    used = usage(project)
    scale: Scale = []
    for label, colour, value in TEMPLATES[name]:
        old = current.pop(label.casefold(), None)
        scale.append(
            Verdict(
                id=old.id if old else str(uuid.uuid4()), label=label, colour=colour, value=value
            )
        )
    scale += [dataclasses.replace(v, retired=True) for v in current.values() if used.get(v.id)]
    return _change(project, scale)
