"""Conversion between domain dataclasses and table rows (column names, JSON lists)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, fields
from operator import attrgetter
from typing import Any

from annotator.domain import (
    AnchorState,
    Article,
    Block,
    Claim,
    Comment,
    ReviewStatus,
    Source,
    Verdict,
)

_CLAIM_COLUMNS = {
    "start": "position_start",
    "end": "position_end",
    "exact": "quote_exact",
    "prefix": "quote_prefix",
    "suffix": "quote_suffix",
}
_CLAIM_FIELDS = {column: field for field, column in _CLAIM_COLUMNS.items()}


def claim_to_row(claim: Claim) -> dict[str, Any]:
    """The claims row of `claim`; `original_exact` is stored empty while it is the quote (the
    quote is stored once; schema 16), and read back as the quote."""
    row = asdict(claim)
    if row["original_exact"] == row["exact"]:
        row["original_exact"] = ""
    row["tags"] = json.dumps(claim.tags, ensure_ascii=False)
    row["status"] = str(claim.status)
    row["anchor_state"] = str(claim.anchor_state)
    return {_CLAIM_COLUMNS.get(k, k): v for k, v in row.items()}


def claim_from_row(row: dict[str, Any]) -> Claim:
    values = {_CLAIM_FIELDS.get(k, k): v for k, v in row.items()}
    values["tags"] = json.loads(values["tags"] or "[]")
    values["status"] = ReviewStatus(values["status"])
    values["anchor_state"] = AnchorState(values["anchor_state"])
    values["original_exact"] = values.get("original_exact") or values["exact"]
    return Claim(**values)


CLAIM_FIELD_NAMES = tuple(f.name for f in fields(Claim))
CLAIM_SELECT = ", ".join(_CLAIM_COLUMNS.get(name, name) for name in CLAIM_FIELD_NAMES)
"""The claims columns in the order of Claim's fields, for `SELECT {CLAIM_SELECT} FROM claims`."""
_CLAIM_COLUMN_NAMES = [_CLAIM_COLUMNS.get(name, name) for name in CLAIM_FIELD_NAMES]
CLAIM_INSERT = (
    f"INSERT INTO claims ({CLAIM_SELECT}) VALUES ({', '.join('?' * len(CLAIM_FIELD_NAMES))})"
)
"""A claim's row written with plain SQL: sqlite-utils' `Table.insert` read the schema on every
call and, in a session, imported sqlite-utils on the first new claim (about 0.1 s)."""
CLAIM_UPDATE = (
    f"UPDATE claims SET {', '.join(c + ' = ?' for c in _CLAIM_COLUMN_NAMES)} WHERE id = ?"
)
"""Every column set, as `Table.update` set them (the same triggers fire); values, then the id."""
_TAGS = CLAIM_FIELD_NAMES.index("tags")
_STATUS = CLAIM_FIELD_NAMES.index("status")
_ANCHOR = CLAIM_FIELD_NAMES.index("anchor_state")
_EXACT = CLAIM_FIELD_NAMES.index("exact")
_ORIGINAL = CLAIM_FIELD_NAMES.index("original_exact")
_STATUSES = {str(s): s for s in ReviewStatus}
_ANCHOR_STATES = {str(s): s for s in AnchorState}


def claim_values(claim: Claim) -> list[Any]:
    """`claim_to_row`'s values in CLAIM_SELECT's order, for CLAIM_INSERT and CLAIM_UPDATE."""
    values = [getattr(claim, name) for name in CLAIM_FIELD_NAMES]
    if claim.original_exact == claim.exact:
        values[_ORIGINAL] = ""
    values[_TAGS] = json.dumps(claim.tags, ensure_ascii=False)
    values[_STATUS] = str(claim.status)
    values[_ANCHOR] = str(claim.anchor_state)
    return values


def claim_from_tuple(
    values: tuple[Any, ...], tags_read: dict[str, list[str]] | None = None
) -> Claim:
    """A Claim from a row selected with CLAIM_SELECT: the fast path for loading thousands.
    `tags_read` keeps the tag lists decoded so far (the claims of an article repeat a few
    combinations): each claim still gets a list of its own."""
    row = list(values)
    tags = row[_TAGS]
    if tags == "[]" or not tags:
        row[_TAGS] = []
    elif tags_read is None:
        row[_TAGS] = json.loads(tags)
    else:
        known = tags_read.get(tags)
        if known is None:
            known = tags_read[tags] = json.loads(tags)
        row[_TAGS] = list(known)
    row[_STATUS] = _STATUSES[row[_STATUS]]
    row[_ANCHOR] = _ANCHOR_STATES[row[_ANCHOR]]
    if not row[_ORIGINAL]:
        row[_ORIGINAL] = row[_EXACT]
    return Claim(*row)


def claims_from_tuples(rows: Iterable[tuple[Any, ...]]) -> list[Claim]:
    """`claim_from_tuple` of each row, the tags of a combination decoded once."""
    tags_read: dict[str, list[str]] = {}
    return [claim_from_tuple(row, tags_read) for row in rows]


CLAIM_TEXT_ORDER = attrgetter("start", "end", "created")
"""Sort key of an article's claims in text order: by start, end, then when made."""


def source_to_row(source: Source) -> dict[str, Any]:
    return asdict(source)


def source_from_row(row: dict[str, Any]) -> Source:
    return Source(**{**row, "protected": bool(row.get("protected", 0))})


SOURCE_FIELD_NAMES = tuple(f.name for f in fields(Source))
SOURCE_SELECT = ", ".join(SOURCE_FIELD_NAMES)
"""The sources columns in the order of Source's fields (`SELECT {SOURCE_SELECT} FROM sources`)."""
_PROTECTED = SOURCE_FIELD_NAMES.index("protected")


def source_from_tuple(values: tuple[Any, ...]) -> Source:
    """A Source from a row selected with SOURCE_SELECT: the fast path for loading thousands."""
    row = list(values)
    row[_PROTECTED] = bool(row[_PROTECTED])
    return Source(*row)


def comment_to_row(comment: Comment) -> dict[str, Any]:
    """A comment's columns, except `modified_by` (the writer stamps it)."""
    return {
        "id": comment.id,
        "claim_id": comment.claim_id,
        "parent_id": comment.parent_id,
        "body": comment.body,
        "resolved": int(comment.resolved),
        "author": comment.author,
        "author_id": comment.author_id,
        "created": comment.created,
        "modified": comment.modified,
    }


def comment_from_row(row: dict[str, Any]) -> Comment:
    """A comment from its row (`author_id` is absent in files older than schema 6)."""
    return Comment(
        id=row["id"],
        claim_id=row["claim_id"],
        body=row["body"],
        parent_id=row["parent_id"],
        resolved=bool(row["resolved"]),
        author=row["author"],
        created=row["created"],
        modified=row["modified"],
        author_id=row.get("author_id", ""),
    )


def verdict_from_row(row: dict[str, Any]) -> Verdict:
    return Verdict(**{**row, "retired": bool(row.get("retired", 0))})


ARTICLE_COLUMNS = (
    "id", "title", "standfirst", "authors", "publisher", "published", "url", "language",
    "source_format", "source_name", "author", "created", "modified", "modified_by", "report_url",
    "modified_by_id",
)  # fmt: skip


def article_to_row(article: Article) -> dict[str, Any]:
    row = {name: getattr(article, name) for name in ARTICLE_COLUMNS}
    row["authors"] = json.dumps(article.authors, ensure_ascii=False)
    row["current_version"] = article.version
    return row


def article_from_rows(article_row: dict[str, Any], version_row: dict[str, Any]) -> Article:
    values = {name: article_row[name] for name in ARTICLE_COLUMNS}
    values["authors"] = json.loads(values["authors"] or "[]")
    return Article(
        **values,
        text=version_row["text"],
        blocks=blocks_from_json(version_row["blocks"]),
        version=version_row["version"],
    )


def blocks_to_json(blocks: list[Block]) -> str:
    return json.dumps(
        [[b.start, b.end, b.kind, b.level, b.page] for b in blocks], separators=(",", ":")
    )


def blocks_from_json(data: str) -> list[Block]:
    return [
        Block(start, end, kind, level, page)
        for start, end, kind, level, page in json.loads(data or "[]")
    ]
