"""CSV, JSON and ClaimReview exports, parsed back and checked field by field."""

from __future__ import annotations

import csv
import io
import json

from annotator.exporters import ExportOptions, build_bundle, export
from annotator.exporters.claimreview import claim_reviews


def export_text(service, fmt: str, **options) -> str:
    buffer = io.StringIO(newline="")
    export(
        build_bundle(
            service,
            ExportOptions(**{"report_date": "2025-03-01", "include_drafts": True, **options}),
        ),
        fmt,
        buffer,
    )
    return buffer.getvalue()


# -- CSV -----------------------------------------------------------------------------------


def test_csv_one_row_per_claim_with_bom(checked, tmp_path):
    out = tmp_path / "claims.csv"
    export(build_bundle(checked.service, ExportOptions(include_drafts=True)), "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [r["number"] for r in rows] == ["1", "2", "3", "4"]
    first = rows[0]
    assert first["claim_id"] == checked.minerals.id
    assert first["quote"] == checked.minerals.exact
    assert first["claim_reviewed"] == "Ukraine has $500 billion of rare earth deposits"
    assert first["claimant"] == "Volodymyr Zelenskyy"
    assert first["claim_date"] == "2025-02"
    assert first["verdict"] == "False" and first["verdict_value"] == "1"
    assert first["tags"] == "economy; minerals"
    assert first["status"] == "approved"
    assert first["source_count"] == "2"
    assert first["article_url"] == "https://www.theepochtimes.com/world/bessent-ukraine-5806541"
    assert rows[1]["verdict"] == "Misleading" and rows[1]["verdict_value"] == ""
    assert rows[3]["anchor_state"] == "orphaned"
    assert "internal_note" not in first
    assert "INTERNAL" not in raw.decode("utf-8-sig")


def test_csv_one_row_per_source_without_bom(checked):
    text = export_text(checked.service, "csv", csv_per_source=True, csv_bom=False)
    assert not text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    # 2 + 1 sources, and one row each for the two claims without sources.
    assert [(r["number"], r["source_number"]) for r in rows] == [
        ("1", "1"),
        ("1", "2"),
        ("2", "1"),
        ("3", ""),
        ("4", ""),
    ]
    usgs = rows[0]
    assert usgs["source_title"] == "Mineral Commodity Summaries 2025"
    assert usgs["source_publisher"] == "USGS"
    assert usgs["source_accessed"] == "2025-02-12"
    assert usgs["source_archive_url"].startswith("https://web.archive.org/")
    assert usgs["source_excerpt"] == "Ukraine's reserves are not quantified at that value."
    assert usgs["source_locator"] == "p. 12"
    assert (usgs["source_kind"], usgs["source_stance"]) == ("official", "refutes")


# -- JSON ----------------------------------------------------------------------------------


def test_json_structure(checked):
    data = json.loads(export_text(checked.service, "json"))
    assert data["format"] == "annotator-export" and data["version"] == 1
    assert data["report_date"] == "2025-03-01"
    assert data["project"]["organisation_name"] == "Checkpoint Fact Desk"
    assert [v["label"] for v in data["verdict_scale"]][:2] == ["True", "Mostly true"]
    (article,) = data["articles"]
    assert article["id"] == checked.article_id
    assert article["publisher"] == "The Epoch Times"
    assert article["authors"] == ["Andrew Thornebrooke"]
    assert article["text"].startswith("Bessent to Visit Ukraine")
    claims = article["claims"]
    assert [c["id"] for c in claims] == [
        checked.minerals.id,
        checked.spent.id,
        checked.china.id,
        checked.troops.id,
    ]
    first = claims[0]
    assert (first["start"], first["end"]) == (checked.minerals.start, checked.minerals.end)
    assert first["quote"]["exact"] == checked.minerals.exact
    assert first["quote"]["prefix"] == checked.minerals.prefix
    assert first["verdict"]["label"] == "False" and first["verdict"]["value"] == 1
    assert first["tags"] == ["economy", "minerals"]
    assert first["author"] == "Tester" and first["created"].endswith("Z")
    assert [s["number"] for s in first["sources"]] == [1, 2]
    assert first["sources"][0]["archive_url"].startswith("https://web.archive.org/")
    assert claims[2]["verdict"] is None
    assert claims[3]["anchor_state"] == "orphaned"
    assert all("internal_note" not in c for c in claims)


def test_json_one_article_approved_only(checked):
    data = json.loads(
        export_text(checked.service, "json", article_id=checked.article_id, include_drafts=False)
    )
    assert data["options"] == {
        "article_id": checked.article_id,
        "approved_only": True,
        "include_drafts": False,
    }
    assert [c["id"] for c in data["articles"][0]["claims"]] == [
        checked.minerals.id,
        checked.troops.id,
    ]


# -- ClaimReview ---------------------------------------------------------------------------


def test_claimreview_fields(checked):
    reviews = json.loads(export_text(checked.service, "claimreview"))
    # One per claim with a verdict: the unrated draft has none.
    assert len(reviews) == 3
    by_url = {r["url"]: r for r in reviews}
    minerals = by_url["https://checkpoint.example.org/reports/bessent#claim-1"]
    assert minerals["@context"] == "https://schema.org" and minerals["@type"] == "ClaimReview"
    assert minerals["claimReviewed"] == "Ukraine has $500 billion of rare earth deposits"
    assert minerals["datePublished"] == "2025-03-01"
    assert minerals["author"] == {"@type": "Organization", "name": "Checkpoint Fact Desk", "url": "https://checkpoint.example.org"}
    rating = minerals["reviewRating"]
    assert rating == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "ratingExplanation": "Geological surveys do not support a $500 billion figure.",
    }
    item = minerals["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Volodymyr Zelenskyy"}
    assert item["datePublished"] == "2025-02"
    assert item["appearance"]["url"] == "https://www.theepochtimes.com/world/bessent-ukraine-5806541"


def test_claimreview_numeric_fields_only_for_numeric_verdicts(checked):
    reviews = claim_reviews(build_bundle(checked.service, ExportOptions(include_drafts=True)))
    for review in reviews:
        rating = review["reviewRating"]
        numeric = rating["alternateName"] in (
            "True",
            "Mostly true",
            "Half true",
            "Mostly false",
            "False",
        )
        assert ("ratingValue" in rating) == numeric
        assert ("bestRating" in rating) == numeric and ("worstRating" in rating) == numeric
        if numeric:
            assert rating["worstRating"] >= 1
            assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    misleading = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Misleading")
    assert misleading["url"].endswith("#claim-2")


def test_claimreview_fallbacks(service):
    from annotator.domain import ArticleDraft

    article = service.add_article(ArticleDraft(title="T", text="The moon is made of cheese."))
    service.create_claim(article.id, 0, 27, verdict_id=service.verdict_by_label("False").id)
    (review,) = claim_reviews(build_bundle(service, ExportOptions(include_drafts=True)))
    assert review["claimReviewed"] == "The moon is made of cheese."  # the quote
    assert review["url"] == "#claim-1"  # no report URL set
    assert "author" not in review and "appearance" not in review["itemReviewed"]
