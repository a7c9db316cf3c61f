"""Plain data of a fact-check: no Qt, no SQL (a test checks the imports)."""

from annotator.domain.article import Article, ArticleDraft, Block, text_hash
from annotator.domain.claim import (
    EDITABLE_CLAIM_FIELDS,
    AnchorState,
    Claim,
    ClaimPlace,
    ReviewStatus,
)
from annotator.domain.comment import Comment
from annotator.domain.source import (
    SOURCE_KINDS,
    STANCES,
    Source,
    is_safe_link,
    is_web_url,
    validate_web_url,
)
from annotator.domain.verdict import DEFAULT_SCALE, UNRATED_COLOUR, Verdict, readable_text_colour

__all__ = [
    "DEFAULT_SCALE",
    "EDITABLE_CLAIM_FIELDS",
    "SOURCE_KINDS",
    "STANCES",
    "UNRATED_COLOUR",
    "AnchorState",
    "Article",
    "ArticleDraft",
    "Block",
    "Claim",
    "ClaimPlace",
    "Comment",
    "ReviewStatus",
    "Source",
    "Verdict",
    "is_safe_link",
    "is_web_url",
    "readable_text_colour",
    "text_hash",
    "validate_web_url",
]
