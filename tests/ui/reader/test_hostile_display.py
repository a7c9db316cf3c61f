"""Hostile text is displayed safely and quickly: huge paragraphs, endless lines, invisible
controls."""

from __future__ import annotations

import pytest

from annotator.domain import ArticleDraft
from annotator.ui.main_window import MainWindow


def open_text(qtbot, tmp_path, text):
    from annotator.services import ProjectService

    path = tmp_path / "hostile.annotator"
    project = ProjectService.open(path, "Setup")
    project.add_article(ArticleDraft(title="Hostile", text=text))
    project.close()
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    assert window.open_project(path)
    return window


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            ("All work and no play. " * 460_000) + "Target words here.", id="10MB-paragraph"
        ),
        pytest.param("x" * 1_000_000 + " Target words here.", id="million-char-line"),
    ],
)
def test_huge_paragraphs_open_and_claims_land_exactly(qtbot, tmp_path, text):
    window = open_text(qtbot, tmp_path, text)
    reader = window.reader
    start = text.index("Target words")
    reader.select_span(start, start + len("Target words"))
    claim = window.claims.new_claim_from_selection()
    assert claim.exact == "Target words"
    assert (claim.start, claim.end) == (start, start + 12)
    assert reader.claims_at(start + 3) == [claim.id]
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum())
    reader.viewport().repaint()
    window.close()


def test_zero_width_and_direction_overrides_stay_text(qtbot, tmp_path):
    text = "Safe\u200b text \u202eevil\u202c here \u2066isolate\u2069 and a claim after them."
    window = open_text(qtbot, tmp_path, text)
    start = text.index("a claim")
    window.reader.select_span(start, start + 7)
    claim = window.claims.new_claim_from_selection()
    assert claim.exact == "a claim"
    assert window.inspector.quote.text() == "a claim"
    assert window.reader.article.text == text
    window.close()
