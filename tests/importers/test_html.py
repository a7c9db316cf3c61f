"""Saved web pages: the article body without page furniture, and the page's metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.errors import ArticleImportError
from annotator.importers import import_path

BODY = [
    "Repairing the Old Mill Bridge will cost £48 million, the city council said on Thursday",
    "corrosion in the steel frame was \"far more extensive than the first inspection suggested\"",
    "The bridge carries about 21,000 vehicles a day",
    "Opposition councillors said the new estimate included a contingency",
    "biggest single spending decision this council has made in a decade",
    "Government figures show that the number of council-owned bridges classed as substandard",
    "The council expects work to begin in the spring of next year",
]
BOILERPLATE = [
    "We use cookies",  # cookie banner
    "Accept all cookies",
    "Subscribe from £1 a week",  # navigation
    "Search the Gazette",
    "Refinance your home",  # ads
    "Win a weekend for two",
    "Old Mill Bridge closed to lorries after inspection",  # inline related links
    "Library opening hours cut",  # related stories
    "Doctors stunned",  # recommendation widget
    "Sign up for our free morning briefing",  # newsletter box
    "All rights reserved",  # footer
    "Privacy policy",
    "Share on Facebook",
    "dataLayer",  # scripts
]


@pytest.fixture
def news_draft(fixture_path: Path):  # noqa: ANN201
    return import_path(fixture_path / "news_page.html")


def test_article_body_is_kept(news_draft) -> None:  # noqa: ANN001
    for fragment in BODY:
        assert fragment in news_draft.text


@pytest.mark.parametrize("fragment", BOILERPLATE)
def test_page_furniture_is_left_out(news_draft, fragment: str) -> None:  # noqa: ANN001
    assert fragment not in news_draft.text


def test_structure_of_the_body(news_draft) -> None:  # noqa: ANN001
    def kind_of(fragment: str) -> tuple[str, int]:
        (block,) = [b for b in news_draft.blocks if fragment in news_draft.text[b.start : b.end]]
        return block.kind, block.level

    assert kind_of("Opposition disputes the figures") == ("heading", 2)
    assert kind_of("building a new bridge alongside the old one") == ("list_item", 1)
    assert kind_of("biggest single spending decision") == ("quote", 0)
    assert kind_of("The bridge carries about 21,000") == ("paragraph", 0)
    items = [b for b in news_draft.blocks if b.kind == "list_item"]
    assert len(items) == 3


def test_metadata_from_meta_tags_and_json_ld(news_draft) -> None:  # noqa: ANN001
    assert news_draft.title == "Council says bridge repairs will cost £48m"
    assert news_draft.standfirst.startswith("The council's figure is twice the estimate")
    assert news_draft.authors == ["Priya Nandakumar", "Tomasz Wielgosz"]
    assert news_draft.publisher == "Riverside Gazette"
    assert news_draft.published == "2025-03-14"  # published, not modified (15 March)
    assert news_draft.url == "https://www.riverside-gazette.example/news/2025/03/14/bridge-repairs-cost"
    assert news_draft.language == "en-GB"
    assert news_draft.source_format == "html"
    assert news_draft.source_name == "news_page.html"


def test_metadata_from_meta_tags_alone(tmp_path: Path) -> None:
    page = """<html lang="uk"><head><meta charset="windows-1251">
    <title>Ціни на газ зростуть — Київська газета</title>
    <meta property="og:site_name" content="Київська газета">
    <meta property="article:published_time" content="2024-11-02T08:00:00+02:00">
    <meta name="author" content="Олена Коваль">
    <link rel="canonical" href="https://gazeta.example/ua/gas-prices">
    </head><body><nav><a href="/">Головна</a></nav><article><h1>Ціни на газ зростуть</h1>
    <p>Міністр заявив, що ціни на газ зростуть на 20 відсотків наступного року, і пояснив це
    зростанням світових цін та дефіцитом бюджету, який уряд має покрити до кінця року.</p>
    <p>Опозиція назвала таке рішення неприйнятним і вимагає оприлюднити розрахунки, на яких воно
    ґрунтується, а також звіт про виконання попередніх обіцянок уряду щодо тарифів.</p>
    </article><footer>© Київська газета</footer></body></html>"""
    path = tmp_path / "gas.htm"
    path.write_bytes(page.encode("cp1251"))
    draft = import_path(path)
    assert "Міністр заявив, що ціни на газ зростуть на 20 відсотків" in draft.text
    assert "Головна" not in draft.text and "©" not in draft.text
    assert draft.title == "Ціни на газ зростуть"
    assert draft.authors == ["Олена Коваль"]
    assert draft.publisher == "Київська газета"
    assert draft.published == "2024-11-02"
    assert draft.url == "https://gazeta.example/ua/gas-prices"
    assert draft.language == "uk"


def test_short_page_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "brief.html"
    path.write_text(
        "<html><body><p>Short brief: the mayor resigned.</p></body></html>", encoding="utf-8"
    )
    draft = import_path(path)
    assert draft.text == "Short brief: the mayor resigned."


def test_malformed_html_still_gives_its_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><head><title>Broken page</title><body><p>The first paragraph of the story <b>never "
        "closes"
        "<div><p>The second paragraph</span> explains the council's figures in some detail </td>"
        "<p>A third paragraph &amp; an entity &nosuch; and a stray < sign.",
        encoding="utf-8",
    )
    draft = import_path(path)
    assert "The first paragraph of the story never closes" in draft.text
    assert "The second paragraph explains the council's figures" in draft.text
    assert "&amp;" not in draft.text


def test_scripts_are_not_run_and_not_text(tmp_path: Path) -> None:
    path = tmp_path / "script.html"
    path.write_text(
        "<html><body><script>document.write('INJECTED')</script><p>Only this sentence is the "
        "article.</p>"
        "<noscript>Enable JavaScript</noscript><style>p{color:red}</style></body></html>",
        encoding="utf-8",
    )
    draft = import_path(path)
    assert draft.text == "Only this sentence is the article."


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<!-- only a comment -->",
        "   \n  ",
    ],
    ids=["empty-body", "comment", "whitespace"],
)
def test_page_without_text_is_refused(tmp_path: Path, page: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(ArticleImportError, match=r"^empty\.html: "):
        import_path(path)


def test_when_the_extractor_finds_nothing_the_article_element_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.importers import html

    monkeypatch.setattr(html, "_trafilatura", lambda page: None)
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><nav>Home News Sport</nav><article><header><h1>Headline</h1>"
        "<div class='share-tools'>Share on X</div></header><p>The body sentence.</p>"
        "<div class='ad-slot'>Buy now</div><aside>Related: other story</aside></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    draft = import_path(path)
    assert draft.text == "Headline\n\nThe body sentence."  # the headline once, marked
    assert [b.kind for b in draft.blocks] == ["headline", "paragraph"]
    assert draft.title == "Headline"


def test_address_noted_by_the_browser_when_saving(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_text(
        "<!DOCTYPE html>\n<!-- saved from url=(0034)https://news.example/2025/story -->\n"
        "<html><head><title>Story</title></head><body><article><p>A sentence of the saved "
        "story.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert import_path(path).url == "https://news.example/2025/story"
