"""Opening a project runs no sqlite-utils plugin: whatever another installed package registers
for sqlite-utils never gets the project's connection."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import hookimpl
from sqlite_utils.plugins import pm

from annotator.services import ProjectService


class _Recorder:
    def __init__(self) -> None:
        self.connections: list[object] = []

    @hookimpl
    def prepare_connection(self, conn: object) -> None:
        self.connections.append(conn)


def test_no_plugin_sees_the_connection(tmp_path: Path) -> None:
    recorder = _Recorder()
    pm.register(recorder)
    try:
        path = tmp_path / "p.annotator"
        ProjectService.open(path, "Alice").close()
        ProjectService.open_for_reading(path, "Alice").close()
    finally:
        pm.unregister(recorder)
    assert recorder.connections == []
