"""Colleagues who start from one shared project file and then work on their own copies."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.domain import ArticleDraft
from annotator.services import ProjectService

TEXT = (
    "The minister said unemployment fell by half last year. "
    "Exports doubled since 2020, according to the ministry. "
    "The new bridge cost 40 million euros. "
    "Crime rose in every region. "
    "Most residents support the plan."
)
SENTENCES = [s + "." for s in TEXT.split(". ") if s]


def span(sentence: int) -> tuple[int, int]:
    """Code-point span of the n-th sentence of TEXT."""
    start = TEXT.index(SENTENCES[sentence].rstrip("."))
    return start, start + len(SENTENCES[sentence].rstrip("."))


@dataclass
class Team:
    folder: Path
    article_id: str
    base_claims: list[str]
    open_services: list[ProjectService]

    def path(self, name: str) -> Path:
        return self.folder / f"{name.lower()}.annotator"

    def open(self, name: str) -> ProjectService:
        service = ProjectService.open(self.path(name), name)
        self.open_services.append(service)
        return service

    def close(self, service: ProjectService) -> None:
        service.close()
        self.open_services.remove(service)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    """A base project (by Origin) with one article and three claims, copied to Alice, Bob and
    Carol."""
    base_path = tmp_path / "base.annotator"
    base = ProjectService.open(base_path, "Origin")
    article = base.add_article(ArticleDraft(title="Economy", text=TEXT))
    claims = [base.create_claim(article.id, *span(i)).id for i in range(3)]
    base.add_source(claims[0], url="https://example.org/stats")
    base.close()
    for name in ("alice", "bob", "carol"):
        shutil.copy(base_path, tmp_path / f"{name}.annotator")
    result = Team(tmp_path, article.id, claims, [])
    yield result
    for service in list(result.open_services):
        service.close()
