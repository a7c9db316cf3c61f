"""The project file (SQLite through sqlite-utils): the only package that contains SQL."""

from annotator.storage.schema import APPLICATION_ID, LATEST_VERSION
from annotator.storage.store import (
    MATCH_END,
    MATCH_START,
    ArticleSnapshot,
    ArticleSummary,
    ClaimSnapshot,
    ProjectStore,
    SearchHit,
)

__all__ = ["APPLICATION_ID", "LATEST_VERSION", "MATCH_END", "MATCH_START", "SearchHit", "ArticleSnapshot", "ArticleSummary", "ClaimSnapshot", "ProjectStore"]
