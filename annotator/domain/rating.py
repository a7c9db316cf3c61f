"""Ratings: one rater's verdict on a passage, kept as evidence apart from the published verdict.

A claim's own `verdict_id` is the verdict that gets published. A blind second review adds
ratings to the claim (never a second claim); an adjudication then settles the final verdict.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rating:
    id: str
    claim_id: str
    rater: str
    verdict_id: str | None
    explanation: str = ""
    created: str = ""
    modified: str = ""
    rater_id: str = ""  # the rater's identity (people.id); `rater` is their name when rating


@dataclass(frozen=True)
class Adjudication:
    """Who settled a passage's final verdict after its ratings, and to what."""

    claim_id: str
    verdict_id: str | None
    adjudicator: str
    note: str
    at: str
    adjudicator_id: str = ""  # the adjudicator's identity (people.id)
