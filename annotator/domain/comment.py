"""Comments on a claim: threaded discussion between checker and reviewer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Comment:
    id: str
    claim_id: str
    body: str
    parent_id: str | None = None
    resolved: bool = False
    author: str = ""
    created: str = ""
    modified: str = ""
    author_id: str = ""  # the author's identity (people.id); `author` is their name at the time
