"""People as identities: a stable id plus a display name that may change or be shared."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

LEGACY_NAMESPACE = uuid.UUID("3d0f7c55-8f55-4a43-9c5e-1f5a2b0a6e14")
"""Namespace of the ids given to names that had no identity (older files, `--author NAME`)."""


@dataclass(frozen=True)
class Person:
    id: str
    name: str


def legacy_person_id(name: str) -> str:
    """The id a bare name maps to: the same everywhere, so separately upgraded copies agree."""
    return str(uuid.uuid5(LEGACY_NAMESPACE, " ".join(name.split())))


def new_person_id() -> str:
    return str(uuid.uuid4())


def short_id(person_id: str) -> str:
    return person_id.replace("-", "")[:6]


def display_names(people: Iterable[Person]) -> dict[str, str]:
    """id -> the name to show; people sharing a display name get their short id appended."""
    people = list(people)
    counts: dict[str, int] = {}
    for person in people:
        key = person.name.casefold()
        counts[key] = counts.get(key, 0) + 1
    return {
        p.id: f"{p.name} ({short_id(p.id)})" if counts[p.name.casefold()] > 1 else p.name
        for p in people
    }
