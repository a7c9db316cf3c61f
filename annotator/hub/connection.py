"""Opening a hub connection, and creating or upgrading the hub schema (versioned)."""

from __future__ import annotations

import select
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from annotator.errors import msg
from annotator.hub import HubError, HubOfflineError, psycopg_module
from annotator.hub.schema_sql import HUB_VERSION, MIGRATIONS, SCHEMA

_INIT_LOCK = 20261202


def check_url(url: str) -> dict[str, Any]:
    """The connection parameters of `url`; refuses a password (it would end up in a file)."""
    psycopg = psycopg_module()
    try:
        params = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise HubError(msg("Not a PostgreSQL connection string: {url!r}", url=url)) from error
    if params.get("password"):
        raise HubError(
            msg("Leave the password out of the hub address: put it in ~/.pgpass, a service file "
                "(PGSERVICEFILE) or PGPASSWORD, as libpq reads them.")
        )
    return dict(params)


def redacted(url: str) -> str:
    """The address as shown to the user: host, port, database and user only."""
    params = check_url(url)
    shown = {k: params[k] for k in ("host", "port", "dbname", "user", "service") if k in params}
    return " ".join(f"{k}={v}" for k, v in shown.items()) or url


def _open(url: str, timeout: int = 5) -> Any:
    """A new psycopg connection (not autocommit); failures become HubOfflineError."""
    psycopg = psycopg_module()
    check_url(url)
    try:
        return psycopg.connect(url, connect_timeout=timeout)
    except psycopg.OperationalError as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else "no answer"
        raise HubOfflineError(msg("Cannot reach the hub ({redacted}): {first}",
                                  redacted=redacted(url), first=first)) from error


@contextmanager
def hub_connection(url: str, *, timeout: int = 5) -> Iterator[Any]:
    """A psycopg connection (not autocommit); connection failures become HubOfflineError."""
    conn = _open(url, timeout)
    try:
        yield conn
    finally:
        conn.close()


_IDLE: dict[str, list[Any]] = {}
"""Connections a finished sync left open, by address: the next sync reuses one instead of
making the server start a new backend (a colleague's push wakes every desktop at once)."""
_IDLE_LOCK = threading.Lock()
_KEEP = 2


def _answers(conn: Any) -> bool:
    """True if an idle connection still looks usable, asked without a round trip: a server
    that ended the session (pg_terminate_backend, a restart) has said so on the socket,
    which an idle connection that nobody LISTENs on is otherwise silent on."""
    if conn.closed or conn.broken:
        return False
    try:
        readable, _, _ = select.select([conn.fileno()], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable


def _take_idle(url: str) -> Any:
    """An idle connection to `url` that still looks usable, or None."""
    with _IDLE_LOCK:
        waiting = _IDLE.get(url, [])
        conn = waiting.pop() if waiting else None
    if conn is None:
        return None
    if not _answers(conn):
        conn.close()
        return None
    return conn


@contextmanager
def reused_connection(url: str) -> Iterator[Any]:
    """An autocommit connection for one sync (each statement is its own transaction unless
    the caller opens one): an idle one left by an earlier sync if it still looks usable, else
    a new one; it is kept again (idle, outside any transaction) only if all went well."""
    psycopg = psycopg_module()
    conn = _take_idle(url)
    if conn is None:
        conn = _open(url)
        conn.autocommit = True
    try:
        yield conn
    except BaseException:
        conn.close()
        raise
    if conn.closed or conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
        conn.close()
        return
    with _IDLE_LOCK:
        waiting = _IDLE.setdefault(url, [])
        if len(waiting) < _KEEP:
            waiting.append(conn)
            return
    conn.close()


def drop_idle() -> None:
    """Close every idle connection kept for reuse (their server sessions end)."""
    with _IDLE_LOCK:
        waiting = [conn for conns in _IDLE.values() for conn in conns]
        _IDLE.clear()
    for conn in waiting:
        conn.close()


def hub_version(conn: Any) -> int:
    """0 if the database holds no hub yet."""
    found = conn.execute("SELECT to_regclass(%s) IS NOT NULL", [f"{SCHEMA}.meta"]).fetchone()
    if not found[0]:
        return 0
    row = conn.execute(
        "SELECT value FROM annotator_hub.meta WHERE key = 'schema_version'"
    ).fetchone()
    return int(row[0]) if row else 0


def require_current(conn: Any) -> None:
    """Refuse a database without a hub, or with a hub schema this build does not know."""
    check_version(hub_version(conn))


def check_version(version: int) -> None:
    """Refuse hub schema `version` (0: no hub) unless it is the one this build knows."""
    if version == 0:
        raise HubError(msg("This database holds no Annotator hub; run `annotator hub init` first."))
    if version > HUB_VERSION:
        raise HubError(
            msg("This hub has schema version {version}, newer than this Annotator knows "
                "({hub_version}); upgrade Annotator. Nothing was changed.", version=version,
                hub_version=HUB_VERSION)
        )
    if version < HUB_VERSION:
        raise HubError(
            msg("This hub has schema version {version}; run `annotator hub init` to upgrade it.",
                version=version)
        )


def init_hub(url: str) -> tuple[int, int]:
    """Create or upgrade the hub schema in one transaction; (version before, version after).

    A hub from a newer Annotator is refused before anything is written.
    """
    psycopg = psycopg_module()
    with hub_connection(url) as conn:
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [_INIT_LOCK])
                before = hub_version(conn)
                if before > HUB_VERSION:
                    raise HubError(
                        msg("This hub has schema version {before}, newer than this Annotator "
                            "knows ({hub_version}); upgrade Annotator. The hub was not changed.",
                            before=before, hub_version=HUB_VERSION)
                    )
                for version in range(before + 1, HUB_VERSION + 1):
                    for statement in MIGRATIONS[version]:
                        conn.execute(statement)
                    conn.execute(
                        """INSERT INTO annotator_hub.meta (key, value) VALUES
                           ('schema_version', %s), ('hub_id', gen_random_uuid()::text)
                           ON CONFLICT (key) DO UPDATE SET value = excluded.value
                           WHERE annotator_hub.meta.key = 'schema_version'""",
                        [str(version)],
                    )
        except psycopg.errors.InsufficientPrivilege as error:
            raise HubError(
                msg("Creating the hub needs a database owner with CREATEROLE: {error}", error=error)
            ) from error
        except psycopg.Error as error:
            raise HubError(msg("Creating the hub failed, nothing was changed: {error}",
                               error=error)) from error
    return before, HUB_VERSION
