"""After claim edits of the article shown, the library's counts for it are adjusted by the claims
the change notices name (no summary query over the whole project) and equal what the project
file says, through creates, a verdict change and undos."""

from __future__ import annotations

from annotator.ui.project.library import CLAIMS, SUMMARY_ROLE
from tests.ui.conftest import select_text


def test_counts_of_the_shown_article_follow_edits_without_reading_the_library(
    qtbot, window, monkeypatch  # noqa: ANN001
) -> None:
    service = window.service
    reads = []
    original = service.articles
    monkeypatch.setattr(service, "articles", lambda: reads.append(1) or original())
    model = window.library.model
    row = model.row_of(window.article_id)

    def shown() -> tuple[str, dict[str, int]]:
        return (model.index(row, CLAIMS).data(), model.index(row, 0).data(SUMMARY_ROLE))

    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    first = window.inspector.claim_id()
    select_text(window, "$500 billion")
    window.claims.new_claim_action.trigger()
    qtbot.waitUntil(lambda: shown() == ("2", {"": 2}), timeout=10_000)
    false = next(v for v in service.verdicts() if v.label == "False")
    window.claims.edit_claim_field(first, "verdict_id", false.id)
    qtbot.waitUntil(lambda: shown() == ("2", {"": 1, "False": 1}), timeout=10_000)
    assert reads == []  # adjusted from the notices, not read again
    summary = next(s for s in original() if s.id == window.article_id)
    assert (str(summary.claim_count), summary.verdict_counts) == shown()

    window.undo_action.trigger()  # undo the verdict
    window.undo_action.trigger()  # and the second claim
    qtbot.waitUntil(lambda: shown() == ("1", {"": 1}), timeout=10_000)
    assert reads == []
