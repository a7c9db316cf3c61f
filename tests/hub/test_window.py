"""The window: connect, background sync woken by NOTIFY, the status-bar indicator."""

from __future__ import annotations

from annotator.domain import ArticleDraft
from annotator.hub import sync as hub


def test_a_colleagues_push_reaches_the_open_window(qtbot, tmp_path, hub_db, desktop):
    from annotator.ui.main_window import MainWindow

    window = MainWindow("Wendy", interactive=False)
    qtbot.addWidget(window)
    assert window.open_project(tmp_path / "wendy.annotator")
    assert window.hub.indicator.text() == "" and not window.hub.sync_action.isEnabled()
    assert window.hub.connect_to(hub_db["user"]("wendy", "checker"))
    qtbot.waitUntil(lambda: window.hub.state == "synced", timeout=10000)
    assert window.hub.indicator.text().startswith("Hub: synced, last sync")

    colleague = desktop("Carl", "person-Carl")
    hub.connect(colleague, hub_db["user"]("carl", "checker"))
    article = colleague.add_article(ArticleDraft(title="From Carl", text="Carl's article text."))
    hub.sync(colleague)  # NOTIFY wakes the window's listener, which syncs
    qtbot.waitUntil(lambda: article.id in window.service.article_ids(), timeout=10000)

    mine = window.service.add_article(ArticleDraft(title="From Wendy", text="Wendy's text."))
    qtbot.waitUntil(lambda: window.hub.state == "synced", timeout=10000)
    with qtbot.waitSignal(window.hub.state_changed, check_params_cb=lambda s: s == "synced",
                          timeout=10000):  # fmt: skip
        assert window.hub.sync_now() == "syncing"
    hub.sync(colleague)
    assert mine.id in colleague.article_ids()
    window.close()


def test_a_local_edit_reaches_the_hub_without_sync_now(qtbot, tmp_path, hub_db, desktop):
    """An edit in the window is pushed shortly after its commit (no poll, no Sync Now), and a
    burst of edits makes one sync, not one per edit."""
    from annotator.ui.main_window import MainWindow

    window = MainWindow("Wendy", interactive=False)
    qtbot.addWidget(window)
    assert window.open_project(tmp_path / "wendy.annotator")
    assert window.hub.connect_to(hub_db["user"]("wendy", "checker"))
    qtbot.waitUntil(lambda: window.hub.state == "synced", timeout=10000)
    syncs: list[str] = []
    window.hub.state_changed.connect(lambda state: syncs.append(state))
    with qtbot.waitSignal(window.hub.state_changed, check_params_cb=lambda s: s == "synced",
                          timeout=10000):  # fmt: skip
        first = window.service.add_article(ArticleDraft(title="One", text="First text."))
        second = window.service.add_article(ArticleDraft(title="Two", text="Second text."))
    # the two edits went in one sync (its progress repeats "syncing"; the push's own NOTIFY
    # may wake the listener for another sync afterwards)
    first_sync = syncs[: syncs.index("synced") + 1]
    assert set(first_sync[:-1]) == {"syncing"} and first_sync[-1] == "synced"
    colleague = desktop("Carl", "person-Carl")
    hub.connect(colleague, hub_db["user"]("carl", "checker"))
    hub.sync(colleague)
    assert {first.id, second.id} <= set(colleague.article_ids())
    window.close()


def test_an_unreachable_hub_shows_offline(qtbot, tmp_path, hub_db, pg_server):
    from annotator.ui.main_window import MainWindow

    window = MainWindow("Olga", interactive=False)
    qtbot.addWidget(window)
    assert window.open_project(tmp_path / "olga.annotator")
    assert window.hub.connect_to(hub_db["user"]("olga", "checker"))
    qtbot.waitUntil(lambda: window.hub.state == "synced", timeout=10000)
    window.hub.stop()
    from annotator.storage import hub_local  # the test moves the hub to a dead port

    url = hub_local.hub_state(window.service.store)["url"]
    dead = url.replace(f":{pg_server.port}/", ":1/")
    hub_local.set_hub_state(window.service.store, {"url": dead})
    window.hub.project_opened()
    window.hub.stop()  # no listener: only the sync below reaches for the dead port
    window.hub.sync_now()
    qtbot.waitUntil(lambda: window.hub.state == "offline", timeout=10000)
    assert window.hub.indicator.text().startswith("Hub: offline")
    window.close()


def test_the_window_keeps_handling_events_while_a_large_pull_is_merged(
    qtbot, tmp_path, hub_db, desktop
):
    """The sync runs on a worker: timer events are handled while it fetches and merges, the
    indicator says what it is doing, and the claims arrive through the usual notices."""
    from PySide6.QtCore import QTimer

    from annotator.ui.main_window import MainWindow

    colleague = desktop("Carl", "person-Carl")
    hub.connect(colleague, hub_db["user"]("carl", "checker"))
    text = "".join(f"Sentence {n} says something checkable. " for n in range(1500))
    article = colleague.add_article(ArticleDraft(title="Long read", text=text))
    with colleague.transaction():
        for n in range(1500):
            start = text.index(f"Sentence {n} ")
            colleague.create_claim(article.id, start, start + len(f"Sentence {n}"))
    hub.sync(colleague)

    window = MainWindow("Wendy", interactive=False)
    qtbot.addWidget(window)
    assert window.open_project(tmp_path / "wendy.annotator")
    handled_while_syncing = []
    shown = []
    window.hub.state_changed.connect(lambda _s: shown.append(window.hub.indicator.text()))
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(
        lambda: handled_while_syncing.append(1) if window.hub.state == "syncing" else None
    )
    ticker.start()
    assert window.hub.connect_to(hub_db["user"]("wendy", "checker"))
    qtbot.waitUntil(lambda: window.hub.state == "synced", timeout=120_000)
    ticker.stop()
    assert len(window.service.claims(article.id)) == 1500
    assert len(handled_while_syncing) >= 3  # a sync on the GUI thread would let none through
    assert any(t.startswith("Hub: syncing…: merging") for t in shown)
    window.close()


def test_the_connect_dialog_builds_a_libpq_address_without_password(qtbot):
    from psycopg.conninfo import conninfo_to_dict

    from annotator.ui.exchange.hub_sync import ConnectHubDialog

    dialog = ConnectHubDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("db.newsroom.example")
    dialog.port.setValue(6432)
    dialog.dbname.setText("annotator")
    dialog.user.setText("alice")
    dialog.sslmode.setCurrentText("verify-full")
    assert conninfo_to_dict(dialog.conninfo()) == {
        "host": "db.newsroom.example", "port": "6432", "dbname": "annotator", "user": "alice",
        "sslmode": "verify-full",
    }  # fmt: skip
