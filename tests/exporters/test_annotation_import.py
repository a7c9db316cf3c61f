"""Parsing W3C and Hypothesis annotation files, and importing them as claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.domain import AnchorState, ArticleDraft
from annotator.interchange import AnnotationFileError, load_annotations, parse_annotations
from annotator.services.annotation_import import import_annotations, normalise_url
from tests.exporters.conftest import ARTICLE_TEXT

FIXTURES = Path(__file__).parent / "fixtures"
HYPOTHESIS = FIXTURES / "hypothesis_export.json"
URL = "https://www.theepochtimes.com/world/bessent-ukraine-5806541"


# -- parsing -------------------------------------------------------------------------------


def test_hypothesis_rows_are_parsed():
    records = load_annotations(HYPOTHESIS)
    assert [r.id for r in records][:2] == ["Kx7Gk9tREe-3nPbG1m4QZw", "Lq2Rw0tSEe-9xZc4yV0m1A"]
    first = records[0]
    assert first.origin == "hypothesis"
    assert first.creator == "Marta Kowalski"  # display name
    assert records[1].creator == "jdoe"  # from acct:jdoe@hypothes.is when there is no display name
    assert first.created == "2025-02-12T09:41:23.517Z"
    assert first.modified == "2025-02-12T10:02:51.004Z"
    assert first.target_source == URL
    assert (
        first.exact == "roughly $500 billion worth of deposits of rare earths and critical minerals"
    )
    assert first.prefix.endswith("Ukraine holds ")
    assert first.start is not None and first.end - first.start == len(first.exact)
    assert first.verdict_label == "False"
    assert first.tags == ["economy", "minerals"]
    assert first.explanation.startswith("Geological surveys")
    assert [(s.url, s.title) for s in first.sources] == [
        (
            "https://www.usgs.gov/centers/national-minerals-information-center",
            "USGS Mineral Commodity Summaries",
        ),
        ("https://www.reuters.com/markets/commodities/ukraine-minerals-2025-02-12/", ""),
    ]
    assert first.sources[0].accessed == "2025-02-12"
    page_note = records[2]
    assert page_note.exact == "" and page_note.start is None


def test_w3c_shapes_single_list_collection_and_page():
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:7b2a4c9e-1f3d-4e5a-9b8c-0d1e2f3a4b5c",
        "type": "Annotation",
        "motivation": "commenting",
        "creator": {"type": "Person", "name": "Lee"},
        "created": "2025-01-05T10:00:00+01:00",
        "bodyValue": "A plain comment",
        "body": [
            {"type": "TextualBody", "purpose": "assessing", "value": "Half true"},
            {"type": "TextualBody", "purpose": "tagging", "value": "health"},
            "https://example.org/evidence",
            {
                "type": "SpecificResource",
                "purpose": "linking",
                "source": "https://example.org/study",
                "state": {
                    "type": "TimeState",
                    "sourceDate": "2025-01-04T00:00:00Z",
                    "cached": "https://archive.ph/abc",
                },
            },
        ],
        "target": {
            "source": "https://news.example.com/a",
            "selector": {
                "type": "TextPositionSelector",
                "start": 4,
                "end": 9,
                "refinedBy": {
                    "type": "TextQuoteSelector",
                    "exact": "quick",
                    "prefix": "The ",
                    "suffix": " brown",
                },
            },
        },
    }
    (record,) = parse_annotations(annotation)
    assert record.id.endswith("0d1e2f3a4b5c") and record.origin == "w3c"
    assert record.created == "2025-01-05T09:00:00.000Z"
    assert record.creator == "Lee" and record.verdict_label == "Half true"
    assert record.tags == ["health"] and record.explanation == "A plain comment"
    assert (record.exact, record.prefix, record.suffix, record.start, record.end) == (
        "quick",
        "The ",
        " brown",
        4,
        9,
    )
    assert [s.url for s in record.sources] == ["https://example.org/evidence", "https://example.org/study"]
    assert record.sources[1].accessed == "2025-01-04" and record.sources[1].archive_url == "https://archive.ph/abc"
    assert len(parse_annotations([annotation, annotation])) == 2
    collection = {
        "type": "AnnotationCollection",
        "first": {
            "type": "AnnotationPage",
            "items": [annotation],
            "next": {"type": "AnnotationPage", "items": [annotation]},
        },
    }
    assert len(parse_annotations(collection)) == 2
    assert len(parse_annotations({"type": "AnnotationPage", "items": [annotation]})) == 1


@pytest.mark.parametrize("content", [b"not json", b"{\"hello\": 1}", b"\xff\xfe\x00"])
def test_unreadable_files_are_user_errors(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(AnnotationFileError, match="bad.json"):
        load_annotations(path)


def test_url_matching_is_loose_on_scheme_host_case_and_fragment():
    assert normalise_url("http://WWW.Example.com/a/#x") == normalise_url("https://example.com/a")
    assert normalise_url("https://example.com/a?x=1") != normalise_url("https://example.com/a")


# -- importing -----------------------------------------------------------------------------


@pytest.fixture
def epoch_article(service):
    return service.add_article(
        ArticleDraft(title="Bessent to Visit Ukraine", text=ARTICLE_TEXT, url=URL)
    )


def test_hypothesis_export_is_imported(service, epoch_article):
    service.add_article(
        ArticleDraft(title="Another", text="Nothing in common with the annotations.")
    )
    report = import_annotations(service, HYPOTHESIS)
    assert report.total == 5
    assert report.imported_count == 3
    # One placed by URL, one found by its quote (the URL has tracking parameters), one orphaned.
    assert [p.annotation_id for p in report.orphaned] == ["Nn5Uy9tUEe-6gH7i8J9k0L"]
    assert sorted(p.annotation_id for p in report.unanchored) == [
        "Mm4Tx8tTEe-1aB2c3D4e5F",
        "Pp6Vz0tVEe-2mN3o4P5q6R",
    ]
    assert "Imported 3 of 5" in report.summary()

    claims = {c.exact: c for c in service.claims(epoch_article.id)}
    minerals = claims["roughly $500 billion worth of deposits of rare earths and critical minerals"]
    assert (
        ARTICLE_TEXT[minerals.start : minerals.end] == minerals.exact
    )  # placed by quote, not by page offsets
    assert minerals.anchor_state == AnchorState.EXACT
    assert service.verdict(minerals.verdict_id).label == "False"
    assert minerals.tags == ["economy", "minerals"]
    assert minerals.author == "Marta Kowalski"
    assert (
        minerals.created == "2025-02-12T09:41:23.517Z"
        and minerals.modified == "2025-02-12T10:02:51.004Z"
    )
    assert minerals.explanation.startswith("Geological surveys")
    sources = service.sources(minerals.id)
    assert [s.url for s in sources] == [
        "https://www.usgs.gov/centers/national-minerals-information-center",
        "https://www.reuters.com/markets/commodities/ukraine-minerals-2025-02-12/",
    ]
    assert (
        sources[0].title == "USGS Mineral Commodity Summaries"
        and sources[0].author == "Marta Kowalski"
    )

    spent = claims["The U.S. has spent billions of dollars globally, with little to show"]
    assert service.verdict(spent.verdict_id).label == "Misleading"  # a tag naming a verdict
    assert spent.tags == ["foreign aid"] and spent.author == "jdoe"

    orphan = next(
        c for c in service.claims(epoch_article.id) if c.anchor_state == AnchorState.ORPHANED
    )
    assert orphan.exact.startswith("Zelenskyy also proposed")
    assert orphan.tags == ["check later"]


def test_import_into_a_project_without_the_article(service):
    service.add_article(ArticleDraft(title="Other", text="Unrelated words only."))
    report = import_annotations(service, HYPOTHESIS)
    assert report.imported_count == 0
    assert len(report.unanchored) == 5
    assert all(p.reason for p in report.unanchored)


def test_unknown_verdict_and_bad_source_are_reported_not_fatal(service, epoch_article, tmp_path):
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": "urn:uuid:4b0c0e7e-5b8f-4c55-8c3e-2c2b0a9b1d11",
        "body": [
            {"type": "TextualBody", "purpose": "assessing", "value": "Pants on Fire"},
            {"type": "SpecificResource", "purpose": "linking", "source": "javascript:alert(1)"},
        ],
        "target": {
            "source": URL,
            "selector": [
                {"type": "TextQuoteSelector", "exact": "China is the world's largest supplier"}
            ],
        },
        "annotator:claimDate": "last Tuesday",
    }
    path = tmp_path / "one.jsonld"
    path.write_text(json.dumps(annotation), encoding="utf-8")
    report = import_annotations(service, path)
    assert report.imported_count == 1
    claim = service.claim("4b0c0e7e-5b8f-4c55-8c3e-2c2b0a9b1d11")
    assert claim.verdict_id is None and claim.claim_date == ""
    assert service.sources(claim.id) == []
    assert len(report.warnings) == 3
    assert any("Pants on Fire" in w for w in report.warnings)
