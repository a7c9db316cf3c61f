"""Search: a diacritics-folded hit is placed where it is; tags, sources, article metadata and
comments are searched; "quoted phrases" match words together and in order."""

from __future__ import annotations

import json

import pytest

from annotator.cli import main
from annotator.domain import ArticleDraft
from annotator.services.review import add_comment
from annotator.services.search import first_match, fold, match_expression, query_terms, search

TEXT = (
    "Le président a bu un café à Kyiv. Zelenskyy proposed a territory swap for Kursk; the swap of "
    "territory was refused."
)


@pytest.fixture
def article(service):
    article = service.add_article(
        ArticleDraft(
            title="Échange de territoires",
            text=TEXT,
            authors=["Ólafur Jónsson"],
            publisher="Daily Planet",
        )
    )
    return service, article


def test_a_folded_hit_is_placed_on_the_word_it_matched(article):
    service, art = article
    (result,) = [r for r in search(service, "cafe") if r.hit.kind == "article"]
    assert TEXT[result.start : result.end] == "café"
    (result,) = [r for r in search(service, "PRESIDENT") if r.hit.kind == "article"]
    assert TEXT[result.start : result.end] == "président"


def test_folding_keeps_offsets_of_combining_marks_emoji_and_cjk():
    text = "👍 cafe\u0301 東京 Ǆemal"
    folded, origin = fold(text)
    assert folded == "👍 cafe 東京 dzemal"  # Ǆ is D, Z and a caron
    start, end = first_match(text, [["café"]])
    assert text[start:end] == "cafe\u0301"
    start, end = first_match(text, [["東京"]])
    assert text[start:end] == "東京"
    start, end = first_match(text, [["dze"]])
    assert text[start:end] == "Ǆemal"


def test_phrase_search_matches_words_together_and_in_order(article):
    service, _ = article
    assert query_terms('"territory swap" kursk') == [["territory", "swap"], ["kursk"]]
    assert match_expression('"territory swap"') == '"territory swap"'
    assert match_expression('"territory sw') == '"territory sw"*'
    (result,) = [r for r in search(service, '"territory swap"') if r.hit.kind == "article"]
    assert TEXT[result.start : result.end] == "territory swap"
    assert [r for r in search(service, '"swap territory"') if r.hit.kind == "article"] == []
    assert [r for r in search(service, '"territory refused"') if r.hit.kind == "article"] == []
    assert [r for r in search(service, "territory refused") if r.hit.kind == "article"] != []


def test_tags_sources_metadata_and_comments_are_searched(article):
    service, art = article
    start = TEXT.index("Zelenskyy")
    claim = service.create_claim(art.id, start, start + 40, tags=["land-for-peace"])
    service.add_source(
        claim.id, url="https://example.org/isw", title="Institute for the Study of War"
    )
    add_comment(service, claim.id, "Ask the Reuters desk")

    def found(query: str) -> set[tuple[str, str | None]]:
        return {(r.hit.kind, r.claim_id) for r in search(service, query)}

    assert found("land for peace") == {("claim", claim.id)}
    assert found("institute study") == {("source", claim.id)}
    assert found("reuters desk") == {("comment", claim.id)}
    assert found("jonsson") == {("metadata", None)}  # author, folded
    assert found("echange") == {("metadata", None)}  # title
    assert found("planet") == {("metadata", None)}  # publisher
    (source_hit,) = [r for r in search(service, "institute") if r.hit.kind == "source"]
    assert (source_hit.start, source_hit.end) == (claim.start, claim.end)


def test_an_edited_source_or_comment_is_found_by_its_new_words_only(article):
    service, art = article
    claim = service.create_claim(art.id, 0, 12)
    source = service.add_source(claim.id, url="https://example.org/a", title="Zeppelin report")
    service.update_source(source.id, title="Airship report")
    assert [r.hit.kind for r in search(service, "zeppelin")] == []
    assert [r.hit.kind for r in search(service, "airship")] == ["source"]
    service.remove_source(source.id)
    assert search(service, "airship") == []


def test_cli_search_finds_a_phrase(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(
        "Officials rejected a territory swap. Swap the order: territory.", encoding="utf-8"
    )
    project = tmp_path / "p.annotator"
    main(["import", str(project), str(path)])
    capsys.readouterr()
    assert main(["search", str(project), '"territory swap"', "--json"]) == 0
    hits = [h for h in json.loads(capsys.readouterr().out) if h["kind"] == "article"]
    assert [(h["start"], h["end"]) for h in hits] == [(21, 35)]
