"""sqlite-utils imported without numpy: 0.2 s less at every start (docs/PERFORMANCE.md).

sqlite-utils imports numpy (and pandas) if it can, only to map their scalar types to column
types when it creates a table from rows. The project's tables come from its schema's SQL and
its rows hold plain Python values, so that mapping is never used; importing numpy for it was
the largest single cost of opening the window. This module imports sqlite_utils with numpy
and pandas hidden, unless something already imported them (then nothing changes), and puts
them back at once: numpy still loads normally for whoever imports it (checkworthy).

`storage/sql_database.py` calls it before its first use of sqlite-utils (a table write, a
pending migration), which is not at start: opening and reading a project need none.
"""

from __future__ import annotations

import sys

HIDDEN = ("numpy", "pandas")


def import_sqlite_utils() -> None:
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import_module raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]

