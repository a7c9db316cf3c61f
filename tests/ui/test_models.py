"""The item models obey Qt's model contract (pytest-qt's qtmodeltester) while rows change."""

from __future__ import annotations

from annotator.domain import ArticleDraft
from annotator.ui.claims.claims_model import CLAIMANT, QUOTE, VERDICT, ClaimFilter, ClaimsModel
from annotator.ui.project.library import ArticlesModel


def test_claims_model_contract_through_inserts_updates_sorts_filters_and_removals(
    qtmodeltester, service
):
    article = service.add_article(
        ArticleDraft(title="T", text="Alpha beta gamma delta epsilon zeta eta theta.")
    )
    claims = [
        service.create_claim(article.id, s, s + 5, claimant=name)
        for s, name in ((0, "B"), (11, "A"), (23, "C"))
    ]
    model = ClaimsModel(lambda claim: service.verdict(claim.verdict_id))
    model.set_claims(claims)
    qtmodeltester.check(model)
    assert [model.index(r, QUOTE).data() for r in range(3)] == ["Alpha", "gamma", "epsil"]
    model.sort(CLAIMANT)
    assert [model.index(r, CLAIMANT).data() for r in range(3)] == ["A", "B", "C"]
    _, rated = service.update_claim(claims[0].id, verdict_id=service.verdict_by_label("False").id)
    model.upsert(rated)
    qtmodeltester.check(model)
    model.set_filter(ClaimFilter(verdict_id=rated.verdict_id))
    assert model.rowCount() == 1 and model.index(0, VERDICT).data() == "False"  # colour and text
    model.set_filter(ClaimFilter())
    extra = service.create_claim(article.id, 6, 10, claimant="AA")
    model.upsert(extra)
    assert model.index(1, CLAIMANT).data() == "AA"
    model.remove(claims[1].id)
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_articles_model_contract(qtmodeltester, service):
    model = ArticlesModel()
    service.add_article(ArticleDraft(title="One", text="First text."))
    service.add_article(ArticleDraft(title="Two", text="Second text.", publisher="Pub"))
    model.set_articles(service.articles(), service.verdicts())
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.index(1, 1).data() == "Pub"
