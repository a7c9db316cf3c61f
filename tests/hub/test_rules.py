"""The hub enforces identity and permissions itself: a desktop's word is not taken for them."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from annotator.domain import ArticleDraft, ReviewStatus
from annotator.hub import HubError
from annotator.hub import sync as hub
from annotator.hub.connection import init_hub
from annotator.services import review

TEXT = "The mayor said the new bridge cost 12 million euros, twice the estimate."


def _connected(desktop, hub_db, name: str, group: str):
    project = desktop(name, f"person-{name}")
    hub.connect(project, hub_db["user"](name.lower(), group))
    return project


def _ready_claim(project):
    article = project.add_article(ArticleDraft(title="Bridge", text=TEXT))
    claim = project.create_claim(article.id, 4, 9)
    review.set_status(project, claim.id, ReviewStatus.READY)
    return claim


def _hub_claim_status(hub_db, claim_id: str) -> str | None:
    with psycopg.connect(hub_db["admin_url"]) as conn:
        row = conn.execute(
            "SELECT row->>'status' FROM annotator_hub.items WHERE kind = 'claim' AND item_id = %s",
            [claim_id],
        ).fetchone()
    return row[0] if row else None


def _hand_edit(project, statements: list[tuple[str, list]]) -> None:
    """What someone with an SQLite tool could do to their own file, triggers switched off."""
    with sqlite3.connect(project.path) as conn:
        conn.execute("INSERT INTO approval_check_paused (flag) VALUES (1)")
        for sql, params in statements:
            conn.execute(sql, params)
        conn.execute("DELETE FROM approval_check_paused")


def test_a_reader_cannot_write(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    _ready_claim(alice)
    hub.sync(alice)
    dee = _connected(desktop, hub_db, "Dee", "reader")
    hub.pull(dee)
    dee.add_article(ArticleDraft(title="Mine", text="A reader's own article."))
    with pytest.raises(HubError, match="may only read"):
        hub.push(dee)
    with psycopg.connect(hub_db["user"]("dee2", "reader")) as conn, pytest.raises(
        psycopg.errors.InsufficientPrivilege
    ):
        conn.execute("DELETE FROM annotator_hub.items")
    with psycopg.connect(hub_db["admin_url"]) as conn:
        query = "SELECT count(*) FROM annotator_hub.items WHERE kind = 'article'"
        assert conn.execute(query).fetchone()[0] == 1


def test_nobody_approves_their_own_claim_on_the_hub(desktop, hub_db):
    rita = _connected(desktop, hub_db, "Rita", "reviewer")
    rita.update_settings({review.SELF_APPROVAL_KEY: "1"})  # allowed in her file, not on the hub
    claim = _ready_claim(rita)
    hub.sync(rita)
    review.approve(rita, claim.id)
    assert rita.claim(claim.id).status == ReviewStatus.APPROVED
    with pytest.raises(HubError, match="nobody can approve a claim they wrote"):
        hub.push(rita)
    assert _hub_claim_status(hub_db, claim.id) == "ready_for_review"


def test_a_checker_cannot_approve(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    carl = _connected(desktop, hub_db, "Carl", "checker")
    claim = _ready_claim(alice)
    hub.sync(alice)
    hub.sync(carl)
    review.approve(carl, claim.id)  # his desktop allows it: he is not the author
    with pytest.raises(HubError, match="not a reviewer"):
        hub.push(carl)
    assert _hub_claim_status(hub_db, claim.id) == "ready_for_review"


def test_a_forged_approval_in_a_hand_edited_file_is_refused(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    rita = _connected(desktop, hub_db, "Rita", "reviewer")
    claim = _ready_claim(alice)
    hub.sync(alice)
    hub.sync(rita)  # Rita is now a hub user bound to person-Rita
    content = sqlite3.connect(alice.path).execute(
        "SELECT content FROM claim_reviewed_content WHERE claim_id = ?", [claim.id]
    ).fetchone()[0]
    _hand_edit(alice, [
        ("INSERT INTO review_records (id, claim_id, reviewer, reviewer_id, decision, at, "
         "reviewed_content) VALUES ('forged', ?, 'Rita', 'person-Rita', 'approved', "
         "'2026-01-01T00:00:00Z', ?)", [claim.id, content]),
        ("UPDATE claims SET status = 'approved' WHERE id = ?", [claim.id]),
    ])  # fmt: skip
    with pytest.raises(HubError, match="not by the signed-in hub user"):
        hub.push(alice)
    _hand_edit(alice, [("DELETE FROM review_records WHERE id = 'forged'", [])])
    with pytest.raises(HubError, match="approved without an approval"):
        hub.push(alice)
    assert _hub_claim_status(hub_db, claim.id) == "ready_for_review"


def test_an_approval_of_other_content_does_not_count_on_the_hub(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    rita = _connected(desktop, hub_db, "Rita", "reviewer")
    claim = _ready_claim(alice)
    hub.sync(alice)
    hub.sync(rita)
    review.approve(rita, claim.id)
    hub.sync(rita)
    hub.sync(alice)
    _hand_edit(alice, [("UPDATE claims SET explanation = 'changed after approval' WHERE id = ?",
                        [claim.id])])  # fmt: skip
    with pytest.raises(HubError, match="approved without an approval"):
        hub.push(alice)


def test_records_authored_by_another_hub_user_are_refused(desktop, hub_db):
    rita = _connected(desktop, hub_db, "Rita", "reviewer")
    hub.sync(rita)
    mallory = _connected(desktop, hub_db, "Mallory", "checker")
    article = mallory.add_article(ArticleDraft(title="Fake", text=TEXT))
    claim = mallory.create_claim(article.id, 0, 3)
    _hand_edit(mallory, [("UPDATE claims SET author_id = 'person-Rita', author = 'Rita' "
                          "WHERE id = ?", [claim.id])])  # fmt: skip
    with pytest.raises(HubError, match="authored by another hub user"):
        hub.push(mallory)


def test_one_hub_user_is_one_person(desktop, hub_db):
    url = hub_db["user"]("shared", "checker")
    first = desktop("Sam", "person-sam")
    hub.connect(first, url)
    hub.sync(first)
    other = desktop("Someone", "person-someone-else")
    hub.connect(other, url)
    other.add_article(ArticleDraft(title="x", text="y"))
    with pytest.raises(HubError, match="another person"):
        hub.sync(other)


def test_a_hub_from_a_newer_version_is_refused_and_untouched(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    with psycopg.connect(hub_db["admin_url"]) as conn:
        conn.execute("UPDATE annotator_hub.meta SET value = '99' WHERE key = 'schema_version'")
        before = conn.execute("SELECT * FROM annotator_hub.meta ORDER BY key").fetchall()
    with pytest.raises(HubError, match="newer than this Annotator"):
        init_hub(hub_db["admin_url"])
    with pytest.raises(HubError, match="newer than this Annotator"):
        hub.sync(alice)
    with psycopg.connect(hub_db["admin_url"]) as conn:
        assert conn.execute("SELECT * FROM annotator_hub.meta ORDER BY key").fetchall() == before


def test_a_reader_syncs_without_writing(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    claim = _ready_claim(alice)
    hub.sync(alice)
    dee = _connected(desktop, hub_db, "Dee", "reader")
    result = hub.sync(dee)
    assert result.pulled is not None and dee.claim(claim.id).exact == "mayor"
    assert result.pushed_items == 0 and result.pushed_records == 0
    alice_role = f"{hub_db['name']}_alice"
    with psycopg.connect(hub_db["admin_url"]) as conn:
        members = conn.execute(
            "SELECT role, person_id, display_name FROM annotator_hub.members"
        ).fetchall()
        pushers = conn.execute("SELECT DISTINCT pushed_by FROM annotator_hub.items").fetchall()
    assert members == [(alice_role, "person-Alice", "Alice")]
    assert pushers == [(alice_role,)]  # the authenticated role, not what the desktop says
    assert hub.status(dee)["members"] == [{"role": alice_role, "name": "Alice"}]


def test_only_editors_extend_the_verdict_scale(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    hub.sync(alice)  # the first push brings the scale
    ed = _connected(desktop, hub_db, "Ed", "editor")
    hub.sync(ed)
    new_label = ("INSERT INTO verdicts (id, label, colour, position) "
                 "VALUES (?, 'Pants on fire', '#ff0000', 99)")  # fmt: skip
    _hand_edit(alice, [(new_label, ["v-alice"])])
    with pytest.raises(HubError, match="only editors can add the verdict Pants on fire"):
        hub.push(alice)
    _hand_edit(ed, [(new_label, ["v-ed"])])
    hub.push(ed)
    hub.sync(alice)  # now the label exists on the hub: Alice's copy of it is accepted
    with psycopg.connect(hub_db["admin_url"]) as conn:
        labels = conn.execute(
            "SELECT row->>'label' FROM annotator_hub.items WHERE kind = 'verdict' "
            "AND row->>'label' = 'Pants on fire'"
        ).fetchall()
    assert len(labels) == 2


def test_deleting_a_source_of_an_approved_claim_needs_a_new_approval(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    rita = _connected(desktop, hub_db, "Rita", "reviewer")
    article = alice.add_article(ArticleDraft(title="Bridge", text=TEXT))
    claim = alice.create_claim(article.id, 4, 9)
    source = alice.add_source(claim.id, url="https://stats.example.org/bridge")
    review.set_status(alice, claim.id, ReviewStatus.READY)
    hub.sync(alice)
    hub.sync(rita)
    review.approve(rita, claim.id)
    hub.sync(rita)
    hub.sync(alice)
    assert _hub_claim_status(hub_db, claim.id) == "approved"
    _hand_edit(alice, [("DELETE FROM sources WHERE id = ?", [source.id])])
    with pytest.raises(HubError, match="approved without an approval"):
        hub.push(alice)


def test_the_author_of_a_claim_on_the_hub_cannot_be_changed(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    claim = _ready_claim(alice)
    hub.sync(alice)
    bob = _connected(desktop, hub_db, "Bob", "checker")
    hub.sync(bob)
    _hand_edit(bob, [("UPDATE claims SET author_id = 'person-Bob', explanation = 'mine now' "
                      "WHERE id = ?", [claim.id])])  # fmt: skip
    with pytest.raises(HubError, match="author of claim .* cannot be changed"):
        hub.push(bob)
