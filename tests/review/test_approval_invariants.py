"""Approvals over random work by three colleagues: edits, reviews, side doors, imports,
merges, deletions, undos and redos. After every step, in every copy: a claim is approved only
if someone other than its author approved exactly what it says now, and an export never
carries an approval that no longer holds. Each person works as in the window: every edit is
the window's undo command on their own undo stack, so an undo of any step puts every table
back as it was before the step, and its redo as it was after (the audit logs only grow, as
tests/ui/test_undo.py says); an undo or redo refused because a merge changed the row since
writes nothing.

The oracle is kept by the test itself: every approval the service granted, as (claim id,
reviewer id, the claim's content when approved, computed here in Python).
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from annotator.domain import ArticleDraft, Claim, ReviewStatus
from annotator.errors import AnnotatorError
from annotator.exporters import export
from annotator.exporters.bundle import ExportOptions, build_bundle
from annotator.services import ProjectService, review
from annotator.services.annotation_import import import_annotations
from annotator.services.merge import merge_projects
from annotator.services.merge_undo import before_merge, merged
from annotator.ui.common.undo_commands import (
    AddSourceCommand,
    CreateClaimCommand,
    DeleteClaimCommand,
    EditClaimCommand,
    ImportAnnotationsCommand,
    MergeCommand,
    RemoveSourceCommand,
    ServiceCommand,
)
from annotator.ui.review.review_commands import SetStatusCommand
from tests.ui.test_undo import assert_restored
from tests.ui.test_undo_every_table import every_table

from .conftest import TEXT, span

Tables = dict[str, list[tuple[object, ...]]]
Step = tuple[str, str, str, int, int, str]

PEOPLE = ("Alice", "Bob", "Carol")


def content(service: ProjectService, claim_id: str) -> list[object]:
    """What an approval covers, as this test understands it (independent of the SQL view)."""
    claim = service.claim(claim_id)
    sources = [
        [s.url, s.title, s.publisher, s.source_author, s.source_date, s.archive_url,
         s.excerpt, s.locator, s.kind, s.stance]
        for s in sorted(service.sources(claim_id), key=lambda s: (s.position, s.id))
    ]  # fmt: skip
    return [claim.exact, claim.claim_reviewed, claim.claimant, claim.claim_date,
            claim.verdict_id, claim.explanation, sources]  # fmt: skip


class World:
    """Three copies of one project, the approvals granted so far, and each person's undo stack
    with, for each of its steps, every table before and after it (None: unknown, since a
    program outside the stack wrote to the file)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        base = ProjectService.open(folder / "base.annotator", "Origin")
        article = base.add_article(ArticleDraft(title="Economy", text=TEXT))
        self.article_id = article.id
        for i in range(3):
            base.create_claim(article.id, *span(i))
        base.close()
        self.services: dict[str, ProjectService] = {}
        for name in PEOPLE:
            shutil.copy(folder / "base.annotator", self.path(name))
            self.services[name] = ProjectService.open(self.path(name), name)
        self.granted: set[tuple[str, str, str]] = set()
        self.authors: dict[str, str] = {}
        self.stacks = {name: QUndoStack() for name in PEOPLE}
        self.states: dict[str, list[tuple[Tables | None, Tables | None]]] = {n: [] for n in PEOPLE}

    def path(self, name: str) -> Path:
        return self.folder / f"{name.lower()}.annotator"

    def claim_ids(self, name: str) -> list[str]:
        return sorted(c.id for c in self.services[name].store.all_claims())

    def close(self) -> None:
        for service in self.services.values():
            service.close()


def _pick(world: World, name: str, index: int) -> str | None:
    ids = world.claim_ids(name)
    return ids[index % len(ids)] if ids else None


def edit(world: World, name: str, claim_id: str, which: int, value: int) -> None:
    service = world.services[name]
    verdicts = service.verdicts()
    changes: list[dict[str, object]] = [
        {"verdict_id": verdicts[value % len(verdicts)].id},
        {"explanation": f"because {value % 3}"},
        {"claim_reviewed": f"claim {value % 2}"},
        {"tags": [f"t{value % 3}"]},  # cosmetic
        {"internal_note": f"note {value}"},  # cosmetic
    ]
    change = changes[which % len(changes)]
    [(field, new)] = change.items()
    before = service.claim(claim_id)
    if not perform(world, name, lambda: EditClaimCommand.perform(service, claim_id, field, new)):
        return
    after = service.claim(claim_id)
    if set(change) <= {"tags", "internal_note"}:
        assert after.status == before.status, "a cosmetic edit never voids an approval"
    elif before.status == ReviewStatus.APPROVED and content(service, claim_id) != _c(
        before, service
    ):
        assert after.status == ReviewStatus.READY
        assert "approval" in {line.field for line in review.claim_history(service, claim_id)}


def _c(claim: Claim, service: ProjectService) -> list[object]:  # content of an older row
    current = content(service, claim.id)
    return [claim.exact, claim.claim_reviewed, claim.claimant, claim.claim_date,
            claim.verdict_id, claim.explanation, current[6]]  # fmt: skip


def perform(world: World, name: str, make: Callable[[], ServiceCommand | None]) -> Any:
    """Do an edit as the window does: perform it, push its command on the person's stack, and
    note every table before and after it. A refused edit writes nothing."""
    service, stack, states = world.services[name], world.stacks[name], world.states[name]
    before = every_table(service)
    try:
        command = make()
    except AnnotatorError:
        assert every_table(service) == before, "a refused edit wrote something"
        return None
    if command is None:
        return None
    index = stack.index()
    stack.push(command)  # drops the steps that could be redone, maybe merges into the last one
    del states[index:]
    if stack.index() == index:  # typing in the same field: one step with the one before
        states[index - 1] = (states[index - 1][0], every_table(service))
    else:
        states.append((before, every_table(service)))
    return command


def create(world: World, name: str, sentence: int) -> None:
    service = world.services[name]
    start, end = span(3 + sentence % 2)
    command = perform(
        world, name, lambda: CreateClaimCommand.perform(service, world.article_id, start, end)
    )
    world.authors[command.claim_id] = service.author_id


def decide(world: World, name: str, claim_id: str, status: ReviewStatus) -> None:
    service = world.services[name]
    command = perform(world, name, lambda: SetStatusCommand.perform(service, claim_id, status))
    if command is not None and command.after.status == ReviewStatus.APPROVED:
        world.granted.add((claim_id, service.author_id, json.dumps(content(service, claim_id))))


def side_door(world: World, name: str, claim_id: str) -> None:
    """Set the status to approved without a review, as a foreign tool writing to the person's
    file would; the person's window then reloads, as its watcher makes it."""
    service = world.services[name]
    claim = service.claim(claim_id)
    before = every_table(service)
    tool = ProjectService.open(world.path(name), "Tool")
    try:
        tool.put_claim(dataclasses.replace(claim, status=ReviewStatus.APPROVED))
    finally:
        tool.close()
    service.reload()
    assert service.claim(claim_id).status == claim.status or claim.status != ReviewStatus.APPROVED
    if every_table(service) != before:  # the stack's recorded states no longer describe the file
        world.states[name] = [(None, None)] * len(world.states[name])


def sources(world: World, name: str, claim_id: str, add: bool) -> None:
    service = world.services[name]
    existing = service.sources(claim_id)
    if add or not existing:
        url = f"https://example.org/{uuid.uuid4().hex[:6]}"
        perform(world, name, lambda: AddSourceCommand.perform(service, claim_id, {"url": url}))
    else:
        perform(world, name, lambda: RemoveSourceCommand.perform(service, existing[0].id))


def delete(world: World, name: str, claim_id: str) -> None:
    service = world.services[name]
    perform(world, name, lambda: DeleteClaimCommand.perform(service, claim_id))


def undo_or_redo(world: World, name: str, *, redo: bool) -> None:
    """Edit → Undo (or Redo) in the person's window. Done, it puts back every table as it was
    before (after) the step; refused (a merge changed the row since), it writes nothing and
    the step leaves the stack."""
    service, stack, states = world.services[name], world.stacks[name], world.states[name]
    if not (stack.canRedo() if redo else stack.canUndo()):
        return
    now, count = every_table(service), stack.count()
    position = stack.index() if redo else stack.index() - 1
    stack.redo() if redo else stack.undo()
    if stack.count() < count:
        assert every_table(service) == now, "a refused undo or redo wrote something"
        del states[position]
        return
    expected = states[position][1 if redo else 0]
    if expected is not None:
        assert_restored(every_table(service), expected)
    if redo:
        regrant(world, name, stack.command(position))


def regrant(world: World, name: str, command: object) -> None:
    """A redone approval is the same reviewer approving again what the claim says now."""
    service = world.services[name]
    if isinstance(command, SetStatusCommand) and command.after.status == ReviewStatus.APPROVED:
        claim_id = command.after.id
        if service.claim(claim_id).status == ReviewStatus.APPROVED:
            world.granted.add((claim_id, service.author_id, json.dumps(content(service, claim_id))))


def import_as_approved(world: World, name: str, other: str) -> None:
    """Export W3C from one copy, mark every annotation approved, import it into another."""
    out = world.folder / f"{other}-{uuid.uuid4().hex[:6]}.jsonld"
    export(build_bundle(world.services[other], ExportOptions(include_drafts=True)), "w3c", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    for item in data.get("first", {}).get("items", data.get("items", [])):
        item["id"] = f"urn:uuid:{uuid.uuid4()}"
        item["annotator:status"] = "approved"
    out.write_text(json.dumps(data), encoding="utf-8")
    service = world.services[name]

    def run() -> ImportAnnotationsCommand | None:
        report = import_annotations(service, out)
        for claim_id in report.imported:
            assert service.claim(claim_id).status != ReviewStatus.APPROVED
        if not report.imported:
            return None
        return ImportAnnotationsCommand(service, list(report.imported), out.name)

    perform(world, name, run)


def merge(world: World, name: str, other: str) -> None:
    """File → Merge, as the window does it: one undoable step."""
    if name == other:
        return
    service = world.services[name]

    def run() -> MergeCommand | None:
        step = before_merge(service)
        if not merge_projects(service, world.path(other)).changed_anything:
            return None
        merged(service, step)
        return MergeCommand(service, step, other)

    perform(world, name, run)


def rename(world: World, name: str, other: str, value: int) -> None:
    """The person renames themselves in Preferences, sometimes to a colleague's name: still the
    same person, whose claims and approvals stay theirs (and a namesake gets none of them)."""
    service = world.services[name]
    me = service.author_id
    service.rename_me(other if value % 2 else f"{name} {value}")
    assert service.author_id == me, "a rename is the same person"
    world.states[name] = [(None, None)] * len(world.states[name])  # wrote outside the stack


def check(world: World) -> None:
    for name, service in world.services.items():
        assert len(world.states[name]) == world.stacks[name].count()
        service.store.db.execute(  # the search index still matches the claims
            "INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)"
        )
        for claim in service.store.all_claims():
            world.authors.setdefault(claim.id, claim.author_id)
            assert claim.author_id == world.authors[claim.id], "nobody's claim changes hands"
            if claim.status != ReviewStatus.APPROVED:
                continue
            now = json.dumps(content(service, claim.id))
            assert any(
                c == claim.id and reviewer != claim.author_id and approved == now
                for c, reviewer, approved in world.granted
            ), f"{name}: claim {claim.id} is approved, but nobody else approved what it says now"
        for options in (ExportOptions(), ExportOptions(include_drafts=True)):
            for article in build_bundle(service, options).articles:
                for entry in article.claims:
                    if options.approved_only:
                        assert entry.claim.status == ReviewStatus.APPROVED
                    if entry.claim.status == ReviewStatus.APPROVED:
                        assert review.approval_state(service, entry.claim.id) == "current"


STEP = st.tuples(
    st.sampled_from(
        ["create", "edit", "submit", "approve", "request", "side", "source+", "source-", "delete",
         "undo", "redo", "import", "merge", "rename"]
    ),
    st.sampled_from(PEOPLE),
    st.sampled_from(PEOPLE),
    st.integers(0, 20),
    st.integers(0, 20),
    st.sampled_from(["", "undo", "undo redo", "undo redo undo"]),
)  # fmt: skip
"""An action, who does it, a colleague, two numbers that pick what, and what the same person
does right after it: Edit → Undo, then Redo, then Undo again (so that every kind of step is
undone and redone, not only those a random undo happens to meet)."""


def run_step(world: World, step: Step) -> None:
    """The step, then its follow-ups, with the invariants checked after each."""
    act(world, step)
    check(world)
    for verb in step[5].split():
        undo_or_redo(world, step[1], redo=verb == "redo")
        check(world)


def act(world: World, step: Step) -> None:
    action, name, other, index, value, _ = step
    if action == "create":
        create(world, name, value)
    elif action in ("undo", "redo"):
        undo_or_redo(world, name, redo=action == "redo")
    elif action == "import":
        import_as_approved(world, name, other)
    elif action == "merge":
        merge(world, name, other)
    elif action == "rename":
        rename(world, name, other, value)
    elif (claim_id := _pick(world, name, index)) is not None:
        on_claim(world, action, name, claim_id, index, value)


def on_claim(world: World, action: str, name: str, claim_id: str, index: int, value: int) -> None:
    if action == "edit":
        edit(world, name, claim_id, value, index)
    elif action in ("submit", "approve", "request"):
        status = {"submit": ReviewStatus.READY, "approve": ReviewStatus.APPROVED,
                  "request": ReviewStatus.CHANGES_REQUESTED}[action]  # fmt: skip
        decide(world, name, claim_id, status)
    elif action == "side":
        side_door(world, name, claim_id)
    elif action in ("source+", "source-"):
        sources(world, name, claim_id, action == "source+")
    else:
        delete(world, name, claim_id)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=25))
def test_no_claim_is_approved_unless_someone_else_approved_what_it_says(
    qapp: object, tmp_path_factory: pytest.TempPathFactory, steps: list[Step]
) -> None:
    world = World(tmp_path_factory.mktemp("team"))
    try:
        for step in steps:
            run_step(world, step)
    finally:
        world.close()


def test_a_worked_sequence_reaches_approval_and_loses_it(qapp: object) -> None:
    """The sequence from the issue, so the property test's actions are known to bite."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder))
        try:
            claim_id = world.claim_ids("Bob")[0]
            alice = world.services["Alice"]
            bob = world.services["Bob"]
            review.set_status(bob, claim_id, ReviewStatus.READY)
            decide(world, "Carol", claim_id, ReviewStatus.APPROVED)  # Carol has another copy
            merge(world, "Bob", "Carol")
            assert bob.claim(claim_id).status == ReviewStatus.READY  # Carol's copy was draft
            decide(world, "Alice", claim_id, ReviewStatus.APPROVED)  # Alice: draft → refused
            assert alice.claim(claim_id).status == ReviewStatus.DRAFT
            decide(world, "Alice", claim_id, ReviewStatus.READY)
            decide(world, "Alice", claim_id, ReviewStatus.APPROVED)
            assert alice.claim(claim_id).status == ReviewStatus.APPROVED
            check(world)
            edit(world, "Alice", claim_id, 0, 3)  # a different verdict
            assert alice.claim(claim_id).status == ReviewStatus.READY
            undo_or_redo(world, "Alice", redo=False)
            assert alice.claim(claim_id).status == ReviewStatus.APPROVED
            check(world)
            undo_or_redo(world, "Alice", redo=True)  # the other verdict again: not approved
            assert alice.claim(claim_id).status == ReviewStatus.READY
            check(world)
            undo_or_redo(world, "Alice", redo=False)
            assert alice.claim(claim_id).status == ReviewStatus.APPROVED
            check(world)
        finally:
            world.close()
