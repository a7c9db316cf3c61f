"""Services: what the window and the command line do to a project, in one API."""

from annotator.services.changes import Change, ChangeKind
from annotator.services.project import ProjectService, new_id, normalise_tags
from annotator.storage import ArticleSnapshot, ArticleSummary, ClaimSnapshot  # values the UI holds

__all__ = [
    "ArticleSnapshot",
    "ArticleSummary",
    "Change",
    "ChangeKind",
    "ClaimSnapshot",
    "ProjectService",
    "new_id",
    "normalise_tags",
]
