"""Hub tests run against a real PostgreSQL server they start themselves."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hub.pg_server import Server, running_server, server_binaries

psycopg = pytest.importorskip(
    "psycopg", reason="the hub extra is not installed: pip install 'annotator[hub]'"
)

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    if server_binaries() is None:
        pytest.skip(
            "PostgreSQL server binaries (or, as root, the postgres user) are absent: "
            "apt-get install postgresql"
        )
    with running_server() as server:
        yield server


def _admin(server: Server, dbname: str = "postgres"):
    return psycopg.connect(server.url(dbname=dbname), autocommit=True)


@pytest.fixture
def hub_db(pg_server: Server) -> Iterator[dict]:
    """A fresh database with an initialised hub, and a function making login roles."""
    from annotator.hub.connection import init_hub

    name = f"hub{next(_numbers)}"
    with _admin(pg_server) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    init_hub(pg_server.url(dbname=name))

    def user(role: str, group: str) -> str:
        login = f"{name}_{role}"
        with _admin(pg_server) as conn:
            conn.execute(f"CREATE ROLE {login} LOGIN IN ROLE annotator_{group}")
        return pg_server.url(user=login, dbname=name)

    yield {"name": name, "admin_url": pg_server.url(dbname=name), "user": user, "server": pg_server}


@pytest.fixture
def desktop(tmp_path: Path):
    """Open a project file as a person (name, person id)."""
    from annotator.services import ProjectService

    opened = []

    def make(name: str, person_id: str, filename: str | None = None) -> ProjectService:
        path = tmp_path / (filename or f"{name}.annotator")
        service = ProjectService.open(path, name, create=True, author_id=person_id)
        service.remember_me()
        opened.append(service)
        return service

    yield make
    for service in opened:
        service.close()
