"""Push, pull and sync a project with its team hub (see docs/HUB.md for the rules).

The unit of sync is the item revision of the merge engine. Pull reads the hub in one
REPEATABLE READ snapshot, writes what changed since the cursor into a temporary project
file and merges it like a colleague's file, moving the cursor in the same SQLite
transaction. Push sends one batch to `annotator_hub.push_batch`, which the hub checks and
commits as one transaction; local push marks move only after the hub committed. Either can
be cut at any point and simply run again.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.domain.dates import utc_now
from annotator.hub import HubError, HubOfflineError, psycopg_module
from annotator.hub.connection import check_url, hub_connection, redacted, require_current
from annotator.services.project import ProjectService
from annotator.storage import hub_local
from annotator.storage.merge import MergeReport

_SMALL_TABLES = ("verdicts", "people")
"""Pulled whole every time: claims refer to them by id."""


@dataclass
class SyncResult:
    pulled: MergeReport | None = None
    pushed_items: int = 0
    pushed_records: int = 0
    behind: list[str] = field(default_factory=list)

    def summary(self) -> str:
        pulled = self.pulled.summary() if self.pulled else "nothing new"
        return (
            f"pulled: {pulled}; pushed {self.pushed_items} item(s), "
            f"{self.pushed_records} record(s)"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "pulled": self.pulled.as_dict() if self.pulled else None,
            "pushed_items": self.pushed_items,
            "pushed_records": self.pushed_records,
            "behind": self.behind,
        }


def _url(project: ProjectService) -> str:
    url = hub_local.hub_state(project.store).get("url", "")
    if not url:
        raise HubError(
            f"{project.path.name} is not connected to a hub; run `annotator hub connect` first."
        )
    return url


def _hub_error(error: Exception) -> HubError:
    psycopg = psycopg_module()
    if isinstance(error, psycopg.OperationalError):
        return HubOfflineError(f"The hub connection was lost ({error}); run the sync again.")
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, psycopg.errors.InsufficientPrivilege):
        if "function push_batch" in message:
            message = "this hub user may only read this hub (ask for the checker role)"
        return HubError(f"The hub refused: {message}")
    return HubError(f"The hub refused the sync: {message}")


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
    state = hub_local.hub_state(project.store)
    if state.get("hub_id") != hub_id:
        hub_local.clear_hub_state(project.store)
    values = {"url": url, "hub_id": hub_id, "role": role}
    hub_local.set_hub_state(project.store, values)
    return {**hub_local.hub_state(project.store)}


def disconnect(project: ProjectService) -> None:
    hub_local.clear_hub_state(project.store)


def _fetch(conn: Any, cursor: int) -> tuple[int, dict[str, Any]]:
    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    top = conn.execute(
        """SELECT greatest((SELECT max(seq) FROM annotator_hub.items),
                           (SELECT max(seq) FROM annotator_hub.records), 0)"""
    ).fetchone()[0]
    hub_id = conn.execute("SELECT value FROM annotator_hub.meta WHERE key = 'hub_id'").fetchone()[0]
    items = [
        {"kind": k, "item_id": i, "rev": r, "row": row, "tomb": tomb}
        for k, i, r, row, tomb in conn.execute(
            "SELECT kind, item_id, rev, row, tomb FROM annotator_hub.items WHERE seq > %s",
            [cursor],
        )
    ]
    revisions = conn.execute(
        """SELECT r.kind, r.item_id, r.rev FROM annotator_hub.revisions r
           JOIN annotator_hub.items i ON i.kind = r.kind AND i.item_id = r.item_id
           WHERE i.seq > %s""",
        [cursor],
    ).fetchall()
    articles = [i["item_id"] for i in items if i["kind"] == "article"]
    records: dict[str, list[dict[str, Any]]] = {t: [] for t in hub_local.RECORD_TABLES}
    for table, row in conn.execute(
        """SELECT tbl, row FROM annotator_hub.records WHERE seq > %s OR tbl = ANY(%s)
           OR (tbl = 'article_versions' AND parent = ANY(%s)) ORDER BY seq""",
        [cursor, list(_SMALL_TABLES), articles],
    ):
        records[table].append(row)
    return top, {"items": items, "revisions": revisions, "records": records, "hub_id": hub_id}


def pull(project: ProjectService) -> MergeReport | None:
    """Bring the hub's changes since the cursor into the project; None if there were none."""
    url = _url(project)
    cursor = int(hub_local.hub_state(project.store).get("cursor", "0"))
    psycopg = psycopg_module()
    with hub_connection(url) as conn:
        try:
            require_current(conn)
            conn.rollback()
            with conn.transaction():
                top, pulled = _fetch(conn, cursor)
        except psycopg.Error as error:
            raise _hub_error(error) from error
    now = utc_now()
    if top <= cursor:
        hub_local.set_hub_state(project.store, {"last_sync": now})
        return None
    folder = Path(tempfile.mkdtemp(prefix="annotator-hub-"))
    try:
        copy = folder / "team-hub.annotator"
        hub_local.materialise(copy, pulled)
        state = {"cursor": str(top), "last_sync": now}
        report = hub_local.merge_pulled(
            project.store, copy, state, merged_by=project.author, now=now
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if report.changed_anything:
        project.reload()
    return report


def push(project: ProjectService) -> SyncResult:
    """Send my new revisions and records to the hub in one hub transaction."""
    url = _url(project)
    state = hub_local.hub_state(project.store)
    psycopg = psycopg_module()
    from psycopg.types.json import Jsonb

    result = SyncResult()
    project.remember_me()
    with hub_connection(url) as conn:
        try:
            require_current(conn)
            hub_revs = {
                (k, i): (r, gone) for k, i, r, gone in conn.execute(
                    "SELECT kind, item_id, rev, row IS NULL FROM annotator_hub.items"
                )
            }
            writer = conn.execute(
                "SELECT pg_has_role(session_user, 'annotator_checker', 'MEMBER')"
            ).fetchone()[0]
            conn.rollback()
            items = hub_local.items_to_push(project.store, hub_revs)
            records, marks = hub_local.records_to_push(project.store, state)
            if not items and (not records or not writer):
                return result  # nothing of mine to send (a reader's pulled records stay local)
            payload = {
                "person_id": project.author_id,
                "display_name": project.author,
                "items": items,
                "records": records,
            }
            with conn.transaction():
                answer = conn.execute(
                    "SELECT annotator_hub.push_batch(%s)", [Jsonb(payload)]
                ).fetchone()[0]
        except psycopg.Error as error:
            raise _hub_error(error) from error
    cursor = int(state.get("cursor", "0"))
    if answer["seq"] == cursor + 1 and not answer["behind"]:
        marks["cursor"] = str(answer["seq"])  # nobody else wrote in between: nothing to pull
    hub_local.set_hub_state(project.store, {**marks, "last_push": utc_now()})
    result.pushed_items = answer["accepted"]
    result.pushed_records = answer["records"]
    result.behind = list(answer["behind"])
    return result


def sync(project: ProjectService, *, rounds: int = 3) -> SyncResult:
    """Pull, then push; again while a colleague pushed the same items in between."""
    result = SyncResult()
    for _ in range(rounds):
        report = pull(project)
        if report is not None and (result.pulled is None or report.changed_anything):
            result.pulled = report
        pushed = push(project)
        result.pushed_items += pushed.pushed_items
        result.pushed_records += pushed.pushed_records
        result.behind = pushed.behind
        if not pushed.behind:
            break
    return result


def status(project: ProjectService) -> dict[str, Any]:
    """Where the project stands with its hub; `reachable` is asked of the hub itself."""
    state = hub_local.hub_state(project.store)
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
            top = conn.execute(
                """SELECT greatest((SELECT max(seq) FROM annotator_hub.items),
                                   (SELECT max(seq) FROM annotator_hub.records), 0)"""
            ).fetchone()[0]
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
    return hub_local.hub_state(project.store)
