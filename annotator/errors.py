"""The project's own error types.

Errors a user can cause (a bad file, a file from a newer version, a locked or
read-only project) derive from `AnnotatorError` and carry a message written for
a person; the GUI shows it in a dialog and the CLI prints it on one line.
Anything else is a program bug and is allowed to propagate.

A message is written `msg("The file {name} is not a project.", name=path.name)`: a `str`
holding the English text with the values filled in (what `str(error)` and the CLI show), that
keeps its `template` and `values` apart, so that the window can show the template's translation
(context "errors", `translated_error` in annotator/ui/common/i18n.py) with the same values. The
layers below ui/ stay free of Qt; scripts/translations.py finds the `msg("...")` templates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Message(str):
    """An error message: the English text, with the template and the values it was made of."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Message:
        made = super().__new__(cls, template.format(**values))
        made.template, made.values = template, values
        return made

    def __reduce__(self) -> tuple[type[Message], tuple[str, dict[str, Any]]]:
        return (Message, (self.template, self.values))  # survives a worker process's pickle


def msg(template: str, /, **values: Any) -> Message:
    """A message to translate: `template` is English with `{name}` placeholders for `values`."""
    return Message(template, values)


def joined_messages(parts: list[str], separator: str = ", ") -> str:
    """`parts` joined by ", " or "; " as one message whose parts translate too (a plain join
    would make them English text); "" for no parts."""
    if not parts:
        return ""
    result = parts[0]
    for part in parts[1:]:
        if separator == "; ":
            result = msg("{first}; {second}", first=result, second=part)
        else:
            result = msg("{first}, {second}", first=result, second=part)
    return result


def localised(text: str, lookup: Callable[[str], str]) -> str:
    """`text` in another language: a `Message`'s template looked up with `lookup` (template ->
    its translation, the template itself when there is none) and filled with its values, a
    value that is itself a `Message` localised the same way; any other text as it is. A
    translation whose placeholders do not match gives the English text."""
    if not isinstance(text, Message):
        return text
    values = {k: localised(v, lookup) if isinstance(v, Message) else v
              for k, v in text.values.items()}  # fmt: skip
    try:
        return lookup(text.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


def error_message(error: BaseException) -> str:
    """The message of `error` (its first argument when that is a `Message`, else str(error))."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Message) else str(error)


class AnnotatorError(Exception):
    """An error caused by input or environment, with a message fit for the user."""

    @property
    def template(self) -> str | None:
        """The untranslated template of a `msg()` message, None for any other message."""
        first = self.args[0] if self.args else None
        return first.template if isinstance(first, Message) else None

    @property
    def values(self) -> dict[str, Any]:
        """The values of the template's placeholders ({} without a template)."""
        first = self.args[0] if self.args else None
        return dict(first.values) if isinstance(first, Message) else {}


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
