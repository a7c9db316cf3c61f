"""W3C Web Annotation export, and the round trip into a fresh project holding the same article."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from pathlib import Path

from annotator.domain import ArticleDraft
from annotator.domain.people import legacy_person_id
from annotator.exporters import ExportOptions, build_bundle, export
from annotator.services import ProjectService
from annotator.services.annotation_import import import_annotations
from tests.exporters.conftest import SETTINGS

UTC_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def w3c_data(service, **options) -> dict:
    buffer = io.StringIO()
    export(
        build_bundle(service, ExportOptions(**{"include_drafts": True, **options})), "w3c", buffer
    )
    return json.loads(buffer.getvalue())


def test_collection_and_annotation_fields(checked):
    data = w3c_data(checked.service)
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["@context"][1] == {"annotator": "urn:annotator:vocab:"}
    assert data["type"] == "AnnotationCollection" and data["id"].startswith("urn:uuid:")
    assert data["total"] == 4
    items = data["first"]["items"]
    assert data["first"]["type"] == "AnnotationPage"
    by_id = {a["id"]: a for a in items}
    minerals = by_id[f"urn:uuid:{checked.minerals.id}"]
    assert minerals["type"] == "Annotation" and minerals["motivation"] == "assessing"
    assert minerals["creator"] == {"type": "Person", "name": "Tester"}
    assert UTC_Z.match(minerals["created"]) and UTC_Z.match(minerals["modified"])
    target = minerals["target"]
    assert target["source"] == "https://www.theepochtimes.com/world/bessent-ukraine-5806541"
    quote, position = target["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": checked.minerals.exact,
        "prefix": checked.minerals.prefix,
        "suffix": checked.minerals.suffix,
    }
    assert position == {
        "type": "TextPositionSelector",
        "start": checked.minerals.start,
        "end": checked.minerals.end,
    }
    bodies = minerals["body"]
    assert {
        "type": "TextualBody",
        "purpose": "assessing",
        "value": "False",
        "annotator:ratingValue": 1,
    } in bodies
    assert any(b["purpose"] == "describing" and b["value"].startswith("Geological") for b in bodies)
    assert [b["value"] for b in bodies if b["purpose"] == "tagging"] == ["economy", "minerals"]
    links = [b for b in bodies if b["purpose"] == "linking"]
    assert [b["source"] for b in links] == [
        "https://www.usgs.gov/centers/national-minerals-information-center",
        "https://www.reuters.com/markets/commodities/ukraine-minerals-2025-02-12/",
    ]
    assert links[0]["type"] == "SpecificResource"
    assert links[0]["state"] == {
        "type": "TimeState",
        "sourceDate": "2025-02-12T00:00:00Z",
        "cached": "https://web.archive.org/web/20250212/https://www.usgs.gov/centers/nmic",
    }
    assert links[0]["annotator:title"] == "Mineral Commodity Summaries 2025"
    assert links[0]["annotator:stance"] == "refutes"
    assert minerals["annotator:claimReviewed"] == "Ukraine has $500 billion of rare earth deposits"
    assert minerals["annotator:claimant"] == "Volodymyr Zelenskyy"
    assert minerals["annotator:status"] == "approved"
    china = by_id[f"urn:uuid:{checked.china.id}"]
    assert china["motivation"] == "highlighting"
    assert not any(b.get("purpose") == "assessing" for b in china.get("body", []))
    assert "INTERNAL" not in json.dumps(data)


def test_article_without_url_is_targeted_by_urn(service):
    article = service.add_article(ArticleDraft(title="T", text="Some claim here."))
    service.create_claim(article.id, 0, 10)
    (item,) = w3c_data(service)["first"]["items"]
    assert item["target"]["source"] == f"urn:uuid:{article.id}"


def claim_view(service: ProjectService) -> list[tuple]:
    """Everything the round trip must keep, per claim, in a comparable form."""
    rows = []
    for article_id in service.article_ids():
        for claim in service.claims(article_id):
            verdict = service.verdict(claim.verdict_id)
            sources = [
                (
                    s.url,
                    s.title,
                    s.publisher,
                    s.source_author,
                    s.source_date,
                    s.accessed,
                    s.archive_url,
                    s.excerpt,
                    s.locator,
                    s.kind,
                    s.stance,
                    s.author,
                    s.created,
                )
                for s in service.sources(claim.id)
            ]
            rows.append(
                (
                    claim.id,
                    claim.start,
                    claim.end,
                    claim.exact,
                    claim.prefix,
                    claim.suffix,
                    str(claim.anchor_state),
                    claim.claim_reviewed,
                    claim.claimant,
                    claim.claim_date,
                    verdict.label if verdict else None,
                    claim.explanation,
                    claim.tags,
                    str(claim.status),
                    claim.author,
                    claim.created,
                    claim.modified,
                    sources,
                )  # fmt: skip
            )
    return rows


def test_round_trip_into_a_fresh_project(checked, tmp_path: Path):
    original = checked.service
    # An anchored claim by someone else, edited later, to see authors and dates survive.
    claim = original.claim(checked.spent.id)
    original.put_claim(
        dataclasses.replace(
            claim,
            author="Ana Reviewer",  # her identity: the name's own (she is not in this file)
            author_id=legacy_person_id("Ana Reviewer"),
            created="2025-02-10T08:00:00.000Z",
            modified="2025-02-11T09:30:00.000Z",
        )
    )
    out = tmp_path / "annotations.jsonld"
    export(build_bundle(original, ExportOptions(include_drafts=True)), "w3c", out)

    fresh = ProjectService.open(tmp_path / "fresh.annotator", "Somebody Else")
    try:
        fresh.update_settings(SETTINGS)
        source_article = original.article(checked.article_id)
        fresh.add_article(
            ArticleDraft(
                title=source_article.title, text=source_article.text, url=source_article.url
            )
        )
        report = import_annotations(fresh, out)
        assert report.total == 4
        assert report.imported_count == 4
        assert not report.unanchored and not report.skipped
        # An approval is not something a file can carry in: approved claims arrive ready for
        # review, each with a warning (docs/REVIEW.md, "What an approval covers").
        assert len(report.warnings) == 2
        assert all("imported as ready for review" in w for w in report.warnings)
        # Everything else but the anchor state (see test_round_trip_of_anchor_states) comes back.
        expected = [
            r[:13] + (("ready_for_review",) if r[13] == "approved" else (r[13],)) + r[14:]
            for r in claim_view(original)
        ]
        actual = claim_view(fresh)
        strip = lambda rows: [r[:6] + r[7:] for r in rows]  # noqa: E731
        assert strip(actual) == strip(expected)
    finally:
        fresh.close()


def test_round_trip_of_anchor_states(checked, tmp_path: Path):
    out = tmp_path / "a.jsonld"
    export(build_bundle(checked.service, ExportOptions(include_drafts=True)), "w3c", out)
    fresh = ProjectService.open(tmp_path / "fresh.annotator", "X")
    try:
        fresh.add_article(
            ArticleDraft(
                title="t",
                text=checked.service.article(checked.article_id).text,
                url="https://www.theepochtimes.com/world/bessent-ukraine-5806541",
            )
        )
        import_annotations(fresh, out)
        states = {c.id: str(c.anchor_state) for c in fresh.claims(fresh.article_ids()[0])}
        # The orphan's quote is present in this copy of the text, so it is placed again.
        assert set(states.values()) == {"exact"}
        assert len(states) == 4
    finally:
        fresh.close()


def test_importing_twice_skips_what_is_already_there(checked, tmp_path: Path):
    out = tmp_path / "a.jsonld"
    export(build_bundle(checked.service, ExportOptions(include_drafts=True)), "w3c", out)
    report = import_annotations(checked.service, out)
    assert report.imported_count == 0
    assert len(report.skipped) == 4
