"""Blind second review in the window: whose verdicts to hide while a reviewer rates blind.

While `me` reviews an article blind, other raters' claims are drawn and listed as unrated;
their spans stay visible so the reviewer can rate the same passages (`rate_blind_command`):
the rating is stored as a rating of the colleague's claim, never as a claim of its own.
"""

from __future__ import annotations

from annotator.domain import Claim
from annotator.services import ProjectService
from annotator.services.agreement import is_blind
from annotator.ui.rating_commands import RateCommand


def verdict_hidden(service: ProjectService, claim: Claim, me: str) -> bool:
    """True if `claim`'s verdict must look unrated to `me` (a colleague's claim, me blind)."""
    return claim.author != me and is_blind(service, claim.article_id, me)


def hidden_claim_ids(service: ProjectService, article_id: str, me: str) -> set[str]:
    """All claims of the article whose verdicts `me` must not see (one query for the article)."""
    if not is_blind(service, article_id, me):
        return set()
    return {c.id for c in service.claims(article_id) if c.author != me}


def shown_verdict_id(service: ProjectService, claim: Claim, me: str) -> str | None:
    """The verdict id to colour and list the claim with: None while it is hidden from `me`."""
    return None if verdict_hidden(service, claim, me) else claim.verdict_id


def rate_blind_command(service: ProjectService, claim_id: str, verdict_id: str | None) -> RateCommand:
    """Rate a colleague's passage with my verdict, as one undoable step."""
    return RateCommand.perform(service, claim_id, verdict_id)
