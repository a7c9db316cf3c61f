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
        assert article.title == "Bessent to Visit Ukraine as Zelenskyy Pitches Territory Swap With Russia"
        assert article.standfirst.startswith("U.S. Treasury Secretary Scott Bessent will meet")
        assert article.authors == ["Andrew Thornebrooke"]
        assert (article.publisher, article.published) == ("The Epoch Times", "2025-02")
        assert "Updated:" not in article.text and "twitter" not in article.text and "0:00" not in article.text
        assert any(b.kind == "heading" for b in article.blocks)
        assert len(project.claims(article_id)) >= 4
    finally:
        project.close()


def test_later_launches_reopen_the_last_project(qapp, tmp_path):
    last = tmp_path / "work.annotator"
    ProjectService.open(last, "Tester").close()
    app_settings.qsettings().setValue("last_project", str(last))
    assert last_or_demo_project("Tester") == last
    last.unlink()
    assert last_or_demo_project("Tester").name == "demo.annotator"  # gone: fall back to the demo
