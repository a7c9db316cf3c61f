"""User edits of claims, sources, articles and settings as QUndoCommands that call the project
service (the review, rating, matching and verdict-scale commands live in their rooms and keep
the same contract).

Commands hold ids and values, never widgets. An edit is performed (and committed
to the project file) *before* its command is pushed, so a refused edit never
reaches the stack; the first `redo()` that QUndoStack.push makes is then a no-op.
Undo and redo of a field edit (`FieldSwapCommand`: claim, source and article fields) change
only the fields the edit changed, and only if they still hold what the edit wrote (checked
inside the transaction): a colleague's later edit of the same row, in the same field or
another, is not overwritten; the undo is refused with a message instead. Steps over many
rows put their rows back whole: undoing an article's new version restores its claims as they
were before it (the window clears its undo history once it notices another writer), and a
merge's undo is refused if anyone wrote since. With nobody in between, after undo the
database equals its state before the edit. Commands that touch several rows run in one
service transaction, whose change notices go out after the commit.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from annotator.domain import Article, Claim, Source
from annotator.errors import AnnotatorError
from annotator.services import ArticleSnapshot, ClaimSnapshot, ProjectService
from annotator.services.field_swap import (
    changed_fields,
    swap_article_fields,
    swap_claim_fields,
    swap_source_fields,
)
from annotator.services.project import nothing_changed
from annotator.ui.common.i18n import mark, translated_error, translator

if TYPE_CHECKING:
    from annotator.services.merge_undo import MergeStep
    from annotator.services.versions import VersionUpdate

tr = translator("common.undo_commands")

ErrorReporter = Callable[[str], None]


def field_label(field: str) -> str:
    """How a claim's field is named in undo texts and history, in the interface's language."""
    return tr(FIELD_LABELS.get(field, field.replace("_", " ")))


FIELD_LABELS = {
    "claim_reviewed": mark("claim as checked"),
    "claimant": mark("claimant"),
    "claim_date": mark("claim date"),
    "verdict_id": mark("verdict"),
    "explanation": mark("explanation"),
    "tags": mark("tags"),
    "status": mark("review status"),
    "internal_note": mark("internal note"),
}


class ServiceCommand(QUndoCommand):
    """Base: runs `_redo`/`_undo`, reporting (not raising) errors such as a full disk."""

    reporters: weakref.WeakKeyDictionary[ProjectService, ErrorReporter] = (
        weakref.WeakKeyDictionary()
    )
    """Who shows an undo/redo failure for each open project: its window registers itself."""

    def __init__(self, service: ProjectService, text: str) -> None:
        super().__init__(text)
        self.service = service
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guard(self._redo, "redo")

    def undo(self) -> None:
        self._guard(self._undo, "undo")

    def _guard(self, action: Callable[[], None], verb: str) -> None:
        try:
            action()
        except (AnnotatorError, KeyError) as error:
            self.setObsolete(True)
            report = ServiceCommand.reporters.get(self.service)
            if report is not None:
                failed = tr("Could not undo “{text}”: {error}") if verb == "undo" else None
                failed = failed or tr("Could not redo “{text}”: {error}")
                report(failed.format(text=self.text(), error=translated_error(error)))

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class FieldSwapCommand(ServiceCommand):
    """An edit known as (before, after): undo and redo swap only the fields that differ."""

    swap: Callable[..., object]

    def __init__(self, service: ProjectService, text: str, before: Any, after: Any) -> None:
        super().__init__(service, text)
        self.before = before
        self.after = after

    def _undo(self) -> None:
        self.swap(self.service, self.after, self.before, changed_fields(self.before, self.after))

    def _redo(self) -> None:
        self.swap(self.service, self.before, self.after, changed_fields(self.before, self.after))


class CreateClaimCommand(ServiceCommand):
    def __init__(self, service: ProjectService, claim: Claim) -> None:
        super().__init__(service, tr("New claim"))
        self.claim_id = claim.id
        self._snapshot = ClaimSnapshot(claim)

    @classmethod
    def perform(
        cls, service: ProjectService, article_id: str, start: int, end: int, **fields: object
    ) -> CreateClaimCommand:
        return cls(service, service.create_claim(article_id, start, end, **fields))

    def _undo(self) -> None:
        self._snapshot = self.service.delete_claim(self.claim_id)

    def _redo(self) -> None:
        self.service.restore_claim(self._snapshot)


class DeleteClaimCommand(ServiceCommand):
    def __init__(self, service: ProjectService, snapshot: ClaimSnapshot) -> None:
        super().__init__(service, tr("Delete claim"))
        self.claim_id = snapshot.claim.id
        self._snapshot = snapshot

    @classmethod
    def perform(cls, service: ProjectService, claim_id: str) -> DeleteClaimCommand:
        return cls(service, service.delete_claim(claim_id))

    def _undo(self) -> None:
        self.service.restore_claim(self._snapshot)

    def _redo(self) -> None:
        self._snapshot = self.service.delete_claim(self.claim_id)


class EditClaimCommand(FieldSwapCommand):
    """A change to one field of a claim; consecutive typing in one field merges into one step."""

    MERGE_ID = 1001

    def __init__(self, service: ProjectService, before: Claim, after: Claim, field: str) -> None:
        super().__init__(
            service, tr("Change {field}").format(field=field_label(field)), before, after
        )
        self.field = field
        self.mergeable = field in ("explanation", "internal_note")

    @classmethod
    def perform(
        cls, service: ProjectService, claim_id: str, field: str, value: object
    ) -> EditClaimCommand | None:
        current = service.claim(claim_id)
        if getattr(current, field) == value:
            return None
        before, after = service.update_claim(claim_id, **{field: value})
        if nothing_changed(before, after):  # e.g. tags "a,b" saved again as ["a", "b"]
            return None
        return cls(service, before, after, field)

    def id(self) -> int:
        return self.MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if (
            not isinstance(other, EditClaimCommand)
            or other.after.id != self.after.id
            or other.field != self.field
        ):
            return False
        self.after = other.after
        return True

    swap = staticmethod(swap_claim_fields)


class AddSourceCommand(ServiceCommand):
    def __init__(self, service: ProjectService, source: Source) -> None:
        super().__init__(service, tr("Add source"))
        self.source = source

    @classmethod
    def perform(
        cls, service: ProjectService, claim_id: str, fields: dict[str, object]
    ) -> AddSourceCommand:
        return cls(service, service.add_source(claim_id, **fields))

    def _undo(self) -> None:
        self.source = self.service.remove_source(self.source.id)

    def _redo(self) -> None:
        self.service.restore_source(self.source)


class EditSourceCommand(FieldSwapCommand):
    def __init__(self, service: ProjectService, before: Source, after: Source) -> None:
        super().__init__(service, tr("Edit source"), before, after)

    @classmethod
    def perform(
        cls, service: ProjectService, source_id: str, fields: dict[str, object]
    ) -> EditSourceCommand | None:
        before, after = service.update_source(source_id, **fields)
        if nothing_changed(before, after):
            return None
        if _same_source(before, after):
            service.put_source(before)  # nothing really changed: keep the old timestamps
            return None
        return cls(service, before, after)

    swap = staticmethod(swap_source_fields)


def _same_source(a: Source, b: Source) -> bool:
    ignore = {"modified", "modified_by"}
    return all(getattr(a, f) == getattr(b, f) for f in a.__dataclass_fields__ if f not in ignore)


class RemoveSourceCommand(ServiceCommand):
    def __init__(self, service: ProjectService, source: Source) -> None:
        super().__init__(service, tr("Remove source"))
        self.source = source

    @classmethod
    def perform(cls, service: ProjectService, source_id: str) -> RemoveSourceCommand:
        return cls(service, service.remove_source(source_id))

    def _undo(self) -> None:
        self.service.restore_source(self.source)

    def _redo(self) -> None:
        self.source = self.service.remove_source(self.source.id)


class EditArticleCommand(FieldSwapCommand):
    def __init__(self, service: ProjectService, before: Article, after: Article) -> None:
        super().__init__(service, tr("Edit article properties"), before, after)

    @classmethod
    def perform(
        cls, service: ProjectService, article_id: str, fields: dict[str, object]
    ) -> EditArticleCommand | None:
        before, after = service.update_article(article_id, **fields)
        if nothing_changed(before, after):
            return None
        return cls(service, before, after)

    swap = staticmethod(swap_article_fields)


class AddArticleCommand(ServiceCommand):
    def __init__(self, service: ProjectService, article: Article) -> None:
        super().__init__(service, tr("Import “{short}”").format(short=_short(article.title)))
        self.article_id = article.id
        self._snapshot: ArticleSnapshot | None = None

    def _undo(self) -> None:
        self._snapshot = self.service.remove_article(self.article_id)

    def _redo(self) -> None:
        if self._snapshot is not None:
            self.service.restore_article(self._snapshot)


class RemoveArticleCommand(ServiceCommand):
    def __init__(self, service: ProjectService, snapshot: ArticleSnapshot) -> None:
        super().__init__(
            service,
            tr("Remove article “{short}”").format(short=_short(snapshot.article_row["title"])),
        )
        self.article_id = snapshot.article_row["id"]
        self._snapshot = snapshot

    @classmethod
    def perform(cls, service: ProjectService, article_id: str) -> RemoveArticleCommand:
        return cls(service, service.remove_article(article_id))

    def _undo(self) -> None:
        self.service.restore_article(self._snapshot)

    def _redo(self) -> None:
        self._snapshot = self.service.remove_article(self.article_id)


def _short(title: str) -> str:
    return title if len(title) <= 40 else title[:39] + "…"


class EditSettingsCommand(ServiceCommand):
    def __init__(
        self, service: ProjectService, before: dict[str, str], after: dict[str, str]
    ) -> None:
        super().__init__(service, tr("Change project settings"))
        self.before = before
        self.after = after

    @classmethod
    def perform(cls, service: ProjectService, values: dict[str, str]) -> EditSettingsCommand | None:
        current = service.settings()
        before = {key: current.get(key, "") for key in values}
        if before == values:
            return None
        service.update_settings(values)
        return cls(service, before, dict(values))

    def _undo(self) -> None:
        self.service.update_settings(self.before)

    def _redo(self) -> None:
        self.service.update_settings(self.after)


class ImportAnnotationsCommand(ServiceCommand):
    """Annotations imported from a file: undo removes the claims they became, redo restores them."""

    def __init__(self, service: ProjectService, claim_ids: list[str], name: str) -> None:
        super().__init__(service, tr("Import annotations from {name}").format(name=name))
        self.claim_ids = claim_ids
        self._snapshots: list[ClaimSnapshot] = []

    def _undo(self) -> None:
        with self.service.transaction():
            self._snapshots = [self.service.delete_claim(claim_id) for claim_id in self.claim_ids]

    def _redo(self) -> None:
        with self.service.transaction():
            for snapshot in self._snapshots:
                self.service.restore_claim(snapshot)


class ReplaceClaimCommand(FieldSwapCommand):
    """Any change already made to a claim's row, given as (before, after): re-anchoring by hand,
    accepting a new anchor."""

    def __init__(self, service: ProjectService, before: Claim, after: Claim, text: str) -> None:
        super().__init__(service, text, before, after)

    swap = staticmethod(swap_claim_fields)


class UpdateArticleVersionCommand(ServiceCommand):
    """A new version of an article with every claim re-anchored; undo drops the version."""

    def __init__(self, service: ProjectService, update: VersionUpdate) -> None:
        super().__init__(
            service,
            tr("Update “{short}” to version {version}").format(
                short=_short(update.after.title), version=update.after.version
            ),
        )
        self.update = update

    def _undo(self) -> None:
        from annotator.services.versions import undo_update

        undo_update(self.service, self.update)

    def _redo(self) -> None:
        from annotator.services.versions import redo_update

        redo_update(self.service, self.update)


class MergeCommand(ServiceCommand):
    """A merge of a colleague's project as one undo step (see services/merge_undo.py)."""

    def __init__(self, service: ProjectService, step: MergeStep, name: str) -> None:
        super().__init__(service, tr("Merge {name}").format(name=name))
        self.step = step

    def _undo(self) -> None:
        from annotator.services.merge_undo import undo_merge

        undo_merge(self.service, self.step)

    def _redo(self) -> None:
        from annotator.services.merge_undo import redo_merge

        redo_merge(self.service, self.step)
