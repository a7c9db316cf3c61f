"""Schema 4: full-text search also over tags, sources, article metadata and comments."""

from __future__ import annotations

from annotator.storage.schema import migrations, set_version
from annotator.storage.sql_database import Database

VERSION = 4
TOKENIZER = "unicode61 remove_diacritics 2"

INDEXED = {
    "claims": ["quote_exact", "claim_reviewed", "claimant", "explanation", "tags"],
    "articles": ["title", "standfirst", "authors", "publisher", "url"],
    "sources": ["url", "title", "publisher", "source_author", "excerpt", "locator"],
    "comments": ["body"],
}
"""The columns each FTS5 index covers (external content, kept current by triggers)."""


@migrations(name="0004_search_everything")
def search_everything(db: Database) -> None:
    """Index tags (claims_fts gains a column), sources, article metadata and comments."""
    for table, columns in INDEXED.items():
        db.table(table).enable_fts(
            columns, fts_version="FTS5", create_triggers=True, tokenize=TOKENIZER, replace=True
        )
    set_version(db, VERSION)
