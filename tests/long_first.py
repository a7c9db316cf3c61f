"""Start the longest tests first, so the two workers finish together.

pytest-xdist's worksteal splits the queue in two and an idle worker takes the end of the other's
queue: a long test met last would keep one core busy while the other waits. These modules (by file
name, wherever they live under tests/) hold the longest tests, most of them starting processes
(measured with --durations=0); they go to the front, longest first, the rest keep their order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

LONGEST_MODULES = (
    "test_crash.py",  # 24 editor processes killed one after another
    "test_stale_wal.py",
    "test_window_fuzz.py",  # random edits, undos and redos in one window
    "test_two_instances.py",
    "test_approval_invariants.py",
    "test_safety_table.py",
    "test_publication_invariants.py",
    "test_verdict_scale.py",
    "test_preferences.py",
    "test_app_start.py",
    "test_cli.py",
    "test_concurrent_writers.py",
    "test_hostile_display.py",
    "test_fits_the_screen.py",  # a window in a child process per screen size
    "test_docx_bombs.py",
    "test_factcheck_merge.py",
    "test_textunits.py",
    "test_reanchor_properties.py",
    "test_editorial_cli.py",
    "test_convergence.py",
    "test_browser.py",
    "test_full_disk.py",
)
_RANK = {name: rank for rank, name in enumerate(LONGEST_MODULES)}


def longest_first(items: list[pytest.Item]) -> None:
    """Reorder `items` in place: the modules above first, in their order (a stable sort)."""
    items.sort(key=lambda item: _RANK.get(Path(str(item.path)).name, len(_RANK)))
