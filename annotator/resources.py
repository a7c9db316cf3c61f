"""Where the files that ship next to the code (report templates, sample, icons, styles) are found.

In the repository they are the top-level `resources/` folder; setup.py installs that folder as the
package `annotator.assets`, which importlib.resources finds in a wheel or an editable install.
A checkout run without installing (`python main.py`) falls back to the folder itself.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

ASSETS_PACKAGE = "annotator.assets"
CHECKOUT_DIR = Path(__file__).resolve().parent.parent / "resources"


@cache
def resources_dir() -> Path:
    """The folder holding templates/, sample/, icons/ and styles/ for this installation."""
    try:
        found = resources.files(ASSETS_PACKAGE)
    except ModuleNotFoundError:
        return CHECKOUT_DIR
    if not isinstance(found, Path):  # a zipped install; Qt and Jinja need real files
        raise RuntimeError(f"Annotator must be installed unzipped; its resources are in {found}")
    return found


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. resource_path("templates", "report.html.j2")."""
    return resources_dir().joinpath(*parts)
