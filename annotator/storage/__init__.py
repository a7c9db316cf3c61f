"""The project file (SQLite through sqlite-utils): the only package that contains SQL."""

from annotator.storage.full_text import MATCH_END, MATCH_START, Passage, SearchHit
from annotator.storage.schema import APPLICATION_ID, LATEST_VERSION
from annotator.storage.snapshots import ArticleSnapshot, ClaimSnapshot
from annotator.storage.store import ArticleSummary, ProjectStore

__all__ = [
    "APPLICATION_ID",
    "LATEST_VERSION",
    "MATCH_END",
    "MATCH_START",
    "Passage",
    "SearchHit",
    "ArticleSnapshot",
    "ArticleSummary",
    "ClaimSnapshot",
    "ProjectStore",
]
