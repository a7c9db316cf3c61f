"""Who changed a claim, source, comment or article last is a person id (schema 14), not a name.

A rename reaches "Last changed by", `annotator list --json` and the exports; two people of one
name stay apart; a merge carries the id; undo and redo put it back; older files are upgraded
from the names they hold, through the people table.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtGui import QUndoStack

from annotator.domain.people import legacy_person_id, new_person_id, short_id
from annotator.exporters import ExportOptions, build_bundle, export
from annotator.services import ProjectService
from annotator.services.listing import project_listing
from annotator.services.merge import merge_projects
from annotator.services.review import add_comment, comment_threads, edit_comment
from annotator.storage.migrations.m0014_modified_by_ids import TABLES
from annotator.ui.common.undo_commands import EditClaimCommand

from .conftest import Team


def _person(team: Team, file: str, name: str) -> ProjectService:
    """`name`, with an identity of their own (as the window gives everyone), on `file`'s copy."""
    service = ProjectService.open(team.path(file), name, author_id=new_person_id())
    service.remember_me()
    team.open_services.append(service)
    return service


def _colleague(service: ProjectService, name: str) -> ProjectService:
    """Another person (own identity) working on the same open file."""
    other = ProjectService(service.store, name, author_id=new_person_id())
    other.remember_me()
    return other


def _stamps(path: Path, table: str) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(f"SELECT id, modified_by, modified_by_id FROM {table}").fetchall()
    return {row[0]: (row[1], row[2]) for row in rows}


def _listed_claim(service: ProjectService, claim_id: str) -> dict[str, object]:
    for article in project_listing(service)["articles"]:
        for claim in article["claims"]:
            if claim["id"] == claim_id:
                return dict(claim)
    raise KeyError(claim_id)


def _bob_edits_alices_copy(team: Team) -> tuple[ProjectService, ProjectService, str, str]:
    """Alice's copy, where Bob changed the first claim and its source: (alice, bob, claim id,
    source id)."""
    alice = _person(team, "Alice", "Alice")
    bob = _colleague(alice, "Bob")
    claim_id = team.base_claims[0]
    bob.update_claim(claim_id, explanation="Half of it.")
    (source,) = alice.sources(claim_id)
    bob.update_source(source.id, title="Labour survey")
    return alice, bob, claim_id, source.id


def test_every_edit_stamps_the_editor_id(team: Team) -> None:
    alice, bob, claim_id, source_id = _bob_edits_alices_copy(team)
    comment = add_comment(alice, claim_id, "Which year?")
    edit_comment(alice, comment.id, "Which year exactly?")
    bob.update_article(team.article_id, title="Economy, checked")
    path = team.path("Alice")
    assert _stamps(path, "claims")[claim_id] == ("Bob", bob.author_id)
    assert _stamps(path, "sources")[source_id] == ("Bob", bob.author_id)
    assert _stamps(path, "comments")[comment.id] == ("Alice", alice.author_id)
    assert _stamps(path, "articles")[team.article_id] == ("Bob", bob.author_id)
    assert _listed_claim(alice, claim_id)["modified_by_id"] == bob.author_id


def test_a_rename_reaches_the_listing_and_the_exports(team: Team, tmp_path: Path) -> None:
    alice, bob, claim_id, _ = _bob_edits_alices_copy(team)
    bob.rename_me("Robert Brown")
    assert _listed_claim(alice, claim_id)["modified_by"] == "Robert Brown"
    bundle = build_bundle(alice, ExportOptions(include_drafts=True))
    export(bundle, "json", tmp_path / "out.json")
    export(bundle, "w3c", tmp_path / "out.jsonld")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    claims = {c["id"]: c for a in data["articles"] for c in a["claims"]}
    assert claims[claim_id]["modified_by"] == "Robert Brown"
    assert claims[team.base_claims[1]]["modified_by"] == "Origin"  # nobody renamed Origin
    w3c = json.loads((tmp_path / "out.jsonld").read_text(encoding="utf-8"))
    changed_by = {
        item["id"].rsplit(":", 1)[-1]: item.get("annotator:modifiedBy")
        for item in w3c["first"]["items"]
    }
    assert changed_by[claim_id] == "Robert Brown"


def test_a_rename_reaches_what_someone_only_changed(team: Team) -> None:
    """Someone who never wrote in the file before edits a claim: their rename still shows."""
    alice = _person(team, "Alice", "Alice")
    dana = ProjectService(alice.store, "Dana", author_id=new_person_id())  # not remembered yet
    claim_id = team.base_claims[2]
    dana.update_claim(claim_id, explanation="Checked by Dana.")
    dana.rename_me("Dana Smith")
    assert _listed_claim(alice, claim_id)["modified_by"] == "Dana Smith"


def test_two_people_of_one_name_are_shown_apart(team: Team) -> None:
    first = _person(team, "Alice", "Sam")
    second = _colleague(first, "Sam")
    claim_id = team.base_claims[1]
    first.update_claim(claim_id, explanation="Checked by the first Sam.")
    assert first.claim(claim_id).modified_by_id == first.author_id
    second.update_claim(claim_id, claimant="The minister")
    claim = first.claim(claim_id)
    assert claim.modified_by_id == second.author_id
    assert _listed_claim(first, claim_id)["modified_by"] == f"Sam ({short_id(second.author_id)})"
    assert first.display_name(claim.modified_by_id) != first.display_name(first.author_id)


def test_a_merge_carries_who_changed_it(team: Team) -> None:
    bob = _person(team, "Bob", "Bob")
    claim_id = team.base_claims[2]
    bob.update_claim(claim_id, explanation="The ministry's own table says so.")
    comment = add_comment(bob, claim_id, "Confirmed by phone.")
    team.close(bob)
    alice = _person(team, "Alice", "Alice")
    merge_projects(alice, team.path("Bob"))
    assert alice.claim(claim_id).modified_by_id == bob.author_id
    assert _stamps(team.path("Alice"), "comments")[comment.id] == ("Bob", bob.author_id)
    assert _listed_claim(alice, claim_id)["modified_by"] == "Bob"


def test_undo_and_redo_put_the_stamp_back(team: Team, qapp) -> None:
    alice = _person(team, "Alice", "Alice")
    claim_id = team.base_claims[0]
    origin = alice.claim(claim_id)
    stack = QUndoStack()
    stack.push(EditClaimCommand.perform(alice, claim_id, "explanation", "Checked."))
    edited = alice.claim(claim_id)
    assert (edited.modified_by, edited.modified_by_id) == ("Alice", alice.author_id)
    stack.undo()
    undone = alice.claim(claim_id)
    assert (undone.modified, undone.modified_by, undone.modified_by_id) == (
        origin.modified, "Origin", legacy_person_id("Origin")
    )
    stack.redo()
    redone = alice.claim(claim_id)
    assert (redone.modified, redone.modified_by_id) == (edited.modified, alice.author_id)


def _older_copy(team: Team) -> tuple[Path, dict[str, str]]:
    """Alice's copy as an Annotator before 0014 left it: Alice and Bob (identities of their own)
    changed things, and a claim names "Zed", whom the file does not know."""
    alice = _person(team, "Alice", "Alice")
    bob = _colleague(alice, "Bob")
    first, second, third = team.base_claims
    alice.update_claim(first, explanation="Alice checked it.")
    bob.update_claim(second, explanation="Bob checked it.")
    comment = add_comment(alice, third, "Source?")
    alice.update_article(team.article_id, title="Economy (checked)")
    ids = {"Alice": alice.author_id, "Bob": bob.author_id, "comment": comment.id}
    alice.store.db.execute("UPDATE claims SET modified_by = 'Zed' WHERE id = ?", [third])
    alice.store.db.conn.commit()
    path = alice.path
    team.close(alice)
    with sqlite3.connect(path) as conn:
        for table in TABLES:
            conn.execute(f"DROP INDEX {table}_modifier_unstamped")
            conn.execute(f"ALTER TABLE {table} DROP COLUMN modified_by_id")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0014_modified_by_ids'")
        conn.execute("PRAGMA user_version = 13")
    return path, ids


def test_an_older_file_gets_ids_from_its_names(team: Team) -> None:
    path, ids = _older_copy(team)
    with sqlite3.connect(path) as conn:
        revisions = conn.execute("SELECT * FROM item_revs ORDER BY 1, 2").fetchall()
    service = team.open("Alice")
    first, second, third = team.base_claims
    claims = _stamps(path, "claims")
    assert claims[first] == ("Alice", ids["Alice"])  # the one person called Alice
    assert claims[second] == ("Bob", ids["Bob"])
    assert claims[third] == ("Zed", legacy_person_id("Zed"))  # a name the file did not know
    assert _stamps(path, "comments")[ids["comment"]] == ("Alice", ids["Alice"])  # its author
    assert _stamps(path, "articles")[team.article_id] == ("Alice", ids["Alice"])
    assert set(_stamps(path, "sources").values()) == {("Origin", legacy_person_id("Origin"))}
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT * FROM item_revs ORDER BY 1, 2").fetchall() == revisions
        names = sorted(r[0] for r in conn.execute("SELECT name FROM people"))
    assert names == ["Alice", "Bob", "Origin", "Zed"]  # no second Alice or Bob
    assert _listed_claim(service, third)["modified_by"] == "Zed"
    assert [t.comment.author for t in comment_threads(service, third)] == ["Alice"]


def test_the_conflicts_panel_names_who_changed_each_side_now(team: Team) -> None:
    from annotator.services.merge import conflicts
    from annotator.ui.review.conflicts_panel import field_rows

    claim_id = team.base_claims[0]
    bob = _person(team, "Bob", "Bob")
    bob.update_claim(claim_id, explanation="Bob's reading")
    team.close(bob)
    alice = _person(team, "Alice", "Alice")
    alice.update_claim(claim_id, explanation="Alice's reading")
    assert merge_projects(alice, team.path("Bob")).conflicts == 1
    alice.rename_me("Alicia")
    (view,) = conflicts(alice)
    rows = {label: (mine, theirs) for label, mine, theirs in field_rows(alice, view)}
    assert rows["Changed by"] == ("Alicia", "Bob")
