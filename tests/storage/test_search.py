"""Full-text search (FTS5) over articles and claims, through the service and the CLI."""

from __future__ import annotations

import json

from annotator.cli import main
from annotator.domain import ArticleDraft
from annotator.services.search import match_expression, search


def test_words_are_never_fts_syntax():
    assert match_expression('rare NEAR earths OR "x') == '"rare" "NEAR" "earths" "OR" "x"*'
    assert match_expression("kursk ") == '"kursk"'
    assert match_expression("  ---  ") is None


def test_search_finds_articles_and_claims_with_context_and_positions(service):
    first = service.add_article(
        ArticleDraft(
            title="Minerals",
            text="Ukraine has deposits of rare earths.\n\nThe financial terms were not disclosed.",
        )
    )
    second = service.add_article(
        ArticleDraft(title="Курськ", text="Україна обміняє Курську область на окуповані території.")
    )
    claim = service.create_claim(first.id, 0, 36, explanation="USGS figures are lower.")

    results = search(service, "financial")
    assert [(r.hit.kind, r.article_id) for r in results] == [("article", first.id)]
    assert first.text[results[0].start : results[0].end] == "financial"
    assert "«financial»" in results[0].snippet_text()

    results = search(service, "usgs")
    assert [(r.hit.kind, r.claim_id) for r in results] == [("claim", claim.id)]
    assert (results[0].start, results[0].end) == (claim.start, claim.end)

    cyrillic = search(service, "курськ")  # prefix, Cyrillic: in the text, and in the title
    assert {(r.hit.kind, r.article_id) for r in cyrillic} == {
        ("article", second.id),
        ("metadata", second.id),
    }
    assert search(service, "nothing-like-this") == []


def test_only_the_current_version_is_searched(service):
    from annotator.services.versions import update_article_text

    article = service.add_article(
        ArticleDraft(title="T", text="The old wording mentions zeppelins.")
    )
    update_article_text(
        service, article.id, ArticleDraft(title="T", text="The new wording mentions airships.")
    )
    assert search(service, "zeppelins") == []
    assert [r.article_id for r in search(service, "airships")] == [article.id]


def test_cli_search_json(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Some text about lithium and titanium.", encoding="utf-8")
    project = tmp_path / "p.annotator"
    main(["import", str(project), str(path)])
    capsys.readouterr()
    assert main(["search", str(project), "titanium", "--json"]) == 0
    [hit] = [h for h in json.loads(capsys.readouterr().out) if h["kind"] == "article"]
    assert (hit["kind"], hit["start"], hit["end"]) == ("article", 28, 36)
