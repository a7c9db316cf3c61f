"""Review edits as undoable commands: status moves and comment threads.

Same contract as annotator/ui/common/undo_commands.py: `perform()` does the edit through the
service (so a refused edit raises an AnnotatorError and never reaches the stack) and
returns the command; the first redo is a no-op; undoing a status move changes only the
status, and only if it is still what the move set (else it is refused with a message).
Writes of several rows run in one service transaction; notices go out after its commit.

Review records are an audit trail with no delete in the service API, so undoing a status
move does not erase its record: it appends one saying who undid it (and redo appends the
decision again), so undo and redo of status moves keep the newest record in step with the
status. A status changed without a review record (an approval voided by a later edit, which
the claim's history records) is not covered by this.
"""

from __future__ import annotations

import uuid

from annotator.domain import Claim, Comment, ReviewStatus
from annotator.domain.dates import utc_now
from annotator.services import Change, ChangeKind, ProjectService, review
from annotator.services.field_swap import changed_fields, swap_claim_fields
from annotator.services.review import (  # type: ignore[attr-defined]  # re-exported records
    ReviewRecord,
    StoredComment,
)
from annotator.ui.common.i18n import mark, translator
from annotator.ui.common.undo_commands import ServiceCommand

tr = translator("review.review_commands")

STATUS_COMMAND_TEXT = {
    ReviewStatus.DRAFT: mark("Move claim back to draft"),
    ReviewStatus.READY: mark("Submit claim for review"),
    ReviewStatus.APPROVED: mark("Approve claim"),
    ReviewStatus.CHANGES_REQUESTED: mark("Request changes"),
}
UNDO_NOTE = "undo"
REDO_NOTE = "redo"


def _touch(service: ProjectService, claim_id: str) -> None:
    """Tell the views a claim's comments changed (held until the commit inside a transaction)."""
    try:
        article_id: str | None = service.claim(claim_id).article_id
    except KeyError:
        article_id = None
    service.changes.notify(Change(ChangeKind.CLAIM_CHANGED, article_id, claim_id))


class SetStatusCommand(ServiceCommand):
    """A move along the review workflow (the four-eyes rule is checked by the service)."""

    def __init__(self, service: ProjectService, before: Claim, after: Claim, note: str) -> None:
        super().__init__(service, tr(STATUS_COMMAND_TEXT[after.status]))
        self.before = before
        self.after = after
        self.note = note

    @classmethod
    def perform(
        cls, service: ProjectService, claim_id: str, status: ReviewStatus | str, note: str = ""
    ) -> SetStatusCommand | None:
        """Raises ValidationError for a move the workflow or the author rule refuses."""
        if service.claim(claim_id).status == status:
            return None
        before, after = review.set_status(service, claim_id, status, note)
        return cls(service, before, after, note)

    def _record(self, decision: ReviewStatus, from_status: ReviewStatus, note: str) -> None:
        review.reviews(self.service).add_review_record(
            ReviewRecord(
                id=str(uuid.uuid4()),
                claim_id=self.after.id,
                reviewer=self.service.author,
                reviewer_id=self.service.author_id,
                decision=str(decision),
                from_status=str(from_status),
                note=note,
                at=utc_now(),
            )
        )

    def _undo(self) -> None:
        with self.service.transaction():
            swap_claim_fields(
                self.service, self.after, self.before, changed_fields(self.before, self.after)
            )
            self._record(self.before.status, self.after.status, UNDO_NOTE)

    def _redo(self) -> None:
        with self.service.transaction():
            swap_claim_fields(
                self.service, self.before, self.after, changed_fields(self.before, self.after)
            )
            note = f"{REDO_NOTE}: {self.note}" if self.note else REDO_NOTE
            self._record(self.after.status, self.before.status, note)


# -- comments ---------------------------------------------------------------------------------


def _restore(service: ProjectService, stored: list[StoredComment]) -> None:
    store = review.reviews(service)
    with service.transaction():
        for item in stored:
            store.insert_comment(
                item.comment, item.modified_by, item.modified_by_id, item.row_number
            )
            if item.resolved_by or item.resolved_at:
                store.update_comment(
                    item.comment.id,
                    {"resolved_by": item.resolved_by, "resolved_at": item.resolved_at},
                )
    if stored:
        _touch(service, stored[0].comment.claim_id)


def _remove(service: ProjectService, stored: list[StoredComment]) -> None:
    if stored:
        review.reviews(service).delete_comments([s.comment.id for s in stored])
        _touch(service, stored[0].comment.claim_id)


class AddCommentCommand(ServiceCommand):
    """A new comment; undo removes it (with any replies made since, which redo brings back)."""

    TEXT = mark("Add comment")

    def __init__(self, service: ProjectService, comment: Comment) -> None:
        super().__init__(service, tr(self.TEXT))
        self.comment = comment
        self._removed: list[StoredComment] = []

    @classmethod
    def perform(cls, service: ProjectService, claim_id: str, body: str) -> AddCommentCommand:
        return cls(service, review.add_comment(service, claim_id, body))

    def _undo(self) -> None:
        self._removed = review.comment_subtree(self.service, self.comment.id)
        _remove(self.service, self._removed)

    def _redo(self) -> None:
        _restore(self.service, self._removed)


class ReplyCommand(AddCommentCommand):
    TEXT = mark("Reply to comment")

    @classmethod
    def perform(cls, service: ProjectService, comment_id: str, body: str) -> ReplyCommand:
        return cls(service, review.reply(service, comment_id, body))


def _put_state(service: ProjectService, stored: StoredComment) -> None:
    review.reviews(service).update_comment(
        stored.comment.id,
        {
            "resolved": int(stored.comment.resolved),
            "resolved_by": stored.resolved_by,
            "resolved_at": stored.resolved_at,
            "modified": stored.comment.modified,
            "modified_by": stored.modified_by,
            "modified_by_id": stored.modified_by_id,
        },
    )
    _touch(service, stored.comment.claim_id)


class _ThreadStateCommand(ServiceCommand):
    RESOLVE = True
    TEXT = ""

    def __init__(
        self, service: ProjectService, before: StoredComment, after: StoredComment
    ) -> None:
        super().__init__(service, tr(self.TEXT))
        self.before = before
        self.after = after

    @classmethod
    def perform(cls, service: ProjectService, comment_id: str) -> _ThreadStateCommand | None:
        """Resolve (or reopen) the thread holding `comment_id`; None if it already is."""
        before = review.thread_root(service, comment_id)
        if before.comment.resolved == cls.RESOLVE:
            return None
        if cls.RESOLVE:
            review.resolve_comment(service, before.comment.id)
        else:
            review.reopen_comment(service, before.comment.id)
        return cls(service, before, review.thread_root(service, before.comment.id))

    def _undo(self) -> None:
        _put_state(self.service, self.before)

    def _redo(self) -> None:
        _put_state(self.service, self.after)


class ResolveThreadCommand(_ThreadStateCommand):
    RESOLVE = True
    TEXT = mark("Resolve comment thread")


class ReopenThreadCommand(_ThreadStateCommand):
    RESOLVE = False
    TEXT = mark("Reopen comment thread")


def _put_body(service: ProjectService, stored: StoredComment) -> None:
    review.reviews(service).update_comment(
        stored.comment.id,
        {
            "body": stored.comment.body,
            "modified": stored.comment.modified,
            "modified_by": stored.modified_by,
            "modified_by_id": stored.modified_by_id,
        },
    )
    _touch(service, stored.comment.claim_id)


class EditCommentCommand(ServiceCommand):
    """New words for one's own comment; undo puts the old words (and time stamp) back."""

    def __init__(
        self, service: ProjectService, before: StoredComment, after: StoredComment
    ) -> None:
        super().__init__(service, tr("Edit comment"))
        self.before = before
        self.after = after

    @classmethod
    def perform(
        cls, service: ProjectService, comment_id: str, body: str
    ) -> EditCommentCommand | None:
        """Raises ValidationError for someone else's comment or an empty text; None if the
        text is what the comment already says."""
        before = review.stored_comment(service, comment_id)
        if before.comment.body == body.strip():
            return None
        review.edit_comment(service, comment_id, body)
        return cls(service, before, review.stored_comment(service, comment_id))

    def _undo(self) -> None:
        _put_body(self.service, self.before)

    def _redo(self) -> None:
        _put_body(self.service, self.after)


class DeleteCommentCommand(ServiceCommand):
    """One's own comment deleted with the replies under it; undo brings them all back."""

    def __init__(self, service: ProjectService, removed: list[StoredComment]) -> None:
        super().__init__(service, tr("Delete comment"))
        self.removed = removed

    @classmethod
    def perform(cls, service: ProjectService, comment_id: str) -> DeleteCommentCommand:
        removed = review.comment_subtree(service, comment_id)
        review.delete_comment(service, comment_id)  # refuses someone else's comment
        return cls(service, removed)

    def _undo(self) -> None:
        _restore(self.service, self.removed)

    def _redo(self) -> None:
        _remove(self.service, self.removed)
