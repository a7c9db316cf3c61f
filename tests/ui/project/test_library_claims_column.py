"""The library's Claims column is fitted by the panel (not measured by the header on every new
claim): it is always as wide as Qt's own fit to its contents, after counts grow and shrink,
rows come and go, and the font changes."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QFont

from annotator.services import ArticleSummary
from annotator.ui.project.library import CLAIMS, LibraryPanel


def summary(article_id: str, claims: int) -> ArticleSummary:
    return ArticleSummary(
        id=article_id, title=f"Article {article_id}", publisher="P", published="2025",
        url="", source_format="text", text_length=100, claim_count=claims,
        verdict_counts={"": claims},
    )  # fmt: skip


def fitted(panel: LibraryPanel) -> int:
    view = panel.view
    return max(view.sizeHintForColumn(CLAIMS), view.horizontalHeader().sectionSizeHint(CLAIMS))


def test_the_claims_column_fits_its_counts_as_they_change(qtbot) -> None:  # noqa: ANN001
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 300)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.view.horizontalHeader()
    panel.model.set_articles([summary("a", 5), summary("b", 7)], [])
    narrow = header.sectionSize(CLAIMS)
    assert narrow == fitted(panel)

    wide = dataclasses.replace(panel.model.summary(0), claim_count=123_456_789)
    panel.model.set_summary(0, wide)
    assert header.sectionSize(CLAIMS) == fitted(panel) > narrow

    panel.model.set_summary(1, dataclasses.replace(panel.model.summary(1), claim_count=8))
    assert header.sectionSize(CLAIMS) == fitted(panel)  # the widest is still row 0's

    panel.model.set_summary(0, dataclasses.replace(wide, claim_count=5))
    assert header.sectionSize(CLAIMS) == fitted(panel) == narrow

    panel.model.set_articles([summary("c", 98_765_432_1)], [])
    assert header.sectionSize(CLAIMS) == fitted(panel) > narrow

    font = QFont(panel.view.font())
    font.setPointSize(font.pointSize() * 2)
    panel.view.setFont(font)
    assert header.sectionSize(CLAIMS) == fitted(panel)
