"""The project's own error types.

Errors a user can cause (a bad file, a file from a newer version, a locked or
read-only project) derive from `AnnotatorError` and carry a message written for
a person; the GUI shows it in a dialog and the CLI prints it on one line.
Anything else is a program bug and is allowed to propagate.
"""

from __future__ import annotations


class AnnotatorError(Exception):
    """An error caused by input or environment, with a message fit for the user."""


class ProjectError(AnnotatorError):
    """The project file cannot be opened or written."""


class NotAProjectError(ProjectError):
    """The file is not SQLite, or is SQLite that belongs to another application."""


class ProjectTooNewError(ProjectError):
    """The file was written by a newer Annotator than this one."""


class ProjectReadOnlyError(ProjectError):
    """The project is open read-only and an edit was attempted."""


class ArticleImportError(AnnotatorError):
    """An article file could not be imported (empty, binary, unsupported, damaged...)."""


class ExportError(AnnotatorError):
    """An export could not be written."""


class ValidationError(AnnotatorError):
    """A value a user entered is not acceptable (a javascript: URL, a bad date...)."""


class EditConflictError(AnnotatorError):
    """Undo or redo would overwrite what someone else changed since; nothing was written."""
class FactCheckImportError(AnnotatorError):
    """A fact-check feed could not be read (not ClaimReview, damaged, binary...)."""
