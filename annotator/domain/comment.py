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
