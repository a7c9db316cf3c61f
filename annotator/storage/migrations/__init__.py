"""Schema migrations after 0003: one module per migration, applied in the order of their numbers.

Each module is named `mNNNN_what.py`, defines `VERSION = NNNN` and registers one function with
`@migrations(name="NNNN_what")` (the `Migrations` object of `storage/schema.py`) that ends with
`set_version(db, VERSION)`. A released migration is never edited: add a new module instead, and
document the change in docs/SCHEMA.md.
"""

from __future__ import annotations

import importlib
import pkgutil


def _load_all() -> int:
    """Import every migration module in number order; the highest version they reach."""
    names = sorted(
        info.name for info in pkgutil.iter_modules(__path__) if info.name.startswith("m")
    )
    latest = 0
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        latest = max(latest, int(module.VERSION))
    return latest


LATEST_MIGRATION = _load_all()
