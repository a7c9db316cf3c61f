"""Importing in the window: paste as new article, drag and drop, duplicates, bad files."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from annotator.ui.exchange import import_flow


def test_paste_html_from_a_browser_as_a_new_article(qtbot, window):
    mime = QMimeData()
    mime.setHtml(
        "<h1>Minerals deal</h1><p>Ukraine holds <b>rare earths</b> worth $500bn, Trump "
        "said.</p><script>alert(1)</script>"
    )
    mime.setText("Minerals deal\nUkraine holds rare earths worth $500bn, Trump said.")
    QGuiApplication.clipboard().setMimeData(mime)
    before = len(window.service.article_ids())
    article_id = window.exchange.paste_as_new_article()
    assert article_id is not None
    assert len(window.service.article_ids()) == before + 1
    article = window.service.article(article_id)
    assert "rare earths worth $500bn" in article.text
    assert "alert" not in article.text
    assert window.article_id == article_id
    assert window.library.model.row_of(article_id) is not None
    window.undo_action.trigger()  # importing is undoable too
    assert article_id not in window.service.article_ids()


def test_paste_plain_text(qtbot, window):
    QGuiApplication.clipboard().setText("Pasted headline\n\nA first paragraph of pasted text.")
    article_id = window.exchange.paste_as_new_article()
    assert (
        window.service.article(article_id).text
        == "Pasted headline\n\nA first paragraph of pasted text."
    )


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(QPoint(50, 50)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_drag_and_drop_files_imports_them_off_the_ui_thread(qtbot, window, tmp_path, monkeypatch):
    problems = []
    monkeypatch.setattr(
        import_flow, "report_problems", lambda parent, items: problems.extend(items)
    )
    good = tmp_path / "story.md"
    good.write_text("# Dropped story\n\nThe minister said prices fell by 5%.\n", encoding="utf-8")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 this is not really a pdf")
    with qtbot.waitSignal(window.exchange.importer.all_done, timeout=20000) as blocker:
        drop(window, [good, bad])
    imported, reported = blocker.args
    assert len(imported) == 1
    assert window.service.article(imported[0]).title == "Dropped story"
    assert window.article_id == imported[0]
    assert len(problems) == 1 and "broken.pdf" in problems[0]
    assert not window.exchange.importer.is_running()


def test_importing_the_same_text_again_offers_the_existing_article(
    qtbot, window, tmp_path, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        import_flow,
        "ask_duplicate",
        lambda parent, name, title: asked.append((name, title)) or True,
    )
    existing = window.article_id
    path = tmp_path / "copy.txt"
    path.write_text(window.service.article(existing).text, encoding="utf-8")
    count = len(window.service.article_ids())
    with qtbot.waitSignal(window.exchange.importer.all_done, timeout=20000):
        window.exchange.import_files([str(path)])
    assert asked == [("copy.txt", "Test article")]
    assert len(window.service.article_ids()) == count
    assert window.article_id == existing


def test_search_panel_shows_results_and_activating_one_shows_the_passage(qtbot, window):
    window.search.search_action.trigger()
    assert window.left_tabs.currentWidget() is window.search_panel
    window.search_panel.field.setText("rare earths")
    found = window.search_panel.run_search()
    assert found and window.search_panel.results.count() == len(found)
    window.search_panel.results.itemActivated.emit(window.search_panel.results.item(0))
    start, end = window.reader.selected_span()
    assert window.reader.article.text[start:end].lower() == "rare"


def test_the_file_dialog_offers_every_importable_type():
    from annotator.importers import SUPPORTED_SUFFIXES

    articles_filter = import_flow.FILE_FILTER.split(";;")[0]
    for suffix in SUPPORTED_SUFFIXES:
        assert f"*{suffix} " in articles_filter or f"*{suffix})" in articles_filter
