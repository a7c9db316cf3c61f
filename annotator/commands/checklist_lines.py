"""The publication checklist's lines in the interface language, worded by each item's key
(annotator/services/publication.py) with the plural forms of its count, for the command
line and, through `worded`, for the window (annotator/ui/exchange/checklist_text.py): one
wording and one context, so that one translation serves both."""

from __future__ import annotations

from collections.abc import Callable

from annotator.cli_language import message_text as translated_message
from annotator.cli_language import translator
from annotator.services.publication import CheckItem

tr = translator("exchange.checklist")


def _lines(tr: Callable[..., str]) -> dict[str, Callable[[int], str]]:
    return {
        "drafts": lambda n: tr(
            "Includes %n claim(s) not approved: the report is marked as a draft.", n=n
        ),
        "empty": lambda n: tr(
            "Nothing to export: no claim in scope is approved (drafts are left out)."
        ),
        "no_sources": lambda n: tr("%n claim(s) without sources.", n=n),
        "no_explanation": lambda n: tr("%n claim(s) without an explanation.", n=n),
        "unrated": lambda n: tr("%n claim(s) without a verdict.", n=n),
        "orphaned": lambda n: tr(
            "%n orphaned claim(s): the passage is no longer in the article's current text.", n=n
        ),
        "adjudication": lambda n: tr(
            "%n passage(s) rated by two or more people await adjudication of the final verdict.",
            n=n,
        ),
    }


def checklist_line(item: CheckItem) -> str:
    """What the checklist says about `item`, in the command line's language."""
    return worded(item, tr, translated_message)


def worded(item: CheckItem, tr: Callable[..., str], translated: Callable[[str], str]) -> str:
    """What the checklist says about `item` through the translator `tr` of the context
    "exchange.checklist" (its message through `translated` for a key the table does not
    know)."""
    if item.key == "stale_approval" and item.detail:
        return tr(
            "%n claim(s) changed after approval (stale approval): left out until approved again.",
            n=item.count,
        )
    if item.key == "stale_approval":
        return tr("%n claim(s) changed after approval (stale approval).", n=item.count)
    lines = _lines(tr)
    if item.key in lines:
        return lines[item.key](item.count)
    return translated(item.message)  # "claimreview": a msg() with what is missing
