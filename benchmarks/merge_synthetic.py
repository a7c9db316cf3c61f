"""Two colleagues' copies of one big project, for the merge benchmark and tests.

Writes straight through SQL in bulk (the triggers of the schema still record
revisions and history exactly as the application's own writes do).
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotator.domain import Article, Block
from annotator.storage.store import ProjectStore

_BASE_TIME = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def _stamp(minutes: float) -> str:
    moment = _BASE_TIME + timedelta(minutes=minutes)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def make_merge_case(
    tmp_dir: str | Path,
    seed: int,
    n_claims: int = 10_000,
    *,
    both_sides: float = 0.10,
    one_side: float = 0.05,
    added: float = 0.02,
    deleted: float = 0.01,
) -> tuple[Path, Path]:
    """Make `mine.annotator` and `theirs.annotator` in `tmp_dir` from one shared original.

    The original has `n_claims` claims (one source on every other claim). Then a
    fraction `both_sides` of the claims is edited differently on both sides
    (conflicts), `one_side` on each side only, each side adds `added` new claims and
    deletes `deleted` of the untouched ones. Returns (mine, theirs).
    """
    tmp_dir = Path(tmp_dir)
    rng = random.Random(seed)
    mine_path, theirs_path = tmp_dir / "mine.annotator", tmp_dir / "theirs.annotator"
    for path in (mine_path, theirs_path):
        path.unlink(missing_ok=True)
    sentences = [
        f"Claim number {i} says that {rng.randint(1, 10**6)} units were counted. "
        for i in range(n_claims)
    ]
    text = "".join(sentences)
    store = ProjectStore.open(mine_path)
    try:
        verdicts = [v.id for v in store.verdicts()]
        article = Article(
            id=str(uuid.uuid4()),
            title="Synthetic article",
            text=text,
            blocks=[Block(0, len(text))],
            author="Origin",
            created=_stamp(0),
            modified=_stamp(0),
            modified_by="Origin",
        )
        store.add_article(article)
        claims, sources, offset = [], [], 0
        for i, sentence in enumerate(sentences):
            end = offset + len(sentence) - 1
            claim_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            claims.append(
                (claim_id, article.id, offset, end, sentence[:-1], rng.choice(verdicts),
                 f"Checked {i}", "Origin", _stamp(1), _stamp(1), "Origin")
            )  # fmt: skip
            if i % 2 == 0:
                sources.append(
                    (str(uuid.UUID(int=rng.getrandbits(128), version=4)), claim_id,
                     f"https://example.org/{i}", "Origin", _stamp(1), _stamp(1), "Origin")
                )  # fmt: skip
            offset += len(sentence)
        with store.transaction():
            store.db.conn.executemany(
                """INSERT INTO claims (id, article_id, position_start, position_end, quote_exact,
                   verdict_id, explanation, author, created, modified, modified_by)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                claims,
            )
            store.db.conn.executemany(
                """INSERT INTO sources (id, claim_id, url, author, created, modified, modified_by)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                sources,
            )
        store.backup_to(theirs_path)
    finally:
        store.close()

    ids = [c[0] for c in claims]
    rng.shuffle(ids)
    n_both, n_one = int(n_claims * both_sides), int(n_claims * one_side)
    n_added, n_deleted = int(n_claims * added), int(n_claims * deleted)
    both = ids[:n_both]
    only = {"Alice": ids[n_both : n_both + n_one], "Bob": ids[n_both + n_one : n_both + 2 * n_one]}
    rest = ids[n_both + 2 * n_one :]
    gone = {"Alice": rest[:n_deleted], "Bob": rest[n_deleted : 2 * n_deleted]}
    for person, path, minute in (("Alice", mine_path, 10), ("Bob", theirs_path, 11)):
        store = ProjectStore.open(path)
        try:
            with store.transaction():
                edits = [
                    (
                        f"{person} rechecked this",
                        rng.choice(verdicts),
                        _stamp(minute),
                        person,
                        claim_id,
                    )
                    for claim_id in both + only[person]
                ]
                store.db.conn.executemany(
                    "UPDATE claims SET explanation = ?, verdict_id = ?, modified = ?, modified_by "
                    "= ? WHERE id = ?",
                    edits,
                )
                store.db.conn.executemany(
                    "UPDATE claims SET modified_by = ? WHERE id = ?",
                    [(person, c) for c in gone[person]],
                )
                store.db.conn.executemany(
                    "DELETE FROM claims WHERE id = ?", [(c,) for c in gone[person]]
                )
                new_claims = []
                for _ in range(n_added):
                    start = rng.randrange(0, len(text) - 20)
                    new_claims.append(
                        (
                            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                            article.id,
                            start,
                            start + 15,
                            text[start : start + 15],
                            f"Added by {person}",
                            person,
                            _stamp(minute),
                            _stamp(minute),
                            person,
                        )
                    )
                store.db.conn.executemany(
                    """INSERT INTO claims (id, article_id, position_start, position_end,
                       quote_exact, explanation, author, created, modified, modified_by)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new_claims,
                )
        finally:
            store.close()
    return mine_path, theirs_path
