"""The linear statement splitter finds the statements sqlite-utils' own splitter finds."""

from __future__ import annotations

from sqlite_utils.db import _iter_complete_sql_statements

from annotator.storage.sql_script import complete_statements

SCRIPT = """
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT DEFAULT 'a; b');
CREATE TRIGGER notes_log AFTER INSERT ON notes
BEGIN
    INSERT INTO log VALUES ('inserted; "quoted"');  -- a comment; with a semicolon
    UPDATE counts SET n = n + 1;
END;
/* a block comment; inside */ INSERT INTO "odd;name" VALUES (1);
INSERT INTO notes (body) VALUES ('it''s; fine')
"""


def test_the_same_statements_as_sqlite_utils_finds() -> None:
    mine = list(complete_statements(SCRIPT))
    assert mine == list(_iter_complete_sql_statements(SCRIPT))
    assert len(mine) == 4  # table, trigger (its inner semicolons do not end it), two inserts
    assert mine[1].startswith("CREATE TRIGGER") and mine[1].endswith("END;")
    assert mine[3] == "INSERT INTO notes (body) VALUES ('it''s; fine')"  # no final semicolon


def test_a_script_inside_a_transaction_runs_every_statement(tmp_path) -> None:
    from annotator.services import ProjectService

    project = ProjectService.open(tmp_path / "p.annotator", "Ana")
    try:
        db = project.store.db
        script = "CREATE TABLE t (x); INSERT INTO t VALUES (1); INSERT INTO t VALUES (';');"
        with db.atomic():
            db._executescript(script)
            assert db.conn.in_transaction  # not committed behind the transaction's back
        assert [row[0] for row in db.execute("SELECT x FROM t")] == [1, ";"]
    finally:
        project.close()


def test_an_empty_or_blank_script_has_no_statements() -> None:
    assert list(complete_statements("")) == []
    assert list(complete_statements("  \n ")) == []
