"""The review workflow: statuses with the four-eyes rule, threaded comments, the claim
history (the audit trail behind a published correction) and the filtered claims list."""

from __future__ import annotations

import dataclasses
import json
import uuid
from dataclasses import dataclass

from annotator.domain import Claim, Comment, ReviewStatus, Source, Verdict
from annotator.domain.dates import utc_now
from annotator.errors import ValidationError, msg
from annotator.services.changes import Change, ChangeKind
from annotator.services.project import ProjectService
from annotator.services.stamps import stamp
from annotator.storage import approvals
from annotator.storage.review_store import HistoryEntry, ReviewRecord, ReviewStore, StoredComment

SELF_APPROVAL_KEY = "allow_self_approval"

TRANSITIONS: dict[ReviewStatus, frozenset[ReviewStatus]] = {
    ReviewStatus.DRAFT: frozenset({ReviewStatus.READY}),
    ReviewStatus.READY: frozenset(
        {ReviewStatus.APPROVED, ReviewStatus.CHANGES_REQUESTED, ReviewStatus.DRAFT}
    ),
    ReviewStatus.CHANGES_REQUESTED: frozenset({ReviewStatus.READY, ReviewStatus.DRAFT}),
    ReviewStatus.APPROVED: frozenset({ReviewStatus.DRAFT, ReviewStatus.CHANGES_REQUESTED}),
}
"""draft → ready for review → approved or changes requested; a claim can go back to draft."""

REVIEW_DECISIONS = frozenset({ReviewStatus.APPROVED, ReviewStatus.CHANGES_REQUESTED})
"""Decisions that need a reviewer other than the claim's author (unless self-approval is
allowed)."""


def reviews(project: ProjectService) -> ReviewStore:
    return ReviewStore(project.store)


def _touch_claim(project: ProjectService, claim_id: str) -> None:
    claim = project.store.get_claim(claim_id)
    change = Change(ChangeKind.CLAIM_CHANGED, claim.article_id if claim else None, claim_id)
    project.store.after_commit(lambda: project.changes.notify(change))


# -- statuses ------------------------------------------------------------------------------


def self_approval_allowed(project: ProjectService) -> bool:
    return project.store.setting(SELF_APPROVAL_KEY, "0").strip().lower() in ("1", "true", "yes")


def is_own_claim(project: ProjectService, claim: Claim, person_id: str | None = None) -> bool:
    """Whether `person_id` (default: the project's user) wrote the claim, by identity."""
    person_id = project.author_id if person_id is None else person_id
    if claim.author_id:
        return claim.author_id == person_id
    return claim.author == project.author  # a row written without an identity


def allowed_statuses(
    project: ProjectService, claim: Claim, person_id: str | None = None
) -> list[ReviewStatus]:
    """The statuses `person_id` (default: the project's user) may move the claim to."""
    own = is_own_claim(project, claim, person_id) and not self_approval_allowed(project)
    return [
        s
        for s in ReviewStatus
        if s in TRANSITIONS[claim.status] and not (own and s in REVIEW_DECISIONS)
    ]


def set_status(
    project: ProjectService, claim_id: str, status: ReviewStatus | str, note: str = ""
) -> tuple[Claim, Claim]:
    """Move a claim along the review workflow, recording who did it, when, and on what content.

    Raises ValidationError for a move the workflow does not allow, or for approving
    (or requesting changes on) one's own claim when the project does not allow it.
    The decision is recorded before the status changes, so the storage triggers that
    guard approvals find it.
    """
    try:
        status = ReviewStatus(status)
    except ValueError as error:
        raise ValidationError(msg("Unknown review status {status!r}.", status=status)) from error
    with project.store.transaction():  # decide on the stored row, not on one read before
        claim = project.claim(claim_id)
        if status not in TRANSITIONS[claim.status]:
            raise ValidationError(
                msg("A claim that is {status} cannot become {new_status}.",
                    status=claim.status.label.lower(), new_status=status.label.lower())
            )
        if status in REVIEW_DECISIONS and status not in allowed_statuses(project, claim):
            raise ValidationError(
                msg("Someone other than the claim's author must review it (the project does not "
                    "allow self-approval).")
            )
        project.remember_me()
        reviews(project).add_review_record(
            ReviewRecord(
                id=str(uuid.uuid4()),
                claim_id=claim_id,
                reviewer=project.author,
                decision=str(status),
                from_status=str(claim.status),
                note=note,
                at=utc_now(),
                reviewer_id=project.author_id,
            )
        )
        before, after = project.update_claim(claim_id, status=status)
        if after.status != status:
            raise ValidationError(msg("The project's rules refused this approval; nothing was "
                                      "changed."))
    return before, after


def approval_state(project: ProjectService, claim_id: str) -> str:
    """'current', 'stale' or 'none', as `annotator list --json` reports it (services/listing.py)."""
    from annotator.services.listing import approval_summary

    return approval_summary(
        project.claim(claim_id), approvals.approval_state(project.store, claim_id)
    )


def approval_states(project: ProjectService, claims: list[Claim]) -> dict[str, str]:
    """`approval_state` of each of `claims` (as stored: their status decides), in one query
    rather than two per claim (the claims list's status column, a screen of rows at once)."""
    from annotator.services.listing import approval_summary

    states = approvals.approval_states_of(project.store, [c.id for c in claims])
    return {c.id: approval_summary(c, states.get(c.id, "none")) for c in claims}


def approvals_withdrawn_since(project: ProjectService, since: str) -> list[str]:
    """Ids of claims sent back to review since `since` because their approval stopped holding
    (an edit, or a merge or import that brought an approval the rules would not grant)."""
    return approvals.withdrawn_since(project.store, since)


def submit_for_review(
    project: ProjectService, claim_id: str, note: str = ""
) -> tuple[Claim, Claim]:
    return set_status(project, claim_id, ReviewStatus.READY, note)


def approve(project: ProjectService, claim_id: str, note: str = "") -> tuple[Claim, Claim]:
    return set_status(project, claim_id, ReviewStatus.APPROVED, note)


def request_changes(project: ProjectService, claim_id: str, note: str = "") -> tuple[Claim, Claim]:
    return set_status(project, claim_id, ReviewStatus.CHANGES_REQUESTED, note)


def review_records(project: ProjectService, claim_id: str | None = None) -> list[ReviewRecord]:
    """Who moved which claim to which status, and when (oldest first)."""
    return reviews(project).review_records(claim_id)


# -- comments ------------------------------------------------------------------------------


@dataclass
class CommentThread:
    """A top-level comment and its replies; resolving applies to the whole thread."""

    comment: Comment
    resolved_by: str = ""
    resolved_at: str = ""
    replies: list[CommentThread] = dataclasses.field(default_factory=list)


def add_comment(
    project: ProjectService, claim_id: str, body: str, parent_id: str | None = None
) -> Comment:
    with project.store.transaction():  # check the claim and the parent where the write happens
        return _add_comment(project, claim_id, body, parent_id)


def _add_comment(
    project: ProjectService, claim_id: str, body: str, parent_id: str | None
) -> Comment:
    body = body.strip()
    if not body:
        raise ValidationError(msg("A comment needs some text."))
    claim = project.claim(claim_id)
    if parent_id is not None:
        parent = reviews(project).get_comment(parent_id)
        if parent is None or parent.comment.claim_id != claim_id:
            raise ValidationError(msg("The comment you reply to is not on this claim."))
    now = utc_now()
    comment = Comment(
        id=str(uuid.uuid4()), claim_id=claim.id, body=body, parent_id=parent_id,
        author=project.author, created=now, modified=now, author_id=project.author_id,
    )  # fmt: skip
    with project.store.transaction():
        project.remember_me()
        reviews(project).insert_comment(comment, project.author, project.author_id)
    _touch_claim(project, claim_id)
    return comment


def reply(project: ProjectService, comment_id: str, body: str) -> Comment:
    parent = stored_comment(project, comment_id)
    return add_comment(project, parent.comment.claim_id, body, parent_id=comment_id)


def is_own_comment(project: ProjectService, comment: Comment) -> bool:
    """Whether the project's user wrote the comment (by identity; by name for rows without one)."""
    if comment.author_id:
        return comment.author_id == project.author_id
    return comment.author == project.author


def stored_comment(project: ProjectService, comment_id: str) -> StoredComment:
    """The comment with its bookkeeping (KeyError if it is gone)."""
    stored = reviews(project).get_comment(comment_id)
    if stored is None:
        raise KeyError(comment_id)
    return stored



def thread_root(project: ProjectService, comment_id: str) -> StoredComment:
    """The top comment of the thread `comment_id` belongs to (KeyError if it is gone); a reply
    whose parent is gone, or a loop of replies, stops the walk."""
    stored = stored_comment(project, comment_id)
    seen = {stored.comment.id}
    while stored.comment.parent_id is not None:
        parent = reviews(project).get_comment(stored.comment.parent_id)
        if parent is None or parent.comment.id in seen:
            break
        seen.add(parent.comment.id)
        stored = parent
    return stored


def comment_subtree(project: ProjectService, comment_id: str) -> list[StoredComment]:
    """The comment and every reply below it, in the order they were written (KeyError if it
    is gone)."""
    claim_id = stored_comment(project, comment_id).comment.claim_id
    everything = reviews(project).comments_for_claim(claim_id)
    wanted, frontier = {comment_id}, [comment_id]
    while frontier:
        current = frontier.pop()
        for c in everything:
            if c.comment.parent_id == current and c.comment.id not in wanted:
                wanted.add(c.comment.id)
                frontier.append(c.comment.id)
    return [c for c in everything if c.comment.id in wanted]


def resolve_comment(project: ProjectService, comment_id: str) -> Comment:
    """Resolve the thread the comment belongs to."""
    return _set_resolved(project, comment_id, True)


def reopen_comment(project: ProjectService, comment_id: str) -> Comment:
    return _set_resolved(project, comment_id, False)


def _set_resolved(project: ProjectService, comment_id: str, resolved: bool) -> Comment:
    with project.store.transaction():
        return _set_resolved_now(project, comment_id, resolved)


def _set_resolved_now(project: ProjectService, comment_id: str, resolved: bool) -> Comment:
    root = thread_root(project, comment_id)
    now = utc_now()
    reviews(project).update_comment(
        root.comment.id,
        {
            "resolved": int(resolved),
            "resolved_by": project.author if resolved else "",
            "resolved_by_id": project.author_id if resolved else "",
            "resolved_at": now if resolved else "",
            **stamp(project, now),
        },
    )
    _touch_claim(project, root.comment.claim_id)
    return dataclasses.replace(root.comment, resolved=resolved, modified=now)


def edit_comment(project: ProjectService, comment_id: str, body: str) -> Comment:
    with project.store.transaction():  # the author check reads the row the write replaces
        return _edit_comment(project, comment_id, body)


def _edit_comment(project: ProjectService, comment_id: str, body: str) -> Comment:
    stored = stored_comment(project, comment_id)
    if not is_own_comment(project, stored.comment):
        raise ValidationError(msg("Only the author of a comment can edit it."))
    body = body.strip()
    if not body:
        raise ValidationError(msg("A comment needs some text."))
    now = utc_now()
    reviews(project).update_comment(
        comment_id, {"body": body, **stamp(project, now)}
    )
    _touch_claim(project, stored.comment.claim_id)
    return dataclasses.replace(stored.comment, body=body, modified=now)


def delete_comment(project: ProjectService, comment_id: str) -> None:
    """Delete a comment and its replies (its author only)."""
    with project.store.transaction():
        _delete_comment(project, comment_id)


def _delete_comment(project: ProjectService, comment_id: str) -> None:
    stored = stored_comment(project, comment_id)
    if not is_own_comment(project, stored.comment):
        raise ValidationError(msg("Only the author of a comment can delete it."))
    doomed = {c.comment.id for c in comment_subtree(project, comment_id)}
    reviews(project).delete_comments(sorted(doomed))
    _touch_claim(project, stored.comment.claim_id)


def comment_threads(project: ProjectService, claim_id: str) -> list[CommentThread]:
    """The claim's comments as threads, oldest first; a reply to a missing comment starts a
    thread."""
    stored = reviews(project).comments_for_claim(claim_id)
    nodes = {
        s.comment.id: CommentThread(s.comment, _resolver(project, s), s.resolved_at) for s in stored
    }
    roots: list[CommentThread] = []
    for s in stored:
        parent = nodes.get(s.comment.parent_id) if s.comment.parent_id else None
        (parent.replies if parent is not None else roots).append(nodes[s.comment.id])
    return roots


def _resolver(project: ProjectService, stored: StoredComment) -> str:
    """Who resolved the thread, by their current display name ('' while it is open)."""
    if not stored.resolved_by and not stored.resolved_by_id:
        return ""
    return project.display_name(stored.resolved_by_id, stored.resolved_by)


def added_by(project: ProjectService, source: Source) -> str:
    """Who added the source ("Added by"), by their current display name."""
    return project.display_name(source.author_id, source.author)


def unresolved_comment_counts(project: ProjectService) -> dict[str, int]:
    """Open comment threads per claim id (claims without any are absent)."""
    return reviews(project).unresolved_counts()


# -- history -------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryLine:
    """A history entry with values fit to show (verdict labels, tag lists, source URLs)."""

    entry: HistoryEntry
    old: str
    new: str

    @property
    def field(self) -> str:
        return self.entry.field


def claim_history(project: ProjectService, claim_id: str) -> list[HistoryLine]:
    """Who changed what and when on a claim, oldest first; `changed_by` is the person's
    current display name (a rename shows in every line, two people of one name apart)."""
    return [
        HistoryLine(
            dataclasses.replace(e, changed_by=project.display_name(e.changed_by_id, e.changed_by))
            if e.changed_by_id
            else e,
            _display(project, e.field, e.old_value),
            _display(project, e.field, e.new_value),
        )
        for e in reviews(project).history(claim_id)
    ]


def _display(project: ProjectService, field: str, value: str | None) -> str:
    if value is None:
        return ""
    if field == "verdict_id":
        verdict = project.verdict(value)
        return verdict.label if verdict else "(unknown verdict)"
    if field == "status":
        try:
            return ReviewStatus(value).label
        except ValueError:
            return value
    if field in ("tags", "source"):
        try:
            data = json.loads(value)
        except ValueError:
            return value
        if field == "tags":
            return ", ".join(str(t) for t in data)
        return str(data.get("url", "")) if isinstance(data, dict) else value
    return value


# -- the claims list -----------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimRow:
    claim: Claim
    verdict: Verdict | None
    unresolved_comments: int


UNRATED = ""
"""Pass as `verdict` to `filter_claims` to list claims without a verdict."""


def filter_claims(
    project: ProjectService,
    *,
    article_id: str | None = None,
    author: str | None = None,
    verdict: str | None = None,
    status: ReviewStatus | str | None = None,
    tag: str | None = None,
) -> list[ClaimRow]:
    """Claims matching every given filter; `verdict` is a verdict id or label, or UNRATED."""
    claims = project.claims(article_id) if article_id else project.store.all_claims()
    wanted_verdict: str | None = None
    if verdict is not None and verdict != UNRATED:
        found = project.verdict(verdict) or project.verdict_by_label(verdict)
        if found is None:
            raise ValidationError(msg("No verdict {verdict!r} on this project's scale.",
                                      verdict=verdict))
        wanted_verdict = found.id
    wanted_status = ReviewStatus(status) if status else None
    wanted_tag = tag.casefold() if tag else None
    counts = unresolved_comment_counts(project)
    rows = []
    for claim in claims:
        if author is not None and claim.author != author:
            continue
        if verdict is not None and claim.verdict_id != wanted_verdict:
            continue
        if wanted_status is not None and claim.status != wanted_status:
            continue
        if wanted_tag is not None and wanted_tag not in {t.casefold() for t in claim.tags}:
            continue
        rows.append(ClaimRow(claim, project.verdict(claim.verdict_id), counts.get(claim.id, 0)))
    return rows


def claim_authors(project: ProjectService) -> list[str]:
    """Everyone who wrote a claim, for the author filter."""
    return sorted({c.author for c in project.store.all_claims() if c.author}, key=str.casefold)


def claim_tags(project: ProjectService) -> list[str]:
    return sorted({t for c in project.store.all_claims() for t in c.tags}, key=str.casefold)
