"""What is kept incrementally after claim edits (the library's counts for the article shown, the
claims list's author and tag filters, the claim numbers in the margin) equals what a fresh count
of the project file gives, after any sequence of creates, deletes, verdict, tag and claimant
changes, undos and redos; the name columns are as wide as fitting them to every claim makes them."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain import AnchorState
from annotator.domain.claim import report_order
from annotator.ui.claims import quote_actions
from annotator.ui.claims.claim_columns import fit_names
from annotator.ui.claims.claims_model import AUTHOR, CLAIMANT
from annotator.ui.claims.claims_panel import ANY
from annotator.ui.main_window import MainWindow
from annotator.ui.project.library import CLAIMS, SUMMARY_ROLE
from tests.ui.conftest import ARTICLE_TEXT, make_project

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("claim"), st.integers(0, len(ARTICLE_TEXT) - 2)),
        st.tuples(st.just("verdict"), st.integers(0, 7)),
        st.tuples(st.just("tags"), st.integers(0, 3)),
        st.tuples(st.just("claimant"), st.integers(0, 2)),
        st.tuples(st.just("delete"), st.just(0)),
        st.tuples(st.just("select"), st.integers(0, 20)),
        st.tuples(st.just("undo"), st.just(0)),
        st.tuples(st.just("redo"), st.just(0)),
    ),
    min_size=1,
    max_size=15,
)
TAGS = ["", "energy", "energy, trade", "war"]
CLAIMANTS = ["", "Minister", "A spokesperson for the ministry of energy"]


def name_columns(panel) -> tuple[int, int, bool]:  # noqa: ANN001
    header = panel.view.horizontalHeader()
    return header.sectionSize(CLAIMANT), header.sectionSize(AUTHOR), header.isSectionHidden(AUTHOR)


def combo_items(combo) -> list[str]:  # noqa: ANN001
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) != ANY]


def check_against_fresh_counts(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window._library_timer.isActive(), timeout=10_000)
    service, article_id = window.service, window.article_id
    claims = service.claims(article_id)
    summary = next(s for s in service.articles() if s.id == article_id)
    model = window.library.model
    row = model.row_of(article_id)
    shown = (model.index(row, CLAIMS).data(), model.index(row, 0).data(SUMMARY_ROLE))
    assert shown == (str(summary.claim_count), summary.verdict_counts)

    panel = window.claims_panel
    authors = {service.display_name(c.author_id, c.author) for c in claims}
    assert combo_items(panel.author_filter) == sorted(authors)
    assert combo_items(panel.tag_filter) == sorted({t for c in claims for t in c.tags})
    kept = name_columns(panel)  # fitted to the names FilterChoices keeps...
    fit_names(panel.view, panel.model)  # ... as to every claim's
    assert name_columns(panel) == kept

    reader, gutter = window.reader, window.reader.page_gutter
    lines: dict[int, list[str]] = {}
    placed = [c for c in report_order(claims) if c.anchor_state != AnchorState.ORPHANED]
    for number, claim in enumerate(placed, start=1):
        top = reader.cursorRect(reader._cursor_for(claim.start, claim.start)).top()
        lines.setdefault(top + reader.viewport().y() - gutter.y(), []).append(str(number))
    expected = [(y, ",".join(numbers)) for y, numbers in lines.items()]
    qtbot.waitUntil(lambda: gutter.visible_numbers() == expected, timeout=10_000)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=OPERATIONS)
def test_incremental_counts_equal_a_fresh_count_after_any_edits(
    qtbot,
    tmp_path_factory,
    monkeypatch,
    operations,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(quote_actions, "ask_duplicate", lambda parent, quote, count: True)
    path = tmp_path_factory.mktemp("counts") / "counts.annotator"
    make_project(path)
    window = MainWindow("Counter")
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    verdicts = [None] + [v.id for v in window.service.verdicts()]
    try:
        for kind, value in operations:
            claim_id = window.inspector.claim_id()
            if kind == "claim":
                window.reader.select_span(value, min(len(ARTICLE_TEXT), value + 12))
                window.claims.new_claim_from_selection()
            elif kind == "verdict" and claim_id:
                window.claims.edit_claim_field(claim_id, "verdict_id", verdicts[value])
            elif kind == "tags" and claim_id:
                window.claims.edit_claim_field(claim_id, "tags", TAGS[value])
            elif kind == "claimant" and claim_id:
                window.claims.edit_claim_field(claim_id, "claimant", CLAIMANTS[value])
            elif kind == "delete" and claim_id:
                window.claims.delete_current_claim()
            elif kind == "select":
                ids = window.claims_model.visible_ids()
                if ids:
                    window.claims_panel.select_claim(ids[value % len(ids)])
            elif kind == "undo":
                window.undo_stack.undo()
            elif kind == "redo":
                window.undo_stack.redo()
            check_against_fresh_counts(qtbot, window)
    finally:
        window.close()
