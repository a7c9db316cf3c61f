"""`annotator hub init|connect|disconnect|push|pull|sync|status`: the team hub from scripts and
cron."""

from __future__ import annotations

import argparse
from types import ModuleType
from typing import Any

from annotator.cli_language import mark, message_text, translator
from annotator.commands.common import (
    add_author_argument,
    add_project_argument,
    open_project,
    print_json,
)
from annotator.services import ProjectService

tr = translator("commands.hub")

NAME = "hub"
HELP = mark(
    "create a team hub on PostgreSQL, tie a project to it, and push, pull or sync (needs "
    "annotator[hub])"
)

_URL_HELP = mark(
    "a libpq address, e.g. postgresql://USER@HOST/DB?sslmode=verify-full (no password: use "
    "~/.pgpass, a service file or PGPASSWORD)"
)


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    init = sub.add_parser("init", help=tr("create or upgrade the hub schema (refuses a newer hub)"))
    init.add_argument("url", metavar="URL", help=tr(_URL_HELP))
    connect = sub.add_parser("connect", help=tr("tie PROJECT to a hub (created if missing)"))
    add_project_argument(connect)
    connect.add_argument("url", metavar="URL", help=tr(_URL_HELP))
    add_author_argument(connect)
    disconnect = sub.add_parser(
        "disconnect", help=tr("untie PROJECT from its hub; the file stays complete")
    )
    add_project_argument(disconnect)
    for action, text in (
        ("push", tr("send my new work to the hub")),
        ("pull", tr("bring the hub's changes into PROJECT (merged like a colleague's file)")),
        ("sync", tr("pull, then push")),
    ):
        command = sub.add_parser(action, help=text)
        add_project_argument(command)
        add_author_argument(command)
        command.add_argument("--json", action="store_true", help=tr("print what happened as JSON"))
    status = sub.add_parser(
        "status", help=tr("the hub PROJECT syncs with, last sync, whether it is behind")
    )
    add_project_argument(status)
    status.add_argument("--json", action="store_true", help=tr("print the status as JSON"))


def run(args: argparse.Namespace) -> int:
    from annotator.hub import sync as hub
    from annotator.hub.connection import init_hub, redacted

    if args.hub_command == "init":
        before, after = init_hub(args.url)
        if before == after:
            print(tr("The hub at {url} is up to date (schema version {version}).").format(
                url=redacted(args.url), version=after))  # fmt: skip
        else:
            print(tr("Hub schema at {url}: version {before} -> {after}.").format(
                url=redacted(args.url), before=before, after=after))  # fmt: skip
        return 0
    with open_project(
        args, create=args.hub_command == "connect", write=args.hub_command != "status"
    ) as project:
        if args.hub_command == "connect":
            state = hub.connect(project, args.url)
            print(tr("{name} now syncs with {url} as {role}.").format(
                name=project.path.name, url=redacted(args.url), role=state["role"]))  # fmt: skip
            return 0
        if args.hub_command == "disconnect":
            hub.disconnect(project)
            print(tr("{name} is no longer tied to a hub; it keeps everything it holds.").format(
                name=project.path.name))  # fmt: skip
            return 0
        if args.hub_command == "status":
            return _status(hub.status(project), args.json)
        return _sync(project, hub, args)


def _sync(project: ProjectService, hub: ModuleType, args: argparse.Namespace) -> int:
    if args.hub_command == "pull":
        report = hub.pull(project)
        result = hub.SyncResult(pulled=report)
    elif args.hub_command == "push":
        result = hub.push(project)
    else:
        result = hub.sync(project)
    if args.json:
        print_json(result.as_dict())
    else:
        print(message_text(result.summary()))
        if result.pulled is not None and result.pulled.conflicts:
            print(tr("%n conflict(s) kept both versions; resolve them in the Conflicts panel.",
                     n=result.pulled.conflicts))  # fmt: skip
        if result.behind:
            print(tr("%n item(s) changed on the hub meanwhile; sync again.", n=len(result.behind)))
    return 0


def _status(status: dict[str, Any], as_json: bool) -> int:
    if as_json:
        print_json(status)
    elif not status["connected"]:
        print(tr("Not connected to a hub."))
    else:
        reach = "reachable" if status.get("reachable") else f"offline ({status.get('error', '')})"
        print(f"Hub: {status['hub']} as {status['role']}, {reach}")
        print(
            f"Last sync: {status['last_sync'] or 'never'}; open conflicts: "
            f"{status['open_conflicts']}"
        )
    return 0
