"""The verdict scale editor's service: retire keeps claims' verdicts, undo restores the scale."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain import ArticleDraft
from annotator.errors import ValidationError
from annotator.services import verdict_scale as scale


def _claim(service, verdict_label: str):
    article = service.add_article(ArticleDraft(title="A", text="The bridge cost £2m, the council said."))
    return service.create_claim(article.id, 0, 10, verdict_id=service.verdict_by_label(verdict_label).id)


def test_removing_a_used_verdict_retires_it_and_the_claim_keeps_it(service):
    claim = _claim(service, "Misleading")
    scale.remove_verdict(service, "Misleading")
    kept = service.verdict(service.claim(claim.id).verdict_id)
    assert kept.label == "Misleading" and kept.retired
    scale.remove_verdict(service, "Unproven")
    assert [v.label for v in service.verdicts()] == ["True", "Mostly true", "Half true", "Mostly false", "False", "Misleading"]


def test_templates_keep_used_verdicts_retired_and_matching_labels_keep_their_ids(service):
    claim = _claim(service, "False")
    false_id = service.verdict_by_label("False").id
    used_half = _claim(service, "Half true")
    scale.apply_template(service, "meta")
    labels = [(v.label, v.retired) for v in service.verdicts()]
    assert labels == [("False", False), ("Altered", False), ("Partly false", False), ("Missing context", False), ("Satire", False), ("True", False), ("Half true", True)]
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
        st.tuples(st.just("rename"), st.integers(0, 9), st.text("ijklmnop", min_size=1, max_size=6)),
        st.tuples(st.just("move"), st.integers(0, 9), st.integers(0, 9)),
        st.tuples(st.just("remove"), st.integers(0, 9)),
        st.tuples(st.just("colour"), st.integers(0, 9), st.sampled_from(["#000000", "#ff00ff", "#123abc"])),
    ),
    max_size=8,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
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
