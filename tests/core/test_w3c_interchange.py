"""W3C export: TimeState only with its date, the page's id, comments as `replying`
annotations (and in JSON); the round trip keeps orphans of an article without a URL and
does not call a quote that differs only in whitespace `changed`. The claims are work in
progress (drafts), exported as such to be shared and imported elsewhere."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from annotator.domain import AnchorState, ArticleDraft
from annotator.exporters import ExportOptions, build_bundle, export
from annotator.services import ProjectService
from annotator.services.annotation_import import import_annotations
from annotator.services.review import add_comment, comment_threads, reply, resolve_comment

TEXT = (
    "Officials said Ukraine offered a territory swap for Kursk.\n"
    "The minister said unemployment fell by half last year."
)
DRAFTS = ExportOptions(include_drafts=True)  # the claims here are not approved


def exported(service: ProjectService, fmt: str) -> dict:
    buffer = io.StringIO()
    export(build_bundle(service, DRAFTS), fmt, buffer)
    return json.loads(buffer.getvalue())


@pytest.fixture
def project(tmp_path: Path):
    service = ProjectService.open(tmp_path / "p.annotator", "Ana")
    article = service.add_article(ArticleDraft(title="Swap", text=TEXT))
    start = TEXT.index("Ukraine offered")
    claim = service.create_claim(article.id, start, start + len("Ukraine offered a territory swap"))
    yield service, article, claim
    service.close()


def test_an_archived_source_without_access_date_has_no_time_state(project):
    service, _, claim = project
    service.add_source(
        claim.id, url="https://example.org/a", archive_url="https://web.archive.org/a", accessed=""
    )
    service.add_source(claim.id, url="https://example.org/b", accessed="2025-02")
    service.add_source(claim.id, url="https://example.org/c", accessed="2025-02-12")
    links = [
        b
        for b in exported(service, "w3c")["first"]["items"][0]["body"]
        if b.get("purpose") == "linking"
    ]
    assert "state" not in links[0] and links[0]["annotator:archiveUrl"] == "https://web.archive.org/a"
    assert "state" not in links[1]
    assert links[2]["state"] == {"type": "TimeState", "sourceDate": "2025-02-12T00:00:00Z"}
    for link in links:  # MUST 4.3: every state there is has a sourceDate
        assert "state" not in link or link["state"].get("sourceDate")


def test_the_embedded_first_page_has_an_id(project):
    service, _, _ = project
    data = exported(service, "w3c")
    page = data["first"]
    assert page["type"] == "AnnotationPage"
    assert isinstance(page.get("id"), str) and page["id"] and page["id"] != data["id"]
    assert page["partOf"] == data["id"]


def test_comments_and_replies_are_replying_annotations_and_in_json(project):
    service, _, claim = project
    comment = add_comment(service, claim.id, "Which officials?")
    answer = reply(service, comment.id, "The deputy minister, on TV.")
    resolve_comment(service, comment.id)
    data = exported(service, "w3c")
    items = {item["id"]: item for item in data["first"]["items"]}
    assert data["total"] == len(items) == 3
    first, second = items[f"urn:uuid:{comment.id}"], items[f"urn:uuid:{answer.id}"]
    assert first["motivation"] == second["motivation"] == "replying"
    assert first["target"] == f"urn:uuid:{claim.id}"
    assert second["target"] == f"urn:uuid:{comment.id}"
    assert first["body"] == {
        "type": "TextualBody",
        "value": "Which officials?",
        "format": "text/plain",
    }
    assert first["creator"] == {"type": "Person", "name": "Ana"}
    assert first["annotator:resolved"] is True
    (json_claim,) = exported(service, "json")["articles"][0]["claims"]
    assert [(c["id"], c["parent_id"], c["body"]) for c in json_claim["comments"]] == [
        (comment.id, None, "Which officials?"),
        (answer.id, comment.id, "The deputy minister, on TV."),
    ]


def test_comments_come_back_from_a_w3c_round_trip(project, tmp_path):
    service, article, claim = project
    comment = add_comment(service, claim.id, "Which officials?")
    reply(service, comment.id, "The deputy minister.")
    out = tmp_path / "a.jsonld"
    export(build_bundle(service, DRAFTS), "w3c", out)
    fresh = ProjectService.open(tmp_path / "fresh.annotator", "Bea")
    try:
        fresh.add_article(ArticleDraft(title="Swap", text=TEXT))
        report = import_annotations(fresh, out)
        assert report.imported_count == 1 and not report.unanchored
        (thread,) = comment_threads(fresh, claim.id)
        assert (thread.comment.body, thread.comment.author) == ("Which officials?", "Ana")
        assert [r.comment.body for r in thread.replies] == ["The deputy minister."]
    finally:
        fresh.close()


def test_an_orphan_of_an_article_without_url_survives_the_round_trip(project, tmp_path):
    service, article, claim = project
    orphan = service.create_claim(article.id, *(lambda s: (s, s + 12))(TEXT.index("unemployment")))
    service.put_claim(
        orphan.__class__(
            **{
                **orphan.__dict__,
                "anchor_state": AnchorState.ORPHANED,
                "exact": "a sentence that was removed",
            }
        )
    )
    out = tmp_path / "a.jsonld"
    export(build_bundle(service, DRAFTS), "w3c", out)
    fresh = ProjectService.open(tmp_path / "fresh.annotator", "Bea")
    try:
        other = fresh.add_article(
            ArticleDraft(title="Unrelated", text="Nothing to see here at all.")
        )
        same = fresh.add_article(ArticleDraft(title="Swap", text=TEXT))  # a new id: no URL to match
        report = import_annotations(fresh, out)
        assert report.imported_count == 2 and not report.unanchored
        assert {c.id for c in fresh.claims(same.id)} == {claim.id, orphan.id}
        assert fresh.claims(other.id) == []
        assert fresh.claim(orphan.id).anchor_state is AnchorState.ORPHANED
    finally:
        fresh.close()


@pytest.mark.parametrize(
    "quote", ["Ukraine offered a\nterritory swap", "Ukraine\u00a0offered a  territory swap"]
)
def test_a_quote_differing_only_in_whitespace_is_exact(project, tmp_path, quote):
    service, article, _ = project
    hypothesis = [
        {
            "id": "h1",
            "uri": "https://example.org/swap",
            "text": "",
            "tags": [],
            "user": "acct:ana@hypothes.is",
            "created": "2025-02-11T10:00:00Z",
            "target": [
                {
                    "source": "https://example.org/swap",
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": quote,
                            "prefix": "Officials said ",
                            "suffix": " for Kursk",
                        },
                    ],
                }
            ],
        }
    ]
    path = tmp_path / "h.json"
    path.write_text(json.dumps(hypothesis), encoding="utf-8")
    service.update_article(article.id, url="https://example.org/swap")
    report = import_annotations(service, path)
    (claim_id,) = report.imported
    assert service.claim(claim_id).anchor_state is AnchorState.EXACT
