"""The verdict scale editor's service: retire keeps claims' verdicts, undo restores the scale."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain import DEFAULT_SCALE, ArticleDraft
from annotator.errors import ValidationError
from annotator.services import ProjectService
from annotator.services import verdict_scale as scale


def _claim(service, verdict_label: str):
    article = service.add_article(
        ArticleDraft(title="A", text="The bridge cost £2m, the council said.")
    )
    return service.create_claim(
        article.id, 0, 10, verdict_id=service.verdict_by_label(verdict_label).id
    )


def test_removing_a_used_verdict_retires_it_and_the_claim_keeps_it(service):
    claim = _claim(service, "Misleading")
    scale.remove_verdict(service, "Misleading")
    kept = service.verdict(service.claim(claim.id).verdict_id)
    assert kept.label == "Misleading" and kept.retired
    scale.remove_verdict(service, "Unproven")
    assert [v.label for v in service.verdicts()] == [
        "True",
        "Mostly true",
        "Half true",
        "Mostly false",
        "False",
        "Misleading",
    ]


def test_templates_keep_used_verdicts_retired_and_matching_labels_keep_their_ids(service):
    claim = _claim(service, "False")
    false_id = service.verdict_by_label("False").id
    used_half = _claim(service, "Half true")
    scale.apply_template(service, "meta")
    labels = [(v.label, v.retired) for v in service.verdicts()]
    assert labels == [
        ("False", False),
        ("Altered", False),
        ("Partly false", False),
        ("Missing context", False),
        ("Satire", False),
        ("True", False),
        ("Half true", True),
    ]
    assert service.claim(claim.id).verdict_id == false_id
    assert service.verdict(service.claim(used_half.id).verdict_id).label == "Half true"


def test_bad_edits_are_refused(service):
    with pytest.raises(ValidationError, match="already a verdict “False”"):
        scale.edit_verdict(service, "True", label="false")
    with pytest.raises(ValidationError, match="#rrggbb"):
        scale.edit_verdict(service, "True", colour="blue")
    with pytest.raises(ValidationError, match="at least 1"):
        scale.edit_verdict(service, "True", value=0)


_EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.text("abcdefgh ", min_size=1, max_size=6)),
        st.tuples(
            st.just("rename"), st.integers(0, 9), st.text("ijklmnop", min_size=1, max_size=6)
        ),
        st.tuples(st.just("move"), st.integers(0, 9), st.integers(0, 9)),
        st.tuples(st.just("remove"), st.integers(0, 9)),
        st.tuples(
            st.just("colour"), st.integers(0, 9), st.sampled_from(["#000000", "#ff00ff", "#123abc"])
        ),
    ),
    max_size=8,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=_EDITS)
def test_undoing_every_edit_in_reverse_restores_the_scale_and_the_claims(service, edits):
    if not service.store.all_claims():
        _claim(service, "Misleading")
    start = list(service.verdicts())
    claims = {c.id: c.verdict_id for c in service.store.all_claims()}
    undo = []
    for edit in edits:
        current = service.verdicts()
        pick = current[edit[1] % len(current)].id if len(edit) > 2 or edit[0] == "remove" else None
        try:
            if edit[0] == "add":
                undo.append(scale.add_verdict(service, edit[1]))
            elif edit[0] == "rename":
                undo.append(scale.edit_verdict(service, pick, label=edit[2]))
            elif edit[0] == "move":
                undo.append(scale.move_verdict(service, pick, edit[2]))
            elif edit[0] == "remove":
                undo.append(scale.remove_verdict(service, pick))
            else:
                undo.append(scale.edit_verdict(service, pick, colour=edit[2]))
        except ValidationError:
            pass
    for before, _after in reversed(undo):
        scale.put_scale(service, before)
    assert service.verdicts() == start
    assert {c.id: c.verdict_id for c in service.store.all_claims()} == claims


def _two_copies(tmp_path):
    from annotator.services import ProjectService

    base = ProjectService.open(tmp_path / "alice.annotator", "Alice")
    _claim(base, "False")
    base.close()
    (tmp_path / "bob.annotator").write_bytes((tmp_path / "alice.annotator").read_bytes())
    return tmp_path / "alice.annotator", tmp_path / "bob.annotator"


def test_scale_changes_travel_in_merges(tmp_path):
    from annotator.services import ProjectService
    from annotator.services.merge import merge_projects

    alice_path, bob_path = _two_copies(tmp_path)
    bob = ProjectService.open(bob_path, "Bob")
    scale.add_verdict(bob, "Pants on Fire", "#7f0000", 1)
    scale.edit_verdict(bob, "Mostly true", label="Largely true")
    scale.remove_verdict(bob, "Unproven")
    scale.remove_verdict(bob, "False")  # used by the claim: retired
    bob.close()
    alice = ProjectService.open(alice_path, "Alice")
    report = merge_projects(alice, bob_path)
    assert report.counts["verdict"] == {
        "added": 1,
        "updated": 2,
        "unchanged": 0,
        "conflicts": 0,
        "deleted": 1,
    }
    assert [(v.label, v.retired) for v in alice.verdicts()] == [
        ("True", False), ("Largely true", False), ("Half true", False), ("Mostly false", False),
        ("False", True), ("Misleading", False), ("Pants on Fire", False),
    ]
    alice.close()


def test_renamed_on_one_side_and_removed_on_the_other_is_a_conflict(tmp_path):
    from annotator.services import ProjectService
    from annotator.services.merge import conflicts, merge_projects, resolve_conflict

    alice_path, bob_path = _two_copies(tmp_path)
    bob = ProjectService.open(bob_path, "Bob")
    scale.remove_verdict(bob, "Unproven")
    bob.close()
    alice = ProjectService.open(alice_path, "Alice")
    scale.edit_verdict(alice, "Unproven", label="Not proven")
    report = merge_projects(alice, bob_path)
    assert report.counts["verdict"]["conflicts"] == 1
    (view,) = conflicts(alice)
    assert view.kind == "verdict" and view.theirs is None and view.mine["label"] == "Not proven"
    assert alice.verdict_by_label("Not proven") is not None  # kept until resolved
    resolve_conflict(alice, view.id, "theirs")
    assert alice.verdict_by_label("Not proven") is None
    alice.close()


def test_a_verdict_they_deleted_that_my_claims_use_is_kept_as_a_conflict(tmp_path):
    from annotator.services import ProjectService
    from annotator.services.merge import merge_projects

    alice_path, bob_path = _two_copies(tmp_path)
    bob = ProjectService.open(bob_path, "Bob")
    scale.remove_verdict(bob, "Unproven")
    bob.close()
    alice = ProjectService.open(alice_path, "Alice")
    claim = _claim(alice, "Unproven")
    report = merge_projects(alice, bob_path)
    assert report.counts["verdict"]["conflicts"] == 1 and report.counts["verdict"]["deleted"] == 0
    assert alice.verdict(alice.claim(claim.id).verdict_id).label == "Unproven"
    alice.close()


_SIDE_EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(["Satire", "Altered", "Pants on Fire"])),
        st.tuples(
            st.just("rename"), st.integers(0, 6), st.sampled_from(["Bogus", "Correct", "Unclear"])
        ),
        st.tuples(st.just("colour"), st.integers(0, 6), st.sampled_from(["#000000", "#ff00ff"])),
        st.tuples(st.just("remove"), st.integers(0, 6)),
        st.tuples(st.just("move"), st.integers(0, 6), st.integers(0, 6)),
    ),
    max_size=4,
)


def _apply_edits(service, edits) -> None:
    for edit in edits:
        current = service.verdicts()
        pick = current[edit[1] % len(current)].id if not isinstance(edit[1], str) else None
        try:
            if edit[0] == "add":
                scale.add_verdict(service, edit[1])
            elif edit[0] == "rename":
                scale.edit_verdict(service, pick, label=edit[2])
            elif edit[0] == "colour":
                scale.edit_verdict(service, pick, colour=edit[2])
            elif edit[0] == "remove":
                scale.remove_verdict(service, pick)
            else:
                scale.move_verdict(service, pick, edit[2])
        except ValidationError:
            pass


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(alice_edits=_SIDE_EDITS, bob_edits=_SIDE_EDITS)
def test_merging_scale_edits_either_way_gives_the_same_scale(
    tmp_path_factory, alice_edits, bob_edits
):
    import shutil

    from annotator.services import ProjectService
    from annotator.services.merge import merge_projects

    folder = tmp_path_factory.mktemp("scales")
    alice_path, bob_path = _two_copies(folder)
    for path, edits, name in ((alice_path, alice_edits, "Alice"), (bob_path, bob_edits, "Bob")):
        side = ProjectService.open(path, name)
        _apply_edits(side, edits)
        side.close()
    shutil.copyfile(alice_path, folder / "a2.annotator")
    shutil.copyfile(bob_path, folder / "b2.annotator")
    results = []
    for mine, theirs in (
        (folder / "a2.annotator", bob_path),
        (folder / "b2.annotator", alice_path),
    ):
        side = ProjectService.open(mine, "M")
        merge_projects(side, theirs)
        results.append({(v.id, v.label, v.colour, v.value, v.retired) for v in side.verdicts()})
        used = {c.verdict_id for c in side.store.all_claims()}
        assert used <= {v.id for v in side.verdicts()}  # no claim lost its verdict
        side.close()
    # A verdict both added under the same label keeps each side's id (as articles matched by
    # text do); everything else is identical both ways.
    assert {r[1:] for r in results[0]} == {r[1:] for r in results[1]}
    shared = {r[0] for r in results[0]} & {r[0] for r in results[1]}
    assert {r for r in results[0] if r[0] in shared} == {r for r in results[1] if r[0] in shared}


SPANISH = {"True": "Verdadero", "False": "Falso", "Mostly true": "Mayormente verdadero"}


def test_the_marked_labels_are_the_default_scales():
    assert tuple(label for label, _, _ in DEFAULT_SCALE) == scale.DEFAULT_LABELS


def test_a_new_project_is_named_once_and_a_changed_scale_is_left_alone(tmp_path):
    path = tmp_path / "nueva.annotator"
    spanish = ProjectService.open(path, "Ana", verdict_names=lambda t: SPANISH.get(t, t))
    assert [v.label for v in spanish.verdicts()][:3] == ["Verdadero", "Mayormente verdadero",
                                                         "Half true"]  # fmt: skip
    spanish.close()
    reopened = ProjectService.open(path, "Ana", verdict_names=str.upper)  # exists: not renamed
    assert reopened.verdicts()[0].label == "Verdadero"
    scale.name_new_scale(reopened, str.upper)  # not the English default any more: unchanged
    assert reopened.verdicts()[0].label == "Verdadero"
    reopened.close()


def test_a_translated_template_keeps_the_ids_of_english_labels_claims_use(service):
    claim = _claim(service, "False")
    false_id = service.claim(claim.id).verdict_id
    scale.apply_template(service, "politifact", lambda t: SPANISH.get(t, t))
    labels = [v.label for v in service.verdicts()]
    assert labels[:2] == ["Verdadero", "Mayormente verdadero"] and "Falso" in labels
    assert service.verdict(false_id).label == "Falso" and not service.verdict(false_id).retired
