"""The interface language: Qt translators, the locale and the layout direction for the window.

Every user-visible string of ui/ goes through `QCoreApplication.translate` with its module's
context: a module makes its `tr` with `tr = translator("claims_panel")` and writes
`tr("Delete Claim")`, `tr("%n claim(s)", n=count)` (the count in the locale's digits, `number`;
a count given to `.format` goes through `number` too); a text needed before the translators are
installed (a module-level table) is marked with `mark("...")` and translated where it is shown
(`tr(TABLE[key])`). scripts/translations.py finds these calls (with `ast`), keeps the `.ts`
sources in resources/translations/ up to date and compiles them into the `.qm` files shipped
with the package; tests/ui/common/test_translations.py fails when a `.ts` file lacks a
translation for a string of the code.

Error messages of the layers below ui/ (which do not import Qt) are marked with
`msg("template {name}", name=value)` of annotator/errors.py; the window shows an error with
`translated_error(error)`: the template's translation in the context "errors", with the values
filled in (the English `str(error)` for an error without a template).

The language is the Preferences choice, or the system's when that is "" (or not one we ship);
it is installed once, before the first window, so a change applies on the next start."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from annotator.errors import error_message, localised
from annotator.resources import resource_path

SYSTEM_LANGUAGE = ""
ENGLISH = "en"
# Shown in each language's own name, so that anyone can find theirs.
LANGUAGES = {
    ENGLISH: "English",
    "es": "Español",
    "uk": "Українська",
    "ar": "العربية",
}


_MARKER = re.compile(r"\((e?s)\)")


class _State:
    language = ENGLISH
    translators: list[QTranslator] = []


def translator(context: str) -> Callable[..., str]:
    """The `tr` of one module: `tr(text)`, `tr(text, n=count)` for a text with `%n` plurals
    (the count written with `number`)."""

    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if n < 0:
            return QCoreApplication.translate(context, text, disambiguation)
        return plural_form(context, text, n, disambiguation).replace("%n", number(n))

    return tr


def plural_form(context: str, text: str, n: int, disambiguation: str | None = None) -> str:
    """The form of `text` for the count n from the installed catalogues, `%n` left in (Qt's own
    `translate` would fill it with Western digits in every language); the English source with
    its plural markers resolved when no catalogue has it."""
    for catalogue in _State.translators:
        form = catalogue.translate(context, text, disambiguation, n)
        if form:
            return str(form)
    return english_plural(text, n)


def number(value: int) -> str:
    """A count as the interface language writes it: the locale's digits and grouping outside
    English ('١٢' in Arabic, '12.345' in Spanish), as Python writes it in English."""
    return str(value) if _State.language == ENGLISH else QLocale().toString(value)


def translated_error(error: BaseException) -> str:
    """The message of `error` in the interface language: its `msg()` template translated in
    the context "errors" and formatted with its values (a value that is itself a `msg()`
    message translated too); str(error) when it has no template."""
    return translated_message(error_message(error))


def translated_message(text: str) -> str:
    """A `msg()` message (annotator/errors.py) in the interface language, its nested messages
    translated too; any other text as it is."""
    return localised(text, lambda template: QCoreApplication.translate("errors", template))


def english_plural(text: str, count: int) -> str:
    """The English form of a source text with plural markers: 'claim(s)' is 'claim' for one
    and 'claims' otherwise, 'match(es)' 'match' or 'matches'."""
    return _MARKER.sub("" if count == 1 else r"\1", text)


def mark(text: str) -> str:
    """A text to translate later (with the module's `tr`), found by scripts/translations.py."""
    return text


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to use: the choice if we ship it, else the first system language we ship,
    else English."""
    if choice in LANGUAGES:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def translations_dir() -> str:
    return str(resource_path("translations"))


def install(choice: str) -> str:
    """Install the translators, default locale and layout direction of the resolved language
    (the application must exist); returns the language code."""
    app = QCoreApplication.instance()
    for old in _State.translators:
        QCoreApplication.removeTranslator(old)
    _State.translators = []
    language = resolve(choice)
    _State.language = language
    if language != ENGLISH:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"annotator_{language}", translations_dir()),
                             (f"qtbase_{language}", qt_dir)):  # fmt: skip
            loaded = QTranslator(app)
            if loaded.load(name, folder):
                QCoreApplication.installTranslator(loaded)
                _State.translators.append(loaded)
    locale = QLocale(language)
    QLocale.setDefault(locale)
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(locale.textDirection())
    return language


def current_language() -> str:
    """The language installed (a key of LANGUAGES)."""
    return _State.language


def is_right_to_left(language: str) -> bool:
    return QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft
