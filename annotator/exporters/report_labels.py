"""The headings and labels of the reports (HTML, PDF, Markdown) in the report's language.

A small table per language, keyed by the English text (`ExportOptions.language`: "en", "es",
"uk" or "ar"; the window's default is the interface language). Only what the report itself
writes is translated: quotes, names, verdict labels and the rest of the data stay as written.
The report's `lang` and `dir` come from the article's own language (`text_direction`)."""

from __future__ import annotations

from collections.abc import Callable

from annotator.exporters.report_tables import PLURALS, TABLES

REPORT_LANGUAGES = ("en", "es", "uk", "ar")
# Languages written right to left (BCP 47 primary subtags).
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"}
)


def primary(tag: str) -> str:
    """'ar-EG' -> 'ar'; '' stays ''."""
    return tag.strip().replace("_", "-").split("-")[0].lower()


def text_direction(tag: str) -> str:
    """'rtl' for a language written right to left, else 'ltr' (also for an unknown one)."""
    return "rtl" if primary(tag) in RTL_LANGUAGES else "ltr"


def translator(language: str) -> Callable[..., str]:
    """`t("Publisher")`, `t("Accessed {date}.", date=...)` in `language` (English if unknown
    or missing from its table)."""
    table = TABLES.get(primary(language), {})

    def t(text: str, **values: object) -> str:
        shown = table.get(text, text)
        return shown.format(**values) if values else shown

    return t


def plural_index(language: str, count: int) -> int:
    """Which plural form a count takes, by the rules Qt uses for the interface."""
    code = primary(language)
    if code == "uk":
        if count % 10 == 1 and count % 100 != 11:
            return 0
        return 1 if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14 else 2
    if code == "ar":
        if count in (0, 1, 2):
            return count
        return 3 if 3 <= count % 100 <= 10 else 4 if count % 100 >= 11 else 5
    return 0 if count == 1 else 1


def plural(language: str, key: str, count: int, **values: object) -> str:
    """A counted phrase (`key` names it in PLURALS) in `language`, e.g. '3 claims checked'."""
    forms = PLURALS[key].get(primary(language)) or PLURALS[key]["en"]
    index = plural_index(language if primary(language) in PLURALS[key] else "en", count)
    return forms[min(index, len(forms) - 1)].format(n=count, **values)
