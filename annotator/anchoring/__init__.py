"""Where a claim sits in a text, and finding it again after the text changes. Pure Python."""

from annotator.anchoring.offsets import OffsetMap
from annotator.anchoring.selectors import CONTEXT_LENGTH, Anchor, TextQuote, anchor_at, quote_at, trim_span

__all__ = ["CONTEXT_LENGTH", "Anchor", "OffsetMap", "TextQuote", "anchor_at", "quote_at", "trim_span"]
