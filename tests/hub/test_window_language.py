"""The hub's progress in the status bar is in the interface language (the sync's progress
messages are msg()s, translated in the window)."""

from __future__ import annotations

from annotator.ui.common import i18n


def test_a_syncs_progress_is_shown_in_spanish(qtbot, tmp_path, hub_db):
    from annotator.ui.main_window import MainWindow

    i18n.install("es")
    try:
        window = MainWindow("Wendy", interactive=False)
        qtbot.addWidget(window)
        assert window.open_project(tmp_path / "wendy.annotator")
        shown: list[str] = []
        window.hub.state_changed.connect(lambda state: shown.append(window.hub.indicator.text()))
        assert window.hub.connect_to(hub_db["user"]("wendy", "checker"))
        qtbot.waitUntil(lambda: window.hub.state == "synced", timeout=10000)
        progress = [text for text in shown if text.startswith("Servidor: sincronizando…: ")]
        assert "Servidor: sincronizando…: consultando el hub" in progress
        assert all("asking" not in t and "merging" not in t and "sending" not in t
                   for t in shown)  # fmt: skip
        window.hub.stop()
        window.close()
    finally:
        i18n.install(i18n.ENGLISH)
