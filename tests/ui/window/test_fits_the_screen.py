"""The window fits a 1366×768 laptop and a 1920×1080 screen: at every step a user takes (a claim,
Revisions, Search, Review Mode, Conflicts), every visible control lies inside the screen.

Each size runs in its own process, on Qt's offscreen platform given a screen of that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.conftest import make_project
from tests.ui.window.screen_probe import LONG_TEXT

PROBE = Path(__file__).with_name("screen_probe.py")
ROOT = Path(__file__).resolve().parents[3]


def probe(tmp_path: Path, width: int, height: int) -> dict:
    config = tmp_path / "screen.json"
    screen = {
        "name": "Probe",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    project = tmp_path / "fits.annotator"
    from annotator.services import ProjectService
    from annotator.services.review import submit_for_review

    make_project(project, text=LONG_TEXT, title="A long article about spending " * 3)
    service = ProjectService.open(project, "Colleague")
    try:
        article = service.article_ids()[0]
        for start in range(0, 2000, 200):
            claim = service.create_claim(
                article, start, start + 60, claimant="A spokesperson for the ministry"
            )
            submit_for_review(service, claim.id)
    finally:
        service.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, str(PROBE), str(project)],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_every_visible_control_is_on_the_screen(tmp_path, width, height):
    report = probe(tmp_path, width, height)
    assert report["screen"] == [0, 0, width, height]
    for state, seen in report["states"].items():
        x, y, w, h = seen["frame"]
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, (state, seen["frame"])
        assert seen["outside"] == [], state
    for x, y, w, h in report["revision_buttons"]:
        assert y + h <= height and x + w <= width  # seen without resizing the window
    assert report["tabs_whole"] == {"leftTabs": True, "rightTabs": True}  # no label cut
    # Review Mode's buttons stay in view under its scrolling fields, also with Conflicts open
    assert set(report["review_buttons"].values()) == {True}, report["review_buttons"]
    assert set(report["review_buttons_with_conflicts"].values()) == {True}
    # an 800 px wide window narrows the side panes (they scroll), not the article
    assert report["narrow_reader_characters"] >= 36, report["narrow_reader_width"]
    first = report["states"]["opened"]["frame"]
    assert report["states"]["closed"]["frame"] == first  # opening and closing panels moved nothing
    if width == 1366:
        assert first[2:] == [1366, 768]  # a laptop's whole screen, not a fixed 1400×860
    else:
        x, y, w, h = first  # a large screen: a comfortable size (plus the frame), centred
        assert 1600 <= w <= 1610 and 1000 <= h <= 1010
        assert abs(x + w / 2 - width / 2) <= 2 and abs(y + h / 2 - height / 2) <= 2
