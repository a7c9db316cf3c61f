"""0015: a search index of article passages, so a search reads blocks, not whole articles.

Adds `article_blocks` (each block's article, version and offset), the FTS5 index
`article_blocks_fts` of their texts, `article_blocks_stale` and the triggers that keep them in
step with the articles' current texts (`storage/article_blocks.py`), and marks every existing
article for cutting into blocks. (It cut them itself until 0016 changed how blocks are stored:
the code that cuts them now writes 0016's columns, so 0016, which runs next, cuts them.)
"""

from __future__ import annotations

from annotator.storage import article_blocks
from annotator.storage.schema import migrations, set_version
from annotator.storage.sql_database import Database

VERSION = 15


@migrations(name="0015_search_blocks")
def search_blocks(db: Database) -> None:
    for statement in article_blocks.DDL:
        db.execute(statement)
    article_blocks.mark_all_stale(db.conn)
    set_version(db, VERSION)
