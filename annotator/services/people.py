"""Who a name means in a project file: the people recorded there, and a name's identity."""

from __future__ import annotations

import re

from annotator.domain.people import Person, legacy_person_id, short_id
from annotator.storage import ProjectStore, approvals


def people_called(store: ProjectStore, name: str) -> list[Person]:
    """The people `name` can mean: "Ana" (everyone shown as Ana) or "Ana (1a2b3c)" (one)."""
    if not name.strip():
        return []
    match = re.fullmatch(r"(.*\S)\s*\(([0-9a-f]{6})\)", name.strip())
    if match:
        exact = [p for p in approvals.people_named(store, match[1]) if short_id(p.id) == match[2]]
        if exact:
            return exact
    return approvals.people_named(store, name)


def identity_for_name(store: ProjectStore, name: str) -> str:
    """The one person of that name the file knows, else the name's legacy identity."""
    known = people_called(store, name)
    return known[0].id if len(known) == 1 else legacy_person_id(name)
