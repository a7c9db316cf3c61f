"""Before Qt starts: a plain message naming the missing Debian packages, not Qt's abort."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from annotator.qt_check import BASE_LIBRARIES, XCB_LIBRARIES, missing_packages, startup_problem

ROOT = Path(__file__).resolve().parents[2]
X11_DESKTOP = {"DISPLAY": ":0"}


def loader_without(*absent: str):
    return lambda soname: soname not in absent


def test_missing_xcb_libraries_are_named_with_their_packages_and_the_apt_command():
    load = loader_without("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    message = startup_problem(X11_DESKTOP, load, "linux")
    assert message is not None
    assert "(libxcb-icccm4, libxcb-keysyms1)" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "libxcb-cursor0" not in message  # Qt's own message blames this one


def test_everything_present_on_a_desktop_means_no_problem():
    assert startup_problem(X11_DESKTOP, loader_without(), "linux") is None


def test_offscreen_needs_only_the_base_libraries():
    env = {"QT_QPA_PLATFORM": "offscreen"}
    assert startup_problem(env, loader_without(*XCB_LIBRARIES), "linux") is None
    assert missing_packages("offscreen", loader_without("libGL.so.1")) == ["libgl1"]


def test_no_display_is_said_plainly_with_the_offscreen_alternative():
    message = startup_problem({}, loader_without(), "linux")
    assert message is not None and "DISPLAY is not set" in message
    assert "QT_QPA_PLATFORM=offscreen" in message


def test_other_systems_are_not_checked():
    assert startup_problem({}, loader_without(*BASE_LIBRARIES), "darwin") is None


def test_the_install_script_installs_exactly_the_checked_packages():
    script = (ROOT / "scripts" / "install-system-packages.sh").read_text(encoding="utf-8")
    listed = re.search(r'packages="(.*?)"', script, re.S).group(1).split()
    checked = set(BASE_LIBRARIES.values()) | set(XCB_LIBRARIES.values())
    assert set(listed) - {"fonts-dejavu-core"} == checked


def test_the_command_prints_the_message_and_exits_1_without_a_display(tmp_path: Path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "annotator"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Annotator cannot open its window:"), result.stderr
    assert "Traceback" not in result.stderr
