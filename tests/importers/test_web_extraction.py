"""What a fact-checker needs from a saved page: the whole article (lede, the parts either side
of an ad, dates inside sentences) without teaser boxes, and the byline, publisher and date the
page declares (JSON-LD first), without decorations, handles or a cited source's date."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.errors import ArticleImportError
from annotator.importers import import_path
from annotator.importers.metadata import people
from tests.importers.corpus import corpus_file, corpus_files

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "importers" / "analysis_page.html"


@pytest.fixture(scope="module")
def analysis():  # noqa: ANN201
    return import_path(FIXTURE)


def test_body_either_side_of_an_ad_is_kept_whole(analysis) -> None:  # noqa: ANN001
    assert "only 52 miles were new where no barrier had stood before." in analysis.text
    assert "Most of the construction replaced older fencing" in analysis.text
    assert "The White House did not respond" in analysis.text
    assert "Advertisement" not in analysis.text


def test_a_date_inside_a_sentence_is_kept(analysis) -> None:  # noqa: ANN001
    assert (
        "in a speech published on November 20, 2019, years before the latest claim."
        in analysis.text
    )


def test_teaser_newsletter_and_tip_boxes_are_dropped(analysis) -> None:  # noqa: ANN001
    for teaser in (
        "You may also like",
        "Fact check: the economy",
        "Top stories",
        "Senate votes",
        "Sign up for our newsletter",
        "top political stories in your inbox",
        "Got a tip",
    ):
        assert teaser not in analysis.text


def test_json_ld_byline_publisher_and_date(analysis) -> None:  # noqa: ANN001
    assert analysis.authors == ["Chris Cillizza"]
    assert analysis.publisher == "CNN"  # not the @cnnpolitics handle of og:site_name
    assert analysis.published == "2023-05-02"  # not the cited speech of 2019
    assert [b.kind for b in analysis.blocks[:3]] == ["headline", "standfirst", "paragraph"]


@pytest.mark.parametrize(
    ("byline", "publisher", "names"),
    [
        ("Analysis by Chris Cillizza, CNN Editor-at-large", "CNN", ["Chris Cillizza"]),
        ("Ivan Petrov. Sputnik International", "", ["Ivan Petrov"]),
        ("JILL LAWLESS Associated Press", "", ["Jill Lawless"]),
        (
            "By MARY CLARE JALONICK and LISA MASCARO Associated Press",
            "",
            ["Mary Clare Jalonick", "Lisa Mascaro"],
        ),
        ("View all posts by Daniel Lemire", "", ["Daniel Lemire"]),
        ("JEAN-PAUL O'NEILL", "", ["Jean-Paul O'Neill"]),
        ("@politifact", "", []),
        ("Opinion by Ana Lima | The Riverside Post", "The Riverside Post", ["Ana Lima"]),
    ],
)
def test_bylines_are_normalised(byline: str, publisher: str, names: list[str]) -> None:
    assert people([byline], publisher) == names


def _page(tmp_path: Path, head: str, body: str = "") -> Path:
    path = tmp_path / "page.html"
    paragraphs = "".join(
        f"<p>Paragraph {n} of the article says the council approved the budget after a long "
        "debate.</p>"
        for n in range(6)
    )
    path.write_text(
        f"<html><head>{head}</head><body><article><h1>Budget "
        f"approved</h1>{body}{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    return path


def test_a_social_handle_is_not_the_publisher(tmp_path: Path) -> None:
    draft = import_path(
        _page(
            tmp_path,
            '<meta property="og:site_name" content="@politifact"><meta name="twitter:site" '
            'content="@politifact">',
        )
    )
    assert not draft.publisher.startswith("@")


def test_the_json_ld_article_of_this_page_wins_over_a_cited_one(tmp_path: Path) -> None:
    cited = (
        '{"@type":"NewsArticle","headline":"Old story","datePublished":"2019-03-01",'
        '"url":"https://news.example/old","author":{"name":"Someone Else"}}'
    )
    this = (
        '{"@type":"NewsArticle","headline":"Budget approved","datePublished":"2025-02-11",'
        '"url":"https://news.example/budget","author":{"name":"Ana Lima"}}'
    )
    head = (
        '<link rel="canonical" href="https://news.example/budget"><meta '
        'property="article:published_time" content="2019-03-01">'
        f'<script type="application/ld+json">{{"@graph":[{cited},{this}]}}</script>'
    )
    draft = import_path(_page(tmp_path, head))
    assert (draft.published, draft.authors) == ("2025-02-11", ["Ana Lima"])


@pytest.mark.parametrize("path", corpus_files("web", "*.html"), ids=lambda p: p.name)
def test_every_saved_page_imports_or_is_refused_in_one_line(path: Path) -> None:
    try:
        draft = import_path(path)
    except ArticleImportError as error:
        assert str(error).startswith(f"{path.name}: ") and "\n" not in str(error)
    else:
        assert draft.text.strip() and draft.title
        assert not draft.publisher.startswith("@")


@pytest.mark.parametrize(
    ("name", "title", "authors", "publisher", "published"),
    [
        (
            "theguardian.com.academics.html",
            "Thousands of UK academics 'treated as second-class citizens'",
            ["Richard Adams"],
            "the Guardian",
            "2020-01-20",
        ),
        ("reuters.com.parasite.html", None, ["Jill Serjeant"], "Reuters", "2020-01-19"),
        (
            "threatpost.com.android.html",
            "Android Ransomware Spreads Via ‘Sex Simulation Game’ Links on Reddit, SMS",
            ["Lindsey O'Donnell"],
            "Threatpost",
            "2019-07-30",
        ),
        (
            "lemire.me.json.html",
            "JSON parsing: simdjson vs. JSON for Modern C++",
            ["Daniel Lemire"],
            None,
            "2019-08-02",
        ),
    ],
)
def test_corpus_page_metadata(
    name: str, title: str | None, authors: list[str], publisher: str | None, published: str
) -> None:
    draft = import_path(corpus_file("web", name))
    if title is not None:
        assert draft.title == title
    assert draft.authors == authors
    if publisher is not None:
        assert draft.publisher == publisher
    assert draft.published == published


def test_corpus_newsletter_box_is_not_the_article() -> None:
    draft = import_path(corpus_file("web", "pcgamer.com.skyrim.html"))
    assert "PC Gamer Newsletter" not in draft.text
    assert "Sign up to get the best content of the week" not in draft.text
    assert draft.text.startswith("An Illusionist in Skyrim: Part 1\n\n")


def test_a_lede_in_a_box_of_its_own_is_part_of_the_body(tmp_path: Path) -> None:
    lede = (
        "Former President Donald Trump said on Monday that the wall on the southern border had "
        "been finished"
    )
    page = FIXTURE.read_text(encoding="utf-8")
    paragraph = page[page.index(f"<p>{lede}") : page.index("</p>", page.index(lede)) + 4]
    page = page.replace(paragraph, "")  # out of the body, into a box of its own before the byline
    boxed = paragraph.replace("<p>", '<p class="lede">')
    page = page.replace(
        '<div class="byline">',
        f'<header><div class="lede-box">{boxed}</div></header><div class="byline">',
    )
    description = (
        "The former president said the wall was finished. The government's own figures say "
        "otherwise."
    )
    page = page.replace(description, paragraph[3:-4])  # the description quotes the lede
    path = tmp_path / "lede.html"
    path.write_text(page, encoding="utf-8")
    draft = import_path(path)
    kinds = [(b.kind, draft.text[b.start : b.end][: len(lede)]) for b in draft.blocks[:3]]
    assert kinds[1] == ("paragraph", lede)  # the lede, not a standfirst copied from the description
    assert draft.text.count(lede) == 1
    assert kinds[2][1].startswith("The figures published by Customs and Border Protection")


def test_corpus_chapo_is_the_standfirst_once() -> None:
    # gofeminin marks its opening paragraph <p class="af-chapo">; the extractor skips it
    draft = import_path(corpus_file("web", "gofeminin.de.abnehmen.html"))
    opening = (
        "Wie man schnell abnehmen kann, haben sich wahrscheinlich die meisten von uns schon mal "
        "gefragt."
    )
    first = [(b.kind, draft.text[b.start : b.end]) for b in draft.blocks[:2]]
    assert first[0] == (
        "headline",
        "Wie kann ich schnell abnehmen? Der Schlachtplan zum Wunschgewicht",
    )
    assert first[1][0] == "standfirst" and first[1][1].startswith(opening)
    assert draft.text.count(opening) == 1


def test_an_article_wrapper_named_like_a_box_is_kept(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n} says the council approved the budget after a long debate on Monday "
        "night.</p>"
        for n in range(8)
    )
    path = tmp_path / "paywalled.html"
    path.write_text(
        "<html><body><article><h1>Budget approved</h1><div class='article-body "
        f"subscribe-wall'>{paragraphs}</div>"
        "<div class='newsletter'><p>Sign up for the morning "
        "briefing.</p></div></article></body></html>",
        encoding="utf-8",
    )
    text = import_path(path).text
    assert "Paragraph 0 says" in text and "Paragraph 7 says" in text
    assert "morning briefing" not in text


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        (
            "dw.com.uncork.html",
            "Uncork the mystery of Germany's Frühburgunder",
        ),  # declared "... | DW"
        (
            "brandenburg.de.homo-brandenburgensis.html",
            "Homo Brandenburgensis",
        ),  # declared "... | Brandenburgische Landeszentrale ..."
    ],
)
def test_a_declared_title_with_the_site_name_is_the_headline_the_page_shows(
    name: str, headline: str
) -> None:
    draft = import_path(corpus_file("web", name))
    assert draft.title == headline
    first = draft.blocks[0]
    assert (first.kind, draft.text[first.start : first.end]) == ("headline", headline)
    assert draft.text.count(headline) == 1
