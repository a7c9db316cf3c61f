"""The reader's claim numbers are the numbers a report of the article (drafts included) prints."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.domain import ArticleDraft, Claim
from annotator.exporters.bundle import ExportOptions, build_bundle
from annotator.services import ProjectService
from annotator.services.versions import mark_orphaned
from annotator.ui.reader.claim_numbers import claim_numbers

TEXT = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen."
SPANS = st.tuples(st.integers(0, len(TEXT) - 2), st.integers(1, 12), st.booleans())


@settings(max_examples=15)
@given(st.lists(SPANS, min_size=1, max_size=6))
def test_numbers_match_a_report_of_the_article(spans):
    with TemporaryDirectory() as folder:
        project = ProjectService.open(Path(folder) / "n.annotator", "Tester")
        try:
            article = project.add_article(ArticleDraft(title="Numbers", text=TEXT))
            for start, length, orphan in spans:
                end = min(len(TEXT), start + length)
                if TEXT[start:end].strip():
                    claim = project.create_claim(article.id, start, end)
                    if orphan:
                        mark_orphaned(project, claim.id)
            options = ExportOptions(article_id=article.id, include_drafts=True)
            [entry] = build_bundle(project, options).articles
            printed = {c.claim.id: c.number for c in entry.claims}
            listed = project.claims(article.id)[::-1]  # in any order, as the list model holds them
            assert claim_numbers(listed) == printed
        finally:
            project.close()


def test_two_claims_made_on_one_span_in_the_same_millisecond_are_numbered_by_id():
    """Seen with hypothesis seed 21: equal span and `created`, so the report (store order) and
    the reader's gutter (the list model's order) numbered the two the other way round."""
    made = "2026-01-05T10:00:00.000Z"
    first = Claim("a-1", "article", 4, 7, "two", created=made)
    second = Claim("b-2", "article", 4, 7, "two", created=made)
    earlier = Claim("c-3", "article", 0, 3, "One", created="2026-01-05T10:00:00.001Z")
    expected = {"c-3": 1, "a-1": 2, "b-2": 3}
    assert claim_numbers([first, second, earlier]) == expected
    assert claim_numbers([earlier, second, first]) == expected
