"""Who changed an item and when: the stamp each edit writes on an article, claim, source or
comment (the time, the person's display name then, and their id, which a rename keeps)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from annotator.domain.dates import utc_now

if TYPE_CHECKING:
    from annotator.services.project import ProjectService


class Stamp(TypedDict):
    modified: str
    modified_by: str
    modified_by_id: str


def stamp(project: ProjectService, now: str | None = None) -> Stamp:
    """The stamp of an edit `project`'s person makes now (or at `now`, an ISO time); the
    person is recorded in the file first, so a later rename reaches what they changed."""
    project.remember_me()
    return {
        "modified": now or utc_now(),
        "modified_by": project.author,
        "modified_by_id": project.author_id,
    }

