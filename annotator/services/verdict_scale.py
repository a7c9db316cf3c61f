"""The newsroom's verdict scale: add, rename, reorder, recolour, set values, retire, templates.

Every change writes the whole scale in one transaction and returns (before, after) so the
window's undo and the CLI use the same code. A verdict that claims use is never deleted:
it is retired (kept on those claims, shown as retired, no longer offered).
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable
from typing import Any

from annotator.domain import DEFAULT_SCALE, Verdict
from annotator.errors import ValidationError, msg
from annotator.services.project import ProjectService
from annotator.storage import verdict_store

Scale = list[Verdict]

TRANSLATION_CONTEXT = "VerdictScale"
"""The context scripts/translations.py files this module's `mark()`ed labels under; the window
and the command line look them up there (`i18n.translator`, `cli_language.translator`)."""


def mark(text: str) -> str:
    """A label for scripts/translations.py to find; returned unchanged (data stays English here)."""
    return text


def same(text: str) -> str:
    """The translation of an English interface: none."""
    return text


DEFAULT_LABELS = (mark("True"), mark("Mostly true"), mark("Half true"), mark("Mostly false"),
                  mark("False"), mark("Misleading"), mark("Unproven"))  # fmt: skip
"""DEFAULT_SCALE's labels, marked for translation (a test keeps them equal)."""

TEMPLATES: dict[str, tuple[tuple[str, str, int | None], ...]] = {
    "truth5": DEFAULT_SCALE,
    "politifact": (
        (mark("True"), "#2c7bb6", 6),
        (mark("Mostly true"), "#abd9e9", 5),
        (mark("Half true"), "#ffffbf", 4),
        (mark("Mostly false"), "#fdae61", 3),
        (mark("False"), "#d7191c", 2),
        (mark("Pants on Fire"), "#7f0000", 1),
    ),
    "meta": (
        (mark("False"), "#d7191c", None),
        (mark("Altered"), "#b2182b", None),
        (mark("Partly false"), "#fdae61", None),
        (mark("Missing context"), "#ffffbf", None),
        (mark("Satire"), "#984ea3", None),
        (mark("True"), "#2c7bb6", None),
    ),
}
"""Scales to start from: the five-step truth scale, PolitiFact's six steps, a
Meta-programme-style scale. Labels are English here; `apply_template` and `name_new_scale`
write them in the language of the `translate` they are given."""

TEMPLATE_LABELS = {
    "truth5": mark("Five-step truth scale"),
    "politifact": mark("PolitiFact (six steps)"),
    "meta": mark("Meta fact-checking programme"),
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


def apply_template(
    project: ProjectService, name: str, translate: Callable[[str], str] = same
) -> tuple[Scale, Scale]:
    """Start from a template, its labels in the language of `translate`: its verdicts in its
    order (a verdict labelled as the template's label, translated or English, keeps its id, so
    claims keep it); verdicts it lacks are removed, or retired when claims use them."""
    if name not in TEMPLATES:
        raise ValidationError(
            msg("Unknown scale template {name!r}; choose one of {choices}.", name=name,
                choices=', '.join(TEMPLATES))
        )
    current = {v.label.casefold(): v for v in project.verdicts()}
    used = usage(project)
    scale: Scale = []
    for english, colour, value in TEMPLATES[name]:
        label = translate(english)
        old = current.pop(label.casefold(), None) or current.pop(english.casefold(), None)
        scale.append(
            Verdict(
                id=old.id if old else str(uuid.uuid4()), label=label, colour=colour, value=value
            )
        )
    scale += [dataclasses.replace(v, retired=True) for v in current.values() if used.get(v.id)]
    return _change(project, scale)


def name_new_scale(project: ProjectService, translate: Callable[[str], str]) -> None:
    """Write the default scale of a project just created in the interface's language (the
    labels become the project's data: a colleague in another language sees them as written).
    Does nothing to a scale that is no longer exactly the English default."""
    verdicts = list(project.verdicts())
    if [v.label for v in verdicts] != [label for label, _, _ in DEFAULT_SCALE]:
        return
    renamed = [dataclasses.replace(v, label=translate(v.label).strip() or v.label)
               for v in verdicts]  # fmt: skip
    if renamed != verdicts:
        _check(renamed)
        put_scale(project, renamed)
