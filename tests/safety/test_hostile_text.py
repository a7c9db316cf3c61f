"""Hostile content: unsafe URLs refused; odd and huge text stored and read back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain import ArticleDraft, validate_web_url
from annotator.errors import ValidationError
from annotator.services import ProjectService

UNSAFE_URLS = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "  javascript:alert(document.cookie)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "/relative/path",
    "http:///no-host",
    "https://exa mple.org/",
]


@pytest.mark.parametrize("url", UNSAFE_URLS)
def test_unsafe_urls_are_refused(url: str) -> None:
    with pytest.raises(ValidationError):
        validate_web_url(url)


@pytest.mark.parametrize(
    "url", ["https://example.org/a?b=c#d", "http://例え.jp/", " https://example.org "]
)
def test_web_urls_are_accepted(url: str) -> None:
    assert validate_web_url(url) == url.strip()


@pytest.fixture
def claim_id(service: ProjectService) -> str:
    article = service.add_article(ArticleDraft(title="T", text="Water boils at 100 degrees."))
    return service.create_claim(article.id, 0, 5).id


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>"])
def test_service_refuses_unsafe_sources_and_stores_nothing(
    service: ProjectService, claim_id: str, url: str
) -> None:
    with pytest.raises(ValidationError):
        service.add_source(claim_id, url=url)
    with pytest.raises(ValidationError):
        service.add_source(claim_id, url="https://example.org/", archive_url=url)
    assert service.sources(claim_id) == []
    source = service.add_source(claim_id, url="https://example.org/")
    with pytest.raises(ValidationError):
        service.update_source(source.id, url=url)
    assert service.source(source.id).url == "https://example.org/"
    article_id = service.claim(claim_id).article_id
    with pytest.raises(ValidationError):
        service.update_article(article_id, url=url)
    assert service.article(article_id).url == ""


INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, non-joiners, word joiner, BOM
# overrides, isolates, marks
BIDI = "\u202e\u202d\u202a\u202b\u202c\u2066\u2067\u2068\u2069\u200e\u200f"


def reopened(service: ProjectService) -> ProjectService:
    path = service.path
    service.close()
    return ProjectService.open(path, "Tester", create=False)


def check_round_trip(path: Path, text: str, spans: list[tuple[int, int]], note: str) -> None:
    service = ProjectService.open(path, "Tester")
    article = service.add_article(ArticleDraft(title=text[:80], text=text))
    claims = [service.create_claim(article.id, s, e, explanation=note).id for s, e in spans]
    service = reopened(service)
    try:
        stored = service.article(article.id)
        assert stored.text == text
        for claim_id in claims:
            claim = service.claim(claim_id)
            assert claim.exact == stored.text[claim.start : claim.end] and claim.exact.strip()
            assert claim.explanation == note
        assert service.store.integrity_check() == "ok"
    finally:
        service.close()


def test_invisible_and_direction_characters_survive(project_path: Path) -> None:
    text = (
        f"Budget{INVISIBLE} rose by {BIDI}5%{BIDI} last year.\nالميزانية ارتفعت. "
        f"{INVISIBLE}תקציב\x00end."
    )
    note = f"{BIDI}txt.exe{INVISIBLE}"
    check_round_trip(
        project_path,
        text,
        [(0, 12), (text.index("rose"), text.index("year")), (len(text) - 20, len(text))],
        note,
    )


def test_ten_megabyte_single_paragraph(project_path: Path) -> None:
    text = ("Forty two point five percent of nothing at all " * 220_000)[:10_000_000] + "END"
    assert "\n" not in text and len(text) > 10_000_000
    check_round_trip(project_path, text, [(0, 10), (len(text) - 30, len(text))], "x" * 100_000)


def test_lines_of_a_million_characters(project_path: Path) -> None:
    line = "0123456789" * 100_000
    text = "\n".join(f"{i}{line}" for i in range(4))
    check_round_trip(project_path, text, [(1_500_000, 1_500_050), (len(text) - 9, len(text))], line)


def test_unpaired_surrogate_is_refused_not_a_crash(service: ProjectService, claim_id: str) -> None:
    with pytest.raises(ValidationError, match="cannot be saved"):
        service.add_article(ArticleDraft(title="T", text="broken \ud800 text"))
    with pytest.raises(ValidationError, match="cannot be saved"):
        service.update_claim(claim_id, explanation="broken \udfff")
    assert service.claim(claim_id).explanation == ""
    assert len(service.article_ids()) == 1
