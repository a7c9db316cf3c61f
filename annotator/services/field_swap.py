"""Compare-and-set writes for undo and redo: change only what a command changed.

An undo that wrote back a whole row would erase what a colleague (another window, the
CLI) changed since in another field; one that wrote back a field would erase their edit
of that field. Each function here checks, inside the transaction, that the fields still
hold what the command left there, and refuses with `EditConflictError` otherwise.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TypeVar

from annotator.domain import Article, Claim, Source
from annotator.errors import EditConflictError
from annotator.services.project import ProjectService
from annotator.services.stamps import stamp

STAMP_FIELDS = ("modified", "modified_by", "modified_by_id")
Row = TypeVar("Row", Claim, Source, Article)


def changed_fields(before: Row, after: Row) -> list[str]:
    """The fields an edit changed, its timestamps aside."""
    return [
        name for name in before.__dataclass_fields__
        if name not in STAMP_FIELDS and getattr(before, name) != getattr(after, name)
    ]  # fmt: skip


def _swapped(
    service: ProjectService, current: Row, expected: Row, target: Row, fields: list[str], what: str
) -> Row:
    """`current` with `fields` taken from `target`, if they still equal `expected`'s."""
    moved = [f for f in fields if getattr(current, f) != getattr(expected, f)]
    if moved:
        who = service.display_name(current.modified_by_id, current.modified_by or "someone else")
        names = ", ".join(f.removesuffix("_id").replace("_", " ") for f in moved)
        raise EditConflictError(
            f"{who} has changed the {names} of this {what} since; nothing was changed, so their "
            "edit is kept."
        )
    untouched = all(getattr(current, f) == getattr(expected, f) for f in STAMP_FIELDS)
    stamped = {f: getattr(target, f) for f in STAMP_FIELDS} if untouched else stamp(service)
    values = {f: getattr(target, f) for f in fields}
    return dataclasses.replace(current, **values, **stamped)


def swap_claim_fields(
    service: ProjectService, expected: Claim, target: Claim, fields: Iterable[str]
) -> Claim:
    """Set `fields` of the stored claim to `target`'s values if they still hold `expected`'s.

    The timestamps go back to `target`'s only if nobody touched the claim in between.
    """
    with service.transaction():
        after = _swapped(
            service, service.claim(expected.id), expected, target, list(fields), "claim"
        )
        service.put_claim(after)
    return after


def swap_source_fields(
    service: ProjectService, expected: Source, target: Source, fields: Iterable[str]
) -> Source:
    with service.transaction():
        after = _swapped(
            service, service.source(expected.id), expected, target, list(fields), "source"
        )
        service.put_source(after)
    return after


def swap_article_fields(
    service: ProjectService, expected: Article, target: Article, fields: Iterable[str]
) -> Article:
    with service.transaction():
        current = service.store.get_article(expected.id)  # the stored row, not a cached copy
        if current is None:
            raise KeyError(expected.id)
        after = _swapped(service, current, expected, target, list(fields), "article")
        service.put_article_metadata(after)
    return after
