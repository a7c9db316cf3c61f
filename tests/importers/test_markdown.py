"""Markdown import: structure without markup characters; front matter as metadata."""

from __future__ import annotations

from pathlib import Path

from annotator.importers import import_path

SOURCE = """---
title: "Bridge repairs: what the council said"
author: [Priya Nandakumar, Tomasz Wielgosz]
date: 2025-03-14
description: A line-by-line check of the council's statement.
url: https://example.org/checks/bridge
lang: en_GB
---

# Bridge repairs will cost **£48m**

The council said on *Thursday* that repairs will cost £48m, see [the minutes](https://example.org/minutes).
It was `twice` the first estimate.

## The options

- replace the deck
- build a new bridge
  1. alongside the old one

> "We have not seen the evidence," said a councillor.

| Option | Cost |
|--------|------|
| Deck   | £48m |

![a photo of the bridge](bridge.jpg)

Text with <b>inline html</b> inside.
"""


def _draft(tmp_path: Path):  # noqa: ANN202
    path = tmp_path / "check.md"
    path.write_text(SOURCE, encoding="utf-8")
    return import_path(path)


def test_structure_without_markup(tmp_path: Path) -> None:
    draft = _draft(tmp_path)
    paragraphs = draft.text.split("\n\n")
    assert paragraphs == [
        "Bridge repairs: what the council said",  # the front matter's title and description
        "A line-by-line check of the council's statement.",
        "Bridge repairs will cost £48m",
        "The council said on Thursday that repairs will cost £48m, see the minutes. It was twice "
        "the first estimate.",
        "The options",
        "replace the deck",
        "build a new bridge",
        "alongside the old one",
        '"We have not seen the evidence," said a councillor.',
        "Option | Cost",
        "Deck | £48m",
        "Text with inline html inside.",
    ]
    for markup in ("#", "**", "](", "`", "> ", "<b>", "![", "---"):
        assert markup not in draft.text
    kinds = [(b.kind, b.level) for b in draft.blocks]
    assert kinds[:2] == [("headline", 1), ("standfirst", 0)]
    assert kinds[2] == ("heading", 1) and kinds[4] == ("heading", 2)
    assert kinds[5:8] == [("list_item", 1), ("list_item", 1), ("list_item", 2)]
    assert kinds[8] == ("quote", 0)


def test_front_matter_gives_metadata(tmp_path: Path) -> None:
    draft = _draft(tmp_path)
    assert draft.title == "Bridge repairs: what the council said"
    assert draft.authors == ["Priya Nandakumar", "Tomasz Wielgosz"]
    assert draft.published == "2025-03-14"
    assert draft.standfirst == "A line-by-line check of the council's statement."
    assert draft.url == "https://example.org/checks/bridge"
    assert draft.language == "en-GB"
    assert draft.source_format == "markdown"


def test_title_from_first_heading_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "plain.markdown"
    path.write_text("Intro line.\n\n## Second level\n\n# Top level\n\nBody.\n", encoding="utf-8")
    draft = import_path(path)
    assert draft.title == "Top level"
    assert draft.text.startswith("Intro line.")
