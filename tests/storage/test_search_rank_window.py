"""Search ranks at most `RANK_WINDOW` matches of a kind: with more, the best of the newest.

Worked example: five claims whose explanations hold "zebra"; the two made first say little
else ("zebra zebra zebra", the best bm25 rank), the three made later say it once in a long
sentence. Every claim has one source written the same way.
"""

from __future__ import annotations

import pytest

from annotator.domain import ArticleDraft
from annotator.services.search import search
from annotator.storage import full_text

STRONG = "zebra zebra zebra"
WEAK = "A long explanation of the figures in which the word zebra occurs only once, among many."


@pytest.fixture()
def claims(service):
    text = " ".join(f"Sentence number {n} of the article." for n in range(5))
    article = service.add_article(ArticleDraft(title="Stripes", text=text))
    made = []
    for number, explanation in enumerate([STRONG, STRONG, WEAK, WEAK, WEAK]):
        start = text.index(f"number {number}")
        claim = service.create_claim(article.id, start, start + 8, explanation=explanation)
        service.add_source(claim.id, title=explanation, url=f"https://example.org/{number}")
        made.append(claim.id)
    return made


def _found(service, kind):
    return [r.claim_id for r in search(service, "zebra") if r.hit.kind == kind]


@pytest.mark.parametrize("kind", ["claim", "source"])
def test_with_few_matches_every_match_is_ranked_best_first(service, claims, kind):
    found = _found(service, kind)
    assert sorted(found) == sorted(claims)
    assert set(found[:2]) == set(claims[:2])  # the two strong ones first


@pytest.mark.parametrize("kind", ["claim", "source"])
def test_with_more_matches_than_the_window_the_newest_are_ranked(
    service, claims, kind, monkeypatch
):
    monkeypatch.setattr(full_text, "RANK_WINDOW", 3)
    found = _found(service, kind)
    assert sorted(found) == sorted(claims[2:])  # the three made last; the strong two are older


def test_the_window_counts_matches_not_rows(service, claims, monkeypatch):
    monkeypatch.setattr(full_text, "RANK_WINDOW", 5)  # exactly as many as match: all ranked
    found = _found(service, "claim")
    assert set(found[:2]) == set(claims[:2])
