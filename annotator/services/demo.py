"""The demo project: the bundled sample article, opened when Annotator starts with no project."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from annotator.domain import ArticleDraft
from annotator.importers import markdown
from annotator.resources import resource_path
from annotator.services.project import ProjectService

DEMO_FILE_NAME = "demo.annotator"
DEMO_AUTHOR = "Annotator sample"
"""The demo's claims belong to this name, not the user, so the user can also review them."""
SAMPLE_STEM = "bessent-ukraine"

# Claims a fact-checker would highlight in the sample, as starting points (drafts, no verdict).
DEMO_CLAIMS = (
    (
        "Ukraine would seek to trade the Russian territory in Kursk that it occupies for some of "
        "its own occupied territories",
        "Ukraine offered to trade the part of Kursk it holds for occupied Ukrainian territory.",
        "Volodymyr Zelenskyy",
    ),
    (
        "roughly $500 billion worth of deposits of rare earths and critical minerals",
        "Ukraine's rare-earth and critical-mineral deposits are worth about $500 billion.",
        "Donald Trump",
    ),
    (
        "The U.S. has spent billions of dollars globally, with little to show.",
        "U.S. spending on the war in Ukraine has achieved little.",
        "Donald Trump",
    ),
    (
        "China is the world’s largest supplier of many of those metals",
        "China is the world's largest supplier of many rare-earth metals.",
        "The Epoch Times",
    ),
)


def sample_article_draft() -> ArticleDraft:
    """The cleaned sample article with its known metadata."""
    text_path = resource_path("sample", f"{SAMPLE_STEM}.md")
    metadata = json.loads(
        resource_path("sample", f"{SAMPLE_STEM}.json").read_text(encoding="utf-8")
    )
    draft = markdown.read(text_path.read_bytes(), text_path.name)
    draft.title = metadata["title"]
    draft.standfirst = metadata["standfirst"]
    draft.authors = metadata["authors"]
    draft.publisher = metadata["publisher"]
    draft.published = metadata["published"]
    draft.language = metadata["language"]
    draft.url = metadata.get("url", "")
    draft.source_name = text_path.name
    return draft


def create_demo_project(
    path: Path, author: str, verdict_names: Callable[[str], str] | None = None
) -> None:
    """Write a new project at `path` holding the sample article and a few draft claims (its
    verdicts named by `verdict_names`, see `ProjectService.open`)."""
    project = ProjectService.open(path, author, verdict_names=verdict_names)
    try:
        with project.store.transaction():
            article = project.add_article(sample_article_draft())
            for quote, paraphrase, claimant in DEMO_CLAIMS:
                start = article.text.find(quote)
                if start >= 0:
                    project.create_claim(
                        article.id,
                        start,
                        start + len(quote),
                        claim_reviewed=paraphrase,
                        claimant=claimant,
                    )
    finally:
        project.close()


def ensure_demo_project(
    data_dir: Path, author: str = DEMO_AUTHOR, verdict_names: Callable[[str], str] | None = None
) -> Path:
    """The demo project in the user's data folder, created on first use."""
    path = data_dir / DEMO_FILE_NAME
    if not path.exists():
        create_demo_project(path, DEMO_AUTHOR, verdict_names)
    return path
