"""SQL of captures and source kinds: stored bytes once per SHA-256, records never modified."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from annotator.domain.capture import Capture
from annotator.storage.store import ProjectStore

_COLUMNS = (
    "id", "sha256", "record", "url", "final_url", "status", "reason", "headers",
    "request_headers", "redirects", "content_type", "file_name", "captured_at", "captured_by",
)  # fmt: skip
CAPTURE_COLUMNS = _COLUMNS
"""The columns of a capture record, in the order `write_evidence` takes them."""


def insert_capture(store: ProjectStore, capture: Capture, data: bytes) -> None:
    """Store the bytes (once per hash) and the capture record. Caller holds the transaction."""
    conn = store.db.conn
    conn.execute(
        "INSERT OR IGNORE INTO capture_blobs (sha256, size, data) VALUES (?, ?, ?)",
        [capture.sha256, len(data), data],
    )
    row = _to_row(capture)
    conn.execute(
        f"INSERT INTO captures ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})",
        [row[c] for c in _COLUMNS],
    )


def _to_row(capture: Capture) -> dict[str, Any]:
    row = {c: getattr(capture, c) for c in _COLUMNS}
    for name in ("headers", "request_headers", "redirects"):
        row[name] = json.dumps([list(item) for item in getattr(capture, name)], ensure_ascii=False)
    return row


def _from_row(row: sqlite3.Row | tuple[Any, ...], size: int) -> Capture:
    values = dict(zip(_COLUMNS, row, strict=True))
    for name in ("headers", "request_headers", "redirects"):
        values[name] = tuple(tuple(item) for item in json.loads(values[name] or "[]"))
    return Capture(**values, size=size)


_SELECT = (
    f"SELECT {', '.join('c.' + c for c in _COLUMNS)}, b.size FROM captures c JOIN capture_blobs b "
    "ON b.sha256 = c.sha256"
)


def get_capture(store: ProjectStore, capture_id: str) -> Capture | None:
    conn = store.db.conn
    row = conn.execute(f"{_SELECT} WHERE c.id = ?", [capture_id]).fetchone()
    return _from_row(row[:-1], row[-1]) if row else None


def all_captures(store: ProjectStore) -> list[Capture]:
    conn = store.db.conn
    return [
        _from_row(r[:-1], r[-1]) for r in conn.execute(f"{_SELECT} ORDER BY c.captured_at, c.id")
    ]


def capture_bytes(store: ProjectStore, sha256: str) -> bytes | None:
    conn = store.db.conn
    row = conn.execute("SELECT data FROM capture_blobs WHERE sha256 = ?", [sha256]).fetchone()
    return bytes(row[0]) if row else None


def capture_totals(store: ProjectStore) -> tuple[int, int]:
    """(number of captures, bytes stored for them) of the whole project."""
    conn = store.db.conn
    count = conn.execute("SELECT count(*) FROM captures").fetchone()[0]
    size = conn.execute("SELECT coalesce(sum(size), 0) FROM capture_blobs").fetchone()[0]
    return count, size


def link_version(store: ProjectStore, article_id: str, version: int, capture_id: str) -> None:
    conn = store.db.conn
    conn.execute(
        "UPDATE article_versions SET capture_id = ? WHERE article_id = ? AND version = ?",
        [capture_id, article_id, version],
    )


def version_capture_ids(store: ProjectStore, article_id: str) -> dict[int, str]:
    conn = store.db.conn
    return {
        v: c
        for v, c in conn.execute(
            "SELECT version, capture_id FROM article_versions WHERE article_id = ? AND capture_id "
            "!= ''",
            [article_id],
        )
    }


# -- source kinds -------------------------------------------------------------------------


def source_kinds(store: ProjectStore) -> list[tuple[str, str, bool, str, int]]:
    """(id, label, url required, fields, position) of every kind, in order."""
    conn = store.db.conn
    return [
        (k, label, bool(req), fields, pos)
        for k, label, req, fields, pos in conn.execute(
            "SELECT id, label, url_required, fields, position FROM source_kinds ORDER BY position, "
            "id"
        )
    ]


def add_source_kind(
    store: ProjectStore, kind_id: str, label: str, url_required: bool, fields: str
) -> None:
    conn = store.db.conn
    position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM source_kinds").fetchone()[0]
    conn.execute(
        "INSERT INTO source_kinds (id, label, url_required, fields, position) VALUES (?, ?, ?, ?, "
        "?)",
        [kind_id, label, int(url_required), fields, position],
    )


# -- merging ----------------------------------------------------------------------------


def read_evidence(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Their captures with their bytes, and their source kinds (read before my file is touched;
    `write_evidence` keeps only what I lack)."""
    blobs = list(conn.execute("SELECT sha256, size, data FROM capture_blobs"))
    return {
        "blobs": blobs,
        "captures": list(conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM captures")),
        "kinds": list(
            conn.execute("SELECT id, label, url_required, fields, position FROM source_kinds")
        ),
    }


def write_evidence(conn: sqlite3.Connection, evidence: dict[str, list[tuple[Any, ...]]]) -> int:
    """Add what I lack, by hash and by id (never a duplicate); returns how many captures were
    new."""
    conn.executemany(
        "INSERT OR IGNORE INTO capture_blobs (sha256, size, data) VALUES (?, ?, ?)",
        evidence["blobs"],
    )
    before = conn.total_changes
    conn.executemany(
        f"INSERT OR IGNORE INTO captures ({', '.join(_COLUMNS)}) VALUES "
        f"({', '.join('?' for _ in _COLUMNS)})",
        evidence["captures"],
    )
    added = conn.total_changes - before
    conn.executemany(
        "INSERT OR IGNORE INTO source_kinds (id, label, url_required, fields, position) VALUES (?, "
        "?, ?, ?, ?)",
        evidence["kinds"],
    )
    return added
