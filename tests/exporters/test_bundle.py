"""The export bundle: what is selected, how claims are numbered, what never leaves the project."""

from __future__ import annotations

import pytest

from annotator.domain import ArticleDraft
from annotator.errors import ExportError
from annotator.exporters import ExportOptions, build_bundle


def test_claims_are_numbered_in_text_order_and_orphans_come_last(checked):
    bundle = build_bundle(checked.service, ExportOptions(include_drafts=True))
    (article,) = bundle.articles
    numbered = [(e.number, e.claim.id) for e in article.claims]
    assert numbered == [
        (1, checked.minerals.id),
        (2, checked.spent.id),
        (3, checked.china.id),
        (4, checked.troops.id),
    ]
    assert [e.claim.id for e in article.orphans] == [checked.troops.id]
    assert article.claims[0].anchor == "claim-1"


def test_numbering_continues_across_articles(checked):
    other = checked.service.add_article(
        ArticleDraft(title="Second", text="Another claim lives here.")
    )
    checked.service.create_claim(other.id, 0, 7)
    bundle = build_bundle(checked.service, ExportOptions(include_drafts=True))
    assert [e.number for _, e in bundle.entries()] == [1, 2, 3, 4, 5]
    assert bundle.articles[1].claims[0].number == 5


def test_internal_notes_are_blanked_for_every_exporter(checked):
    bundle = build_bundle(checked.service, ExportOptions(include_drafts=True))
    assert all(e.claim.internal_note == "" for _, e in bundle.entries())
    # ...while the project itself still has them.
    assert checked.service.claim(checked.minerals.id).internal_note.startswith("INTERNAL")


def test_approved_only_and_no_drafts(checked):
    approved = build_bundle(checked.service, ExportOptions())
    assert {e.claim.id for _, e in approved.entries()} == {checked.minerals.id, checked.troops.id}
    assert [e.number for _, e in approved.entries()] == [1, 2]
    everything = build_bundle(checked.service, ExportOptions(include_drafts=True))
    assert checked.china.id in {e.claim.id for _, e in everything.entries()}
    assert everything.claim_count == 4 and everything.unapproved_count == 2


def test_one_article_and_unknown_article(checked):
    checked.service.add_article(ArticleDraft(title="Second", text="Other text."))
    bundle = build_bundle(checked.service, ExportOptions(article_id=checked.article_id))
    assert [a.article.id for a in bundle.articles] == [checked.article_id]
    with pytest.raises(ExportError, match="no article"):
        build_bundle(checked.service, ExportOptions(article_id="nope"))


def test_settings_and_verdict_counts(checked):
    bundle = build_bundle(
        checked.service, ExportOptions(report_date="2025-03-01", include_drafts=True)
    )
    assert bundle.setting("organisation_name") == "Checkpoint Fact Desk"
    assert bundle.report_date == "2025-03-01"
    counts = {label: n for label, _, n in bundle.verdict_counts()}
    assert counts["False"] == 1 and counts["Misleading"] == 1 and counts["Mostly true"] == 1
    assert counts["Unrated"] == 1
    assert bundle.numeric_range() == (1, 5)


def test_exported_claims_and_sources_are_the_projects_fields_as_dataclasses_make_them(checked):
    """The bundle copies claims and sources field by field (without calling __init__ again):
    each must equal what `dataclasses.replace` and the class's own constructor would make."""
    import dataclasses

    from annotator.exporters.bundle import CitedSource

    bundle = build_bundle(checked.service, ExportOptions(include_drafts=True))
    service = checked.service
    for _, entry in bundle.entries():
        stored = service.claim(entry.claim.id)
        assert entry.claim == dataclasses.replace(stored, internal_note="")
        for source in entry.sources:
            fields = dataclasses.asdict(service.source(source.id))
            assert source == CitedSource(**fields)
    assert sum(len(e.sources) for _, e in bundle.entries()) == 3
