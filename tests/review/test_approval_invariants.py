"""Approvals over random work by three colleagues: edits, reviews, side doors, imports,
merges, deletions and undos. After every step, in every copy: a claim is approved only if
someone other than its author approved exactly what it says now, and an export never
carries an approval that no longer holds.

The oracle is kept by the test itself: every approval the service granted, as (claim id,
reviewer id, the claim's content when approved, computed here in Python).
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain import ArticleDraft, ReviewStatus
from annotator.errors import AnnotatorError
from annotator.exporters import export
from annotator.exporters.bundle import ExportOptions, build_bundle
from annotator.services import ProjectService, review
from annotator.services.annotation_import import import_annotations
from annotator.services.merge import merge_projects

from .conftest import TEXT, span

PEOPLE = ("Alice", "Bob", "Carol")


def content(service: ProjectService, claim_id: str) -> list:
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
    """Three copies of one project, the approvals granted so far, and each person's undo list."""

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
        self.undo: dict[str, list] = {name: [] for name in PEOPLE}

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
    changes = [
        {"verdict_id": verdicts[value % len(verdicts)].id},
        {"explanation": f"because {value % 3}"},
        {"claim_reviewed": f"claim {value % 2}"},
        {"tags": [f"t{value % 3}"]},  # cosmetic
        {"internal_note": f"note {value}"},  # cosmetic
    ]
    change = changes[which % len(changes)]
    before, after = service.update_claim(claim_id, **change)
    world.undo[name].append(("claim", before))
    if set(change) <= {"tags", "internal_note"}:
        assert after.status == before.status, "a cosmetic edit never voids an approval"
    elif before.status == ReviewStatus.APPROVED and content(service, claim_id) != _c(
        before, service
    ):
        assert after.status == ReviewStatus.READY
        assert "approval" in {line.field for line in review.claim_history(service, claim_id)}


def _c(claim, service: ProjectService) -> list:  # noqa: ANN001 - content of an older row
    current = content(service, claim.id)
    return [claim.exact, claim.claim_reviewed, claim.claimant, claim.claim_date,
            claim.verdict_id, claim.explanation, current[6]]  # fmt: skip


def create(world: World, name: str, sentence: int) -> None:
    service = world.services[name]
    claim = service.create_claim(world.article_id, *span(3 + sentence % 2))
    world.authors[claim.id] = service.author_id


def decide(world: World, name: str, claim_id: str, status: ReviewStatus) -> None:
    service = world.services[name]
    try:
        before, after = review.set_status(service, claim_id, status)
    except AnnotatorError:
        return
    world.undo[name].append(("claim", before))
    if after.status == ReviewStatus.APPROVED:
        world.granted.add((claim_id, service.author_id, json.dumps(content(service, claim_id))))


def side_door(world: World, name: str, claim_id: str) -> None:
    """Set the status to approved without a review (as a foreign tool or a forged file would)."""
    service = world.services[name]
    claim = service.claim(claim_id)
    service.put_claim(dataclasses.replace(claim, status=ReviewStatus.APPROVED))
    assert service.claim(claim_id).status == claim.status or claim.status != ReviewStatus.APPROVED


def sources(world: World, name: str, claim_id: str, add: bool) -> None:
    service = world.services[name]
    existing = service.sources(claim_id)
    if add or not existing:
        source = service.add_source(claim_id, url=f"https://example.org/{uuid.uuid4().hex[:6]}")
        world.undo[name].append(("source-added", source))
    else:
        world.undo[name].append(("source-removed", service.remove_source(existing[0].id)))


def delete_and_restore(world: World, name: str, claim_id: str) -> None:
    service = world.services[name]
    was = service.claim(claim_id).status
    snapshot = service.delete_claim(claim_id)
    service.restore_claim(snapshot)
    assert service.claim(claim_id).status == was, "a restore brings a valid approval back"


def undo_last(world: World, name: str) -> None:
    """Undo through the service, as the window's undo commands do (whole rows back)."""
    service = world.services[name]
    if not world.undo[name]:
        return
    kind, item = world.undo[name].pop()
    try:
        if kind == "claim":
            service.put_claim(item)
        elif kind == "source-added":
            service.remove_source(item.id)
        else:
            service.restore_source(item)
    except (KeyError, AnnotatorError):  # a merge deleted it meanwhile
        pass


def import_as_approved(world: World, name: str, other: str) -> None:
    """Export W3C from one copy, mark every annotation approved, import it into another."""
    out = world.folder / f"{other}-{uuid.uuid4().hex[:6]}.jsonld"
    export(build_bundle(world.services[other], ExportOptions(include_drafts=True)), "w3c", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    for item in data.get("first", {}).get("items", data.get("items", [])):
        item["id"] = f"urn:uuid:{uuid.uuid4()}"
        item["annotator:status"] = "approved"
    out.write_text(json.dumps(data), encoding="utf-8")
    report = import_annotations(world.services[name], out)
    for claim_id in report.imported:
        assert world.services[name].claim(claim_id).status != ReviewStatus.APPROVED


def merge(world: World, name: str, other: str) -> None:
    if name == other:
        return
    merge_projects(world.services[name], world.path(other))
    world.undo[name].clear()  # rows from before the merge are not this person's to put back


def check(world: World) -> None:
    for name, service in world.services.items():
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
         "undo", "import", "merge"]
    ),
    st.sampled_from(PEOPLE),
    st.sampled_from(PEOPLE),
    st.integers(0, 20),
    st.integers(0, 20),
)  # fmt: skip


def run_step(world: World, step: tuple) -> None:
    action, name, other, index, value = step
    claim_id = _pick(world, name, index)
    if claim_id is None and action not in ("create", "import", "merge", "undo"):
        return
    if action == "create":
        create(world, name, value)
    elif action == "edit":
        edit(world, name, claim_id, value, index)
    elif action in ("submit", "approve", "request"):
        status = {"submit": ReviewStatus.READY, "approve": ReviewStatus.APPROVED,
                  "request": ReviewStatus.CHANGES_REQUESTED}[action]  # fmt: skip
        decide(world, name, claim_id, status)
    elif action == "side":
        side_door(world, name, claim_id)
    elif action in ("source+", "source-"):
        sources(world, name, claim_id, action == "source+")
    elif action == "delete":
        delete_and_restore(world, name, claim_id)
    elif action == "undo":
        undo_last(world, name)
    elif action == "import":
        import_as_approved(world, name, other)
    else:
        merge(world, name, other)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=25))
def test_no_claim_is_approved_unless_someone_else_approved_what_it_says(
    tmp_path_factory, steps
) -> None:
    world = World(tmp_path_factory.mktemp("team"))
    try:
        for step in steps:
            run_step(world, step)
            check(world)
    finally:
        world.close()


def test_a_worked_sequence_reaches_approval_and_loses_it() -> None:
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
            undo_last(world, "Alice")
            assert alice.claim(claim_id).status == ReviewStatus.APPROVED
            check(world)
        finally:
            world.close()
