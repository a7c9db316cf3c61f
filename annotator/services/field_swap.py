"""Compare-and-set writes for undo and redo: change only what a command changed.

An undo that wrote back a whole row would erase what a colleague (another window, the
CLI) changed since in another field; one that wrote back a field would erase their edit
of that field. Each function here checks, inside the transaction, that the fields still
hold what the command left there, and refuses with `EditConflictError` otherwise.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import TypeVar

from annotator.domain import Article, Claim, Source
from annotator.errors import EditConflictError, msg
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
            msg("{who} has changed the {names} of this {what} since; nothing was changed, so "
                "their edit is kept.", who=who, names=names, what=what)
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
    return _swap(service, service.claim, service.put_claim, expected, target, fields, "claim")


def swap_source_fields(
    service: ProjectService, expected: Source, target: Source, fields: Iterable[str]
) -> Source:
    """As `swap_claim_fields`, for a source."""
    return _swap(service, service.source, service.put_source, expected, target, fields, "source")


def swap_article_fields(
    service: ProjectService, expected: Article, target: Article, fields: Iterable[str]
) -> Article:
    """As `swap_claim_fields`, for an article's properties."""

    def stored(article_id: str) -> Article:
        current = service.store.get_article(article_id)  # the stored row, not a cached copy
        if current is None:
            raise KeyError(article_id)
        return current

    return _swap(service, stored, service.put_article_metadata, expected, target, fields, "article")


def _swap(
    service: ProjectService,
    stored: Callable[[str], Row],
    put: Callable[[Row], object],
    expected: Row,
    target: Row,
    fields: Iterable[str],
    what: str,
) -> Row:
    """In one transaction: read the stored row, swap `fields`, write it back."""
    with service.transaction():
        after = _swapped(service, stored(expected.id), expected, target, list(fields), what)
        put(after)
    return after
