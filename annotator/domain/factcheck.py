"""A published fact-check kept as reference material (never one of the project's own claims)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FactCheck:
    """One ClaimReview as read from a feed: what was checked, by whom, with what verdict."""

    url: str
    claim_reviewed: str
    verdict: str = ""  # reviewRating.alternateName (or a feed's textualRating)
    organisation: str = ""
    organisation_url: str = ""
    date_published: str = ""
    headline: str = ""
    description: str = ""
    identifier: str = ""
    claimant: str = ""
    claim_date: str = ""
    appearance_url: str = ""
    language: str = ""

    def key(self) -> str:
        """What makes two records the same fact-check: its url, else its identifier, else its
        text."""
        if self.url:
            return "url:" + normalise_url(self.url)
        if self.identifier:
            return "id:" + self.identifier
        return "text:" + " ".join(f"{self.organisation} {self.claim_reviewed}".lower().split())


def normalise_url(url: str) -> str:
    """Lower-case scheme and host and drop a trailing slash, so one page has one key."""
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url.rstrip("/")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}".rstrip("/")
