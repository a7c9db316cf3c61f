"""Random sequences of edits, undos and redos: the database and the window always agree."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.ui.claims import quote_actions
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import ARTICLE_TEXT, make_project

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("claim"), st.integers(0, len(ARTICLE_TEXT) - 2), st.integers(1, 60)),
        st.tuples(st.just("verdict"), st.integers(0, 7), st.just(0)),
        st.tuples(
            st.just("field"),
            st.sampled_from(["claimant", "explanation", "tags"]),
            st.integers(0, 3),
        ),
        st.tuples(st.just("delete"), st.just(0), st.just(0)),
        st.tuples(st.just("select"), st.integers(0, 20), st.just(0)),
        st.tuples(st.just("undo"), st.just(0), st.just(0)),
        st.tuples(st.just("redo"), st.just(0), st.just(0)),
    ),
    min_size=1,
    max_size=25,
)


def check_consistent(window: MainWindow) -> None:
    service = window.service
    stored = {c.id: c for c in service.claims(window.article_id)}
    shown = {c.id: c for c in window.claims_model.all_claims()}
    assert stored == shown, "the claims list differs from the project file"
    assert window.claims_model.rowCount() == len(stored)
    text = window.reader.article.text
    for claim in stored.values():
        assert text[claim.start : claim.end] == claim.exact
        assert claim.id in window.reader.claims_at(claim.start), "a stored claim is not highlighted"
    highlighted = {key for offset in range(len(text)) for key in window.reader.claims_at(offset)}
    assert highlighted == set(stored), "a highlight without a stored claim"
    if window.inspector.claim_id() is not None:
        assert window.inspector.claim_id() in stored
    assert service.store.integrity_check() == "ok"


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=OPERATIONS, same_quote_again=st.booleans())
# Two claims snapped to the same word ("U" -> "Ukraine"): the window asks before the second.
# Unanswered, that modal question hung the test until pytest-timeout ended the process.
@example(operations=[("claim", 0, 1), ("claim", 0, 1)], same_quote_again=True)
@example(operations=[("claim", 0, 1), ("claim", 0, 1)], same_quote_again=False)
def test_random_edits_undos_and_redos_keep_window_and_database_in_step(
    qtbot, tmp_path_factory, monkeypatch, operations, same_quote_again
):
    """`same_quote_again`: the answer to "Make one more?" before a second claim on the very
    same words."""
    monkeypatch.setattr(
        quote_actions, "ask_duplicate", lambda parent, quote, count: same_quote_again
    )
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.annotator"
    make_project(path)
    window = MainWindow("Fuzzer")
    qtbot.addWidget(window)
    assert window.open_project(path)
    verdicts = [None] + [v.id for v in window.service.verdicts()]
    try:
        for kind, a, b in operations:
            claim_id = window.inspector.claim_id()
            if kind == "claim":
                window.reader.select_span(a, min(len(ARTICLE_TEXT), a + b))
                window.claims.new_claim_from_selection()
            elif kind == "verdict" and claim_id:
                window.claims.edit_claim_field(claim_id, "verdict_id", verdicts[a])
            elif kind == "field" and claim_id:
                window.claims.edit_claim_field(claim_id, a, f"value {b}")
            elif kind == "delete" and claim_id:
                window.claims.delete_current_claim()
            elif kind == "select":
                ids = window.claims_model.visible_ids()
                if ids:
                    window.claims_panel.select_claim(ids[a % len(ids)])
            elif kind == "undo":
                window.undo_stack.undo()
            elif kind == "redo":
                window.undo_stack.redo()
            check_consistent(window)
        while window.undo_stack.canUndo():
            window.undo_stack.undo()
        assert window.service.claims(window.article_id) == []
        check_consistent(window)
    finally:
        window.close()
