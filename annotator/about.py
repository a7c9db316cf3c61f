"""The versions an About box and a bug report need: Annotator, Python, Qt and SQLite.

Kept outside ui/ and storage/ because it only reads version strings: no widgets, no SQL.
"""

from __future__ import annotations

import platform
import sqlite3
from html import escape

from annotator import __version__


def component_versions() -> dict[str, str]:
    """Name → version of everything that decides how Annotator behaves on this machine."""
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "Annotator": __version__,
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "SQLite": sqlite3.sqlite_version,
    }


def about_html() -> str:
    """The About box's text: what Annotator is, then one line per component version."""
    versions = component_versions()
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(value)}</td></tr>"
        for name, value in versions.items()
        if name != "Annotator"
    )
    return (
        f"<b>Annotator {escape(versions['Annotator'])}</b>"
        "<p>Highlight claims in articles, attach sources and verdicts, and export fact-check "
        "reports. Projects are plain SQLite files.</p>"
        f'<table cellspacing="0" cellpadding="3">{rows}</table>'
    )
