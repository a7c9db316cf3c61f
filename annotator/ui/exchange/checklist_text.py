"""The publication checklist's lines in the interface language, worded by each item's key
(annotator/services/publication.py) with the plural forms of its count."""

from __future__ import annotations

from collections.abc import Callable

from annotator.services.publication import CheckItem
from annotator.ui.common.i18n import translated_message, translator

tr = translator("exchange.checklist")

_LINES: dict[str, Callable[[int], str]] = {
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
    """What the checklist says about `item`, translated (its English message for a key this
    table does not know)."""
    if item.key == "stale_approval" and item.detail:
        return tr(
            "%n claim(s) changed after approval (stale approval): left out until approved again.",
            n=item.count,
        )
    if item.key == "stale_approval":
        return tr("%n claim(s) changed after approval (stale approval).", n=item.count)
    if item.key in _LINES:
        return _LINES[item.key](item.count)
    return translated_message(item.message)  # "claimreview": a msg() with what is missing
