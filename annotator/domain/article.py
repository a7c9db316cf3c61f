"""Articles: the canonical text claims point into, and its metadata."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """A structural span of the canonical text (heading, paragraph, list item).

    Offsets count code points of the canonical text; `page` is set for PDFs so a
    claim can cite the page it sits on.
    """

    start: int
    end: int
    kind: str = (
        "paragraph"  # "headline" | "standfirst" | "heading" | "paragraph" | "list_item" | "quote"
    )
    level: int = 0
    page: int | None = None


@dataclass
class Article:
    """One article of a project. `text` is the canonical text of its current version."""

    id: str
    title: str
    text: str
    standfirst: str = ""
    authors: list[str] = field(default_factory=list)
    publisher: str = ""
    published: str = ""  # ISO date, possibly partial ("2025-02")
    url: str = ""
    report_url: str = ""  # where our fact-check of it is published (ClaimReview's url)
    language: str = ""
    source_format: str = "text"
    source_name: str = ""  # the file name it was imported from
    blocks: list[Block] = field(default_factory=list)
    version: int = 1
    author: str = ""
    created: str = ""
    modified: str = ""
    modified_by: str = ""
    modified_by_id: str = ""  # who changed it last (people.id); `modified_by`: their name then

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)

    @property
    def byline(self) -> str:
        return ", ".join(a for a in self.authors if a)

    def page_at(self, offset: int) -> int | None:
        """The page (of a PDF) the text at `offset` is printed on: that of the block holding
        it, else of the last block before it; None when the article has no pages."""
        page = None
        for block in self.blocks:
            if block.start > offset:
                break
            if block.page is not None:
                page = block.page
        return page

    def page_starts(self) -> list[tuple[int, int]]:
        """(offset, page) where each printed page's text begins, in text order: the first
        block of each page; empty when the article has no pages (not from a PDF)."""
        starts: list[tuple[int, int]] = []
        for block in self.blocks:
            if block.page is not None and (not starts or starts[-1][1] != block.page):
                starts.append((block.start, block.page))
        return starts

    def has_block(self, kind: str) -> bool:
        """True if the text holds a block of this kind (a "headline" or "standfirst")."""
        return any(block.kind == kind for block in self.blocks)


def text_hash(text: str) -> str:
    """Identity of a canonical text, used to find duplicates and match articles across projects."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class ArticleDraft:
    """What an importer produces: an article not yet stored (no id, no author)."""

    title: str
    text: str
    standfirst: str = ""
    authors: list[str] = field(default_factory=list)
    publisher: str = ""
    published: str = ""
    url: str = ""
    language: str = ""
    source_format: str = "text"
    source_name: str = ""
    blocks: list[Block] = field(default_factory=list)
