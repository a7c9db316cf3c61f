"""Services: what the window and the command line do to a project, in one API."""

from annotator.services.changes import Change, ChangeKind
from annotator.services.project import ProjectService, new_id, normalise_tags

__all__ = ["Change", "ChangeKind", "ProjectService", "new_id", "normalise_tags"]
