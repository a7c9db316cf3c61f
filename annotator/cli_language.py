"""The command line's language: the same choice the window makes (the Preferences language,
else the first of the system's languages we ship: $LANGUAGE, then $LC_ALL, $LC_MESSAGES or
$LANG), read without Qt; the translations are the window's .qm files, loaded with QtCore's
QTranslator only when the language is not English (so an English run never imports Qt).

The one-line error messages (`msg()` templates, context "errors"), the human status lines and
the --help texts of annotator/cli.py and annotator/commands/ (`tr = translator("context")`,
found by scripts/translations.py), and argparse's own words ("usage: ", "options", its error
messages: annotator/commands/argparse_words.py) are translated; --json and other
machine-readable output stay English."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

from annotator import user_settings
from annotator.errors import error_message, localised

ENGLISH = "en"
SHIPPED = (ENGLISH, "es", "uk", "ar")  # the window's i18n.LANGUAGES, without importing Qt


class _State:
    language = ENGLISH
    catalogue: Any = None  # a QTranslator holding annotator_<language>.qm


def system_languages(environ: Mapping[str, str]) -> list[str]:
    """The system's languages in order of preference, as Qt reads them on Unix."""
    names = [name for name in environ.get("LANGUAGE", "").split(":") if name]
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(variable):
            names.append(environ[variable])
            break
    return names


def resolve(choice: str, environ: Mapping[str, str]) -> str:
    """The choice if we ship it, else the first system language we ship, else English."""
    if choice in SHIPPED:
        return choice
    for name in system_languages(environ):
        code = name.replace("_", "-").split("-")[0].split(".")[0].lower()
        if code in SHIPPED:
            return code
    return ENGLISH


def setup(environ: Mapping[str, str] | None = None) -> str:
    """Pick the language and load its catalogue; returns the language code."""
    language = resolve(user_settings.saved_language(), os.environ if environ is None else environ)
    _State.language, _State.catalogue = language, None
    if language != ENGLISH:
        from PySide6.QtCore import QTranslator  # only now: English start-up stays Qt-free

        from annotator.resources import resource_path

        catalogue = QTranslator()
        if catalogue.load(f"annotator_{language}", str(resource_path("translations"))):
            _State.catalogue = catalogue
    from annotator.commands import argparse_words

    argparse_words.use(_State.catalogue is not None)  # before any parser is built
    return language


def _lookup(context: str, text: str, n: int = -1) -> str:
    """The translation of `text` ("" when there is none); `%n` is filled in by the caller."""
    if _State.catalogue is None:
        return ""
    return str(_State.catalogue.translate(context, text, None, n) or "")


def translator(context: str) -> Callable[..., str]:
    """The `tr` of one command module: `tr(text)`, `tr("%n claim(s)", n=count)`."""

    def tr(text: str, n: int = -1) -> str:
        shown = _lookup(context, text, n)
        if n < 0:
            return shown or text
        if not shown:  # English: the source with its plural markers resolved
            shown = text.replace("(es)", "" if n == 1 else "es")
            shown = shown.replace("(s)", "" if n == 1 else "s")
        return shown.replace("%n", number(n))

    return tr


def number(value: int) -> str:
    """A count as the command line's language writes it, like the window (its QLocale's digits
    and grouping: '١٢' in Arabic); as Python writes it in English, without Qt."""
    if _State.catalogue is None:
        return str(value)
    from PySide6.QtCore import QLocale  # loaded already with the catalogue

    return str(QLocale(_State.language).toString(value))


def error_text(error: BaseException) -> str:
    """The message of `error` in the command line's language."""
    return message_text(error_message(error))


def message_text(text: str) -> str:
    """A `msg()` message (nested ones too) in the command line's language."""
    return localised(text, lambda template: _lookup("errors", template) or template)


def mark(text: str) -> str:
    """A text to translate later with the module's `tr` (a module-level table, a command's
    HELP), found by scripts/translations.py."""
    return text
