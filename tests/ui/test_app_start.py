"""Starting without a project: the demo project on first launch, the last project afterwards."""

from __future__ import annotations

from annotator import app_settings
from annotator.services import ProjectService
from annotator.ui.app import last_or_demo_project


def test_first_launch_opens_the_demo_project_in_the_data_folder(qapp, tmp_path):
    path = last_or_demo_project("Tester")
    assert path.parent == app_settings.data_dir()
    assert path.name == "demo.annotator"
    project = ProjectService.open(path, "Tester", create=False)
    try:
        [article_id] = project.article_ids()
        article = project.article(article_id)
        assert (
            article.title
            == "Bessent to Visit Ukraine as Zelenskyy Pitches Territory Swap With Russia"
        )
        assert article.standfirst.startswith("U.S. Treasury Secretary Scott Bessent will meet")
        assert article.authors == ["Andrew Thornebrooke"]
        assert (article.publisher, article.published) == ("The Epoch Times", "2025-02")
        assert (
            "Updated:" not in article.text
            and "twitter" not in article.text
            and "0:00" not in article.text
        )
        assert any(b.kind == "heading" for b in article.blocks)
        claims = project.claims(article_id)
        assert len(claims) >= 4
        assert {c.author for c in claims} == {"Annotator sample"}  # so the user can review them too
    finally:
        project.close()


def test_later_launches_reopen_the_last_project(qapp, tmp_path):
    last = tmp_path / "work.annotator"
    ProjectService.open(last, "Tester").close()
    app_settings.qsettings().setValue("last_project", str(last))
    assert last_or_demo_project("Tester") == last
    last.unlink()
    assert last_or_demo_project("Tester").name == "demo.annotator"  # gone: fall back to the demo


def test_terminating_the_window_closes_the_project_file_cleanly(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    path = tmp_path / "running.annotator"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_AUTHOR": "Tester"}
    process = subprocess.Popen(
        [sys.executable, "-m", "annotator", str(path)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        lock = path.with_name(path.name + ".lock")
        deadline = time.monotonic() + 30
        while (
            not (lock.exists() and path.with_name(path.name + "-wal").exists())
            and time.monotonic() < deadline
        ):
            time.sleep(0.05)
        assert lock.exists(), "the window did not open the project"
        # No pause needed: run_gui installs the SIGTERM handler before it opens the project.
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert not path.with_name(path.name + "-wal").exists()  # checkpointed: the file stands alone
    assert not lock.exists()
