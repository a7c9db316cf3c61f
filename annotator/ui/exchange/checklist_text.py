"""The publication checklist's lines in the interface language, worded by each item's key
(annotator/services/publication.py) with the plural forms of its count: the command line's
wording (annotator/commands/checklist_lines.py) through the window's translator."""

from __future__ import annotations

from annotator.commands.checklist_lines import worded
from annotator.services.publication import CheckItem
from annotator.ui.common.i18n import translated_message, translator

tr = translator("exchange.checklist")


def checklist_line(item: CheckItem) -> str:
    """What the checklist says about `item`, translated."""
    return worded(item, tr, translated_message)
