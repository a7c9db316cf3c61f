"""The claims list's author and tag filters follow claim edits, and are rebuilt (combo boxes
refilled, name columns refitted) only when an edit changes them."""

from __future__ import annotations

from tests.ui.conftest import select_text


def test_filter_choices_are_rebuilt_only_when_they_change(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    panel = window.claims_panel
    rebuilt: list[tuple[list[str], list[str]]] = []
    original = panel.set_people_and_tags

    def spy(authors: list[str], tags: list[str]) -> None:
        rebuilt.append((list(authors), list(tags)))
        original(authors, tags)

    monkeypatch.setattr(panel, "set_people_and_tags", spy)
    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    claim_id = window.inspector.claim_id()
    qtbot.waitUntil(lambda: rebuilt == [(["Tester"], [])], timeout=10_000)  # a first author

    window.claims.edit_claim_field(claim_id, "explanation", "Checked against the transcript.")
    qtbot.waitUntil(lambda: not window._library_timer.isActive(), timeout=10_000)
    assert window.service.claim(claim_id).explanation == "Checked against the transcript."
    assert len(rebuilt) == 1  # same authors, tags and claimants: nothing rebuilt

    window.claims.edit_claim_field(claim_id, "tags", "energy")
    qtbot.waitUntil(lambda: len(rebuilt) == 2, timeout=10_000)
    assert rebuilt[-1] == (["Tester"], ["energy"])
    assert panel.tag_filter.findData("energy") >= 0


def test_the_name_columns_fit_the_kept_names_as_every_claims(qtbot, window) -> None:  # noqa: ANN001
    """The claimant and author columns are fitted to the (author, claimant) pairs the filter
    choices keep, and come out as fitting them to every claim does."""
    from annotator.ui.claims.claim_columns import fit_names
    from annotator.ui.claims.claims_model import AUTHOR, CLAIMANT

    panel = window.claims_panel
    header = panel.view.horizontalHeader()

    def widths() -> tuple[int, int, bool]:
        hidden = header.isSectionHidden(AUTHOR)
        return header.sectionSize(CLAIMANT), header.sectionSize(AUTHOR), hidden

    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    claim_id = window.inspector.claim_id()
    qtbot.waitUntil(lambda: not window._library_timer.isActive(), timeout=10_000)
    narrow = widths()[0]
    window.claims.edit_claim_field(claim_id, "claimant", "A spokesperson for the ministry")
    qtbot.waitUntil(lambda: widths()[0] > narrow, timeout=10_000)  # the column widened
    qtbot.waitUntil(lambda: not window._library_timer.isActive(), timeout=10_000)
    kept = widths()
    fit_names(panel.view, panel.model)  # from every claim
    assert widths() == kept
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: widths()[0] == narrow, timeout=10_000)
