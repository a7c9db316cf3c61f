"""Where a claim sits in a text, and finding it again after the text changes. Pure Python."""

from annotator.anchoring.diff import DiffChunk, text_diff, word_diff
from annotator.anchoring.offsets import OffsetMap
from annotator.anchoring.reanchor import (
    MIN_QUOTE_SIMILARITY,
    ORPHAN_THRESHOLD,
    AnchorTarget,
    Placement,
    locate,
    reanchor,
)
from annotator.anchoring.selectors import (
    CONTEXT_LENGTH,
    Anchor,
    TextQuote,
    anchor_at,
    quote_at,
    trim_span,
)

__all__ = [
    "CONTEXT_LENGTH",
    "MIN_QUOTE_SIMILARITY",
    "ORPHAN_THRESHOLD",
    "Anchor",
    "AnchorTarget",
    "DiffChunk",
    "OffsetMap",
    "Placement",
    "TextQuote",
    "anchor_at",
    "locate",
    "quote_at",
    "reanchor",
    "text_diff",
    "trim_span",
    "word_diff",
]
