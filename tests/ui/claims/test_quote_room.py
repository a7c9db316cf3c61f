"""A narrow claims list keeps the quote readable: the claimant, status and author columns give
way (down to 60 px) before the quote gets under 140 px, and get their widths back when the list
widens; a width the user drags a column to is kept.

Worked example: two authors (so the author column shows) and claimants whose names are wider
than the 120 px a name column starts at, in a list 480 px wide (the window's left pane on a
1366×768 laptop), where those widths left the quote about 50 px.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from annotator.ui.claims.claims_model import AUTHOR, CLAIMANT, QUOTE, STATUS, ClaimsModel
from annotator.ui.claims.claims_panel import ClaimsPanel

from .test_claims_filter_sort import BY_ID, random_claim

CLAIMANTS = ("Volodymyr Oleksandrovych Zelenskyy", "The Office of the US Trade Representative")


@pytest.fixture
def panel(qtbot):  # noqa: ANN001
    model = ClaimsModel(lambda claim: BY_ID.get(claim.verdict_id or ""))
    panel = ClaimsPanel(model)
    qtbot.addWidget(panel)
    rng = random.Random(3)
    claims = [
        replace(random_claim(rng, n, n * 10), claimant=CLAIMANTS[n % 2], author=author,
                author_id=f"id-{author}")
        for n, author in enumerate(["Marta Kowalczyk", "Oluwaseun Adeyemi"] * 3)
    ]  # fmt: skip
    model.set_claims(claims)
    panel.set_people_and_tags(["Marta Kowalczyk", "Oluwaseun Adeyemi"], [])
    panel.resize(1000, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def widths(panel) -> dict[int, int]:  # noqa: ANN001
    header = panel.view.horizontalHeader()
    return {c: header.sectionSize(c) for c in (QUOTE, CLAIMANT, STATUS, AUTHOR)}


def test_the_quote_keeps_room_in_a_narrow_list_and_the_names_come_back(qtbot, panel):
    assert not panel.view.isColumnHidden(AUTHOR)
    qtbot.waitUntil(lambda: widths(panel)[CLAIMANT] == 120)  # the names' widest start
    wide = widths(panel)
    assert wide[QUOTE] > 300
    panel.resize(480, 500)
    qtbot.waitUntil(lambda: widths(panel)[QUOTE] >= 140)
    narrow = widths(panel)
    assert narrow[CLAIMANT] < wide[CLAIMANT] and narrow[AUTHOR] < wide[AUTHOR]
    assert min(narrow[CLAIMANT], narrow[STATUS], narrow[AUTHOR]) >= 60
    panel.resize(1000, 500)
    qtbot.waitUntil(lambda: widths(panel) == wide)


def test_a_width_the_user_drags_to_is_kept(qtbot, panel):
    qtbot.waitUntil(lambda: widths(panel)[CLAIMANT] == 120)
    panel.view.horizontalHeader().resizeSection(CLAIMANT, 200)  # as a drag of its edge does
    panel.resize(990, 500)
    qtbot.waitUntil(lambda: panel.view.width() < 995)
    assert widths(panel)[CLAIMANT] == 200
