"""The texts the claims filter searches are made a block at a time while the window is idle
after a load (claims_panel.TEXTS_PER_TICK), so the first keystroke does not make them all;
whatever is made in blocks, or left for the filter, is each claim's casefolded text."""

from __future__ import annotations

import random
from dataclasses import replace

from annotator.ui.claims import claims_panel
from annotator.ui.claims.claim_index import ClaimFilter, ClaimTable, searched_text
from annotator.ui.claims.claims_model import ClaimsModel
from annotator.ui.claims.claims_panel import ClaimsPanel

from .test_claims_filter_sort import BY_ID, random_claim


def test_texts_made_in_blocks_equal_the_texts_made_at_once() -> None:
    rng = random.Random(5)
    claims = [random_claim(rng, n, n * 10) for n in range(50)]
    table = ClaimTable()
    table.load(claims)
    assert table.prepare_texts(20) is True
    table.put(replace(claims[3], exact="Changed after its text was made"))  # before the cursor
    table.put(replace(claims[30], exact="Changed before its text was made"))
    table.put(random_claim(rng, 99, 990))  # a new claim
    table.drop(claims[40].id)
    assert table.prepare_texts(20) is True
    assert table.prepare_texts(20) is False  # the rest, and those changed meanwhile
    assert table.prepare_texts(20) is False
    for slot in table.slot_of.values():
        assert table.texts[slot] == searched_text(table.claims[slot])
        assert table.quotes[slot] == table.claims[slot].exact.casefold()  # made with the text
    table.put(replace(claims[7], exact="STRASSE Straße ΕΛΛΆΔΑ"))  # casefolded longer
    assert table.folded_quotes()[7] == "strasse strasse ελλάδα"


def test_after_a_load_the_panel_makes_the_texts_while_idle(qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(claims_panel, "TEXTS_PER_TICK", 7)
    model = ClaimsModel(lambda claim: BY_ID.get(claim.verdict_id or ""))
    panel = ClaimsPanel(model)
    qtbot.addWidget(panel)
    rng = random.Random(2)
    claims = [random_claim(rng, n, n * 10) for n in range(30)]
    blocks: list[int] = []
    prepare = model.prepare_some_texts

    def counted(limit: int) -> bool:
        blocks.append(limit)
        return prepare(limit)

    monkeypatch.setattr(model, "prepare_some_texts", counted)
    model.set_claims(claims)
    assert blocks == []  # not during the load: once the window is idle
    qtbot.waitUntil(lambda: len(blocks) == 5)  # 30 claims, 7 a block
    asked = []
    monkeypatch.setattr(
        "annotator.ui.claims.claim_index.searched_texts", lambda c: asked.append(c) or []
    )
    monkeypatch.setattr(
        "annotator.ui.claims.claim_index.searched_text", lambda c: asked.append(c) or ""
    )
    model.set_filter(ClaimFilter(text=claims[0].exact[:3]))
    assert asked == []  # the first keystroke found every text made
    assert model.rowCount() > 0
