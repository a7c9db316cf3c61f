"""Push, pull and sync a project with its team hub (see docs/HUB.md for the rules).

The unit of sync is the item revision of the merge engine. Pull reads, in one statement (one
snapshot; see `hub/fetch.py`), only what the hub changed since the cursor, and merges it like a
colleague's file (reading from the project only the items it mentions), moving the cursor in the
same SQLite transaction. Push reads only the items changed since the hub last took them and
sends one batch to `annotator_hub.push_batch`, which the hub checks and commits as one
transaction; local marks move only after the hub committed. Either can be cut at any point and
simply run again.
Everything the project side does goes through `annotator.services.hub_link`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from annotator.domain.dates import utc_now
from annotator.errors import msg
from annotator.hub import HubError, HubOfflineError, fetch, psycopg_module
from annotator.hub.connection import (
    check_url,
    hub_connection,
    redacted,
    require_current,
    reused_connection,
)
from annotator.services import hub_link
from annotator.services.project import ProjectService
from annotator.storage.merge import MergeReport

_SMALL_TABLES = ("people", "source_kinds")
"""Pulled whole every time: claims and sources refer to them by id."""

Progress = Callable[[str], None]
"""Told, in a few words, what a sync is doing (the window's indicator shows it)."""


def _quiet(_message: str) -> None:
    return None


@dataclass
class SyncResult:
    pulled: MergeReport | None = None
    pushed_items: int = 0
    pushed_records: int = 0
    behind: list[str] = field(default_factory=list)

    def summary(self) -> str:
        pulled = self.pulled.summary() if self.pulled else msg("nothing new")
        return msg(
            "pulled: {pulled}; pushed {items} item(s), {records} record(s)",
            pulled=pulled,
            items=self.pushed_items,
            records=self.pushed_records,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "pulled": self.pulled.as_dict() if self.pulled else None,
            "pushed_items": self.pushed_items,
            "pushed_records": self.pushed_records,
            "behind": self.behind,
        }


def _url(project: ProjectService) -> str:
    url = hub_link.state(project).get("url", "")
    if not url:
        raise HubError(
            msg("{name} is not connected to a hub; run `annotator hub connect` first.",
                name=project.path.name)
        )
    return url


def _hub_error(error: Exception) -> HubError:
    psycopg = psycopg_module()
    if isinstance(error, psycopg.OperationalError):
        return HubOfflineError(msg("The hub connection was lost ({error}); run the sync again.",
                                   error=error))
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, psycopg.errors.InsufficientPrivilege):
        if "function push_batch" in message:
            message = "this hub user may only read this hub (ask for the checker role)"
        return HubError(msg("The hub refused: {message}", message=message))
    return HubError(msg("The hub refused the sync: {message}", message=message))


def connect(project: ProjectService, url: str) -> dict[str, str]:
    """Tie the project to the hub at `url` (no password is stored); returns the new state."""
    check_url(url)
    with hub_connection(url) as conn:
        require_current(conn)
        hub_id = conn.execute(
            "SELECT value FROM annotator_hub.meta WHERE key = 'hub_id'"
        ).fetchone()[0]
        role = conn.execute("SELECT session_user").fetchone()[0]
        conn.rollback()
    if hub_link.state(project).get("hub_id") != hub_id:
        hub_link.clear(project)
    hub_link.set_state(project, {"url": url, "hub_id": hub_id, "role": role})
    return {**hub_link.state(project)}


def disconnect(project: ProjectService) -> None:
    hub_link.clear(project)


def _blobs(conn: Any, hashes: list[str]) -> Iterator[tuple[str, bytes]]:
    """The bytes of these captures, one at a time (a server-side cursor)."""
    with conn.transaction(), conn.cursor(name="annotator_blobs") as cursor:
        cursor.itersize = 1
        cursor.execute(
            "SELECT sha256, data FROM annotator_hub.blobs WHERE sha256 = ANY(%s)", [hashes]
        )
        for sha256, data in cursor:
            yield sha256, bytes(data)


@contextmanager
def _session(project: ProjectService) -> Iterator[Any]:
    """One hub connection (autocommit) for a whole pull, push or sync; psycopg errors become
    HubErrors (HubOfflineError for a lost connection). The schema version is checked by the
    first statement of each pull and push, not by a round trip of its own."""
    psycopg = psycopg_module()
    with reused_connection(_url(project)) as conn:
        try:
            yield conn
        except psycopg.Error as error:
            raise _hub_error(error) from error


def pull(project: ProjectService, progress: Progress = _quiet) -> MergeReport | None:
    """Bring the hub's changes since the cursor into the project; None if there were none."""
    with _session(project) as conn:
        return _pull(conn, project, progress)


def _pull(conn: Any, project: ProjectService, progress: Progress) -> MergeReport | None:
    cursor = int(hub_link.state(project).get("cursor", "0"))
    progress(msg("asking the hub"))
    now = utc_now()
    news, pulled = fetch.changes(
        conn, cursor, _SMALL_TABLES, lambda ids: hub_link.articles_lacking(project, ids),
        paged=cursor == 0,  # the initial pull of a whole hub: pages from a server-side cursor
    )  # fmt: skip
    if news.top <= cursor:  # nothing new: one statement was all
        hub_link.set_state(project, {"last_sync": now})
        return None
    pulled["hub_id"] = news.hub_id
    hashes = [c["sha256"] for c in pulled["records"].get("captures", ())]
    missing = hub_link.missing_blobs(project, hashes)
    if missing:
        progress(msg("receiving {count} capture(s)", count=len(missing)))
        hub_link.store_blobs(project, _blobs(conn, missing))
    progress(msg("merging {count} item(s)", count=len(pulled["items"])))
    state = {"cursor": str(news.top), "last_sync": now}
    return hub_link.apply_pull(project, pulled, state, now=now)


def _send_blobs(conn: Any, project: ProjectService, records: list[dict[str, Any]]) -> None:
    """Upload the bytes of my new captures that the hub lacks, one capture at a time."""
    hashes = sorted({r["row"]["sha256"] for r in records if r["tbl"] == "captures"})
    if not hashes:
        return
    lacking = [
        h for (h,) in conn.execute(
            """SELECT h FROM unnest(%s::text[]) AS h
               WHERE NOT EXISTS (SELECT 1 FROM annotator_hub.blobs b WHERE b.sha256 = h)""",
            [hashes],
        )
    ]  # fmt: skip
    for sha256 in lacking:
        data = hub_link.blob(project, sha256)
        if data is not None:
            with conn.transaction():
                conn.execute("SELECT annotator_hub.put_blob(%s, %s)", [sha256, data])


def push(project: ProjectService, progress: Progress = _quiet) -> SyncResult:
    """Send my changed items and new records to the hub in one hub transaction."""
    project.remember_me()
    if not _anything_to_push(project):
        return SyncResult()
    with _session(project) as conn:
        return _push(conn, project, progress)


def _anything_to_push(project: ProjectService) -> bool:
    """Changed items or new records here (read locally, before asking the hub anything)."""
    _top, keys = hub_link.pending(project)
    return bool(keys) or bool(hub_link.records_to_push(project, hub_link.state(project))[0])


def _push(conn: Any, project: ProjectService, progress: Progress) -> SyncResult:
    from psycopg.types.json import Jsonb

    result = SyncResult()
    state = hub_link.state(project)
    top, keys = hub_link.pending(project)
    writer, hub_revs = fetch.hub_revisions(conn, keys)
    items, settled = hub_link.items_to_push(project, keys, hub_revs)
    records, marks = hub_link.records_to_push(project, state)
    if not writer:  # a reader's copy of the default scale is no attempt to write
        items = [i for i in items if i["kind"] != "verdict"]
    if not items and (not records or not writer):
        hub_link.settle(project, settled, top)
        return result  # nothing of mine to send (a reader's pulled records stay local)
    progress(msg("sending {count} item(s), {records} record(s)", count=len(items),
                 records=len(records)))  # fmt: skip
    _send_blobs(conn, project, records)
    payload = {
        "person_id": project.author_id,
        "display_name": project.author,
        "items": items,
        "records": records,
    }
    # one statement in autocommit: the hub checks and commits the batch as one transaction
    answer = conn.execute("SELECT annotator_hub.push_batch(%s)", [Jsonb(payload)]).fetchone()[0]
    behind = set(answer["behind"])
    taken = [(i["kind"], i["item_id"]) for i in items if i["item_id"] not in behind]
    hub_link.settle(project, [*settled, *taken], top)
    cursor = int(state.get("cursor", "0"))
    if answer["seq"] == cursor + 1 and not answer["behind"]:
        marks["cursor"] = str(answer["seq"])  # nobody else wrote in between: nothing to pull
    hub_link.set_state(project, {**marks, "last_push": utc_now()})
    result.pushed_items = answer["accepted"]
    result.pushed_records = answer["records"]
    result.behind = list(answer["behind"])
    return result


def sync(project: ProjectService, *, rounds: int = 3, progress: Progress = _quiet) -> SyncResult:
    """Pull, then push, over one connection; again while a colleague pushed the same items."""
    result = SyncResult()
    project.remember_me()
    with _session(project) as conn:
        for _ in range(rounds):
            report = _pull(conn, project, progress)
            if report is not None and (result.pulled is None or report.changed_anything):
                result.pulled = report
            if not _anything_to_push(project):
                break
            pushed = _push(conn, project, progress)
            result.pushed_items += pushed.pushed_items
            result.pushed_records += pushed.pushed_records
            result.behind = pushed.behind
            if not pushed.behind:
                break
    return result


def status(project: ProjectService) -> dict[str, Any]:
    """Where the project stands with its hub; `reachable` is asked of the hub itself."""
    state = hub_link.state(project)
    if not state.get("url"):
        return {"connected": False}
    out: dict[str, Any] = {
        "connected": True,
        "hub": redacted(state["url"]),
        "hub_id": state.get("hub_id", ""),
        "role": state.get("role", ""),
        "cursor": int(state.get("cursor", "0")),
        "last_sync": state.get("last_sync", ""),
        "last_push": state.get("last_push", ""),
        "open_conflicts": open_conflicts(project),
    }
    try:
        with hub_connection(state["url"]) as conn:
            require_current(conn)
            top = fetch.news(conn).top
            members = [
                {"role": role, "name": name}
                for role, name in conn.execute(
                    "SELECT role, display_name FROM annotator_hub.members ORDER BY role"
                )
            ]
        out.update(
            reachable=True, hub_seq=top, behind_hub=top > out["cursor"], members=members
        )
    except HubError as error:
        out.update(reachable=False, error=str(error))
    return out


def open_conflicts(project: ProjectService) -> int:
    from annotator.services.merge import conflicts

    return len(conflicts(project))


def hub_state(project: ProjectService) -> dict[str, str]:
    """The project's hub link (address without password, cursor, last sync)."""
    return hub_link.state(project)
