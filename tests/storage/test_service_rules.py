"""Rules the project service enforces on user input."""

from __future__ import annotations

import pytest

from annotator.domain import ArticleDraft
from annotator.errors import ValidationError
from annotator.services import ChangeKind


@pytest.fixture
def article(service):
    return service.add_article(
        ArticleDraft(title="T", text="  Padded claim here.  And more text after it.")
    )


def test_create_claim_trims_space_and_records_quote_with_context(service, article):
    text = article.text
    start = text.index("claim") - 1  # includes the space before
    claim = service.create_claim(article.id, start, start + 7)
    assert claim.exact == "claim"
    assert claim.prefix.endswith("Padded ")
    assert claim.suffix.startswith(" here.")
    assert claim.original_exact == "claim"
    assert claim.author == "Tester" and claim.created.endswith("Z")


def test_empty_or_blank_selection_is_refused(service, article):
    with pytest.raises(ValidationError):
        service.create_claim(article.id, 6, 6)
    with pytest.raises(ValidationError):
        service.create_claim(article.id, article.text.index(" "), article.text.index(" ") + 1)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<b>x",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "example.org",
        "https://",
    ],
)
def test_only_http_and_https_sources_are_accepted(service, article, url):
    claim = service.create_claim(article.id, 0, 6)
    with pytest.raises(ValidationError):
        service.add_source(claim.id, url=url)
    assert service.sources(claim.id) == []


def test_source_kind_stance_and_dates_are_checked(service, article):
    claim = service.create_claim(article.id, 0, 6)
    with pytest.raises(ValidationError):
        service.add_source(claim.id, url="https://example.org", kind="rumour")
    with pytest.raises(ValidationError):
        service.add_source(claim.id, url="https://example.org", stance="maybe")
    with pytest.raises(ValidationError):
        service.add_source(claim.id, url="https://example.org", accessed="2025-02-30")
    source = service.add_source(claim.id, url="https://example.org")
    assert source.accessed  # defaults to today


def test_verdict_must_be_on_the_scale_and_tags_are_normalised(service, article):
    claim = service.create_claim(article.id, 0, 6)
    with pytest.raises(ValidationError):
        service.update_claim(claim.id, verdict_id="not-a-verdict")
    _, after = service.update_claim(claim.id, tags=" war,  Kursk , war,, kursk ")
    assert after.tags == ["war", "Kursk"]


def test_every_write_announces_what_changed(service, article):
    seen = []
    service.changes.subscribe(lambda change: seen.append(change.kind))
    claim = service.create_claim(article.id, 0, 6)
    service.update_claim(claim.id, claimant="X")
    source = service.add_source(claim.id, url="https://example.org")
    service.remove_source(source.id)
    service.delete_claim(claim.id)
    assert seen == [
        ChangeKind.CLAIM_ADDED,
        ChangeKind.CLAIM_CHANGED,
        ChangeKind.SOURCES_CHANGED,
        ChangeKind.SOURCES_CHANGED,
        ChangeKind.CLAIM_REMOVED,
    ]
