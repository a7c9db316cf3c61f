"""Before Qt starts: are the system libraries and a display there? A plain message if not.

Qt aborts the whole process (exit 134) when its platform plugin cannot load, and names the
wrong library; this check runs first and names the Debian/Ubuntu packages that are missing
and the command that installs them. It imports no Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

INSTALL_SCRIPT = "scripts/install-system-packages.sh"

BASE_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
"""Libraries every Qt platform needs (QtGui itself links them), soname → Debian package."""

XCB_LIBRARIES = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
"""What Qt's X11 plugin (libqxcb.so) links, as `ldd` lists it for PySide6 6.8-6.11."""


def can_load(soname: str) -> bool:
    """Whether the dynamic linker finds `soname` (exactly what Qt's plugin loader will ask)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def chosen_platform(env: Mapping[str, str]) -> str:
    """The platform plugin Qt will try first: QT_QPA_PLATFORM, else wayland or xcb."""
    requested = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested:
        return requested
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def missing_packages(platform: str, load: Callable[[str], bool] = can_load) -> list[str]:
    """The Debian packages whose libraries the dynamic linker cannot find, for `platform`."""
    needed = dict(BASE_LIBRARIES)
    if platform == "xcb":
        needed.update(XCB_LIBRARIES)
    return sorted({package for soname, package in needed.items() if not load(soname)})


def install_command(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def startup_problem(
    env: Mapping[str, str] | None = None,
    load: Callable[[str], bool] = can_load,
    platform_name: str = sys.platform,
) -> str | None:
    """Why the window cannot open here, in words for the user; None when Qt should start."""
    if platform_name != "linux":
        return None
    env = os.environ if env is None else env
    platform = chosen_platform(env)
    missing = missing_packages(platform, load)
    if missing:
        return (
            f"Annotator cannot open its window: Qt's system libraries are missing "
            f"({', '.join(missing)}).\nInstall them with:\n    {install_command(missing)}\n"
            f"(or run `sh {INSTALL_SCRIPT}` in a checkout, which installs all of them)."
        )
    if platform == "xcb" and not env.get("DISPLAY"):
        return (
            "Annotator cannot open its window: there is no display (DISPLAY is not set).\n"
            "Run it in a desktop session, or without a screen: "
            "QT_QPA_PLATFORM=offscreen annotator PROJECT --screenshot OUT.png"
        )
    return None
