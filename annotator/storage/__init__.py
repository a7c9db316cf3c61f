"""The project file (SQLite through sqlite-utils): the only package that contains SQL."""

from annotator.storage.schema import APPLICATION_ID, LATEST_VERSION
from annotator.storage.store import ArticleSnapshot, ArticleSummary, ClaimSnapshot, ProjectStore

__all__ = ["APPLICATION_ID", "LATEST_VERSION", "ArticleSnapshot", "ArticleSummary", "ClaimSnapshot", "ProjectStore"]
