"""Source kinds as project data: web page, document, dataset, interview... and a newsroom's own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.errors import ValidationError, msg
from annotator.storage import capture_store

if TYPE_CHECKING:
    from annotator.services.project import ProjectService

_KIND_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class SourceKind:
    id: str
    label: str
    url_required: bool
    fields: tuple[str, ...]  # the source fields that describe this kind (for forms)
    position: int = 0


def source_kinds(project: ProjectService) -> list[SourceKind]:
    return [
        SourceKind(k, label, req, tuple(fields.split()), pos)
        for k, label, req, fields, pos in capture_store.source_kinds(project.store)
    ]


def known_kind_ids(project: ProjectService) -> tuple[str, ...]:
    return tuple(k.id for k in source_kinds(project))


def kind_requires_url(project: ProjectService, kind_id: str) -> bool:
    """A URL is needed only for kinds that say so (web pages and the older evidence kinds)."""
    return next((k.url_required for k in source_kinds(project) if k.id == kind_id), True)


def add_source_kind(
    project: ProjectService,
    kind_id: str,
    label: str,
    *,
    url_required: bool = False,
    fields: str = "title",
) -> SourceKind:
    """A newsroom's own kind (e.g. 'court_filing'); ids are lower case letters, digits, _."""
    kind_id = kind_id.strip()
    if not _KIND_ID.match(kind_id):
        raise ValidationError(
            msg("A source kind's id is lower-case letters, digits and _, not {kind_id!r}.",
                kind_id=kind_id)
        )
    if kind_id in known_kind_ids(project):
        raise ValidationError(msg("There is already a source kind {kind_id!r}.", kind_id=kind_id))
    if not label.strip():
        raise ValidationError(msg("A source kind needs a label."))
    with project.store.transaction():
        capture_store.add_source_kind(project.store, kind_id, label.strip(), url_required, fields)
    return next(k for k in source_kinds(project) if k.id == kind_id)
