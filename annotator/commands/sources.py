"""`annotator source add|edit|list|capture|attach|kinds PROJECT ...`: sources from the command line.

An interview needs no URL (`--kind interview --who NAME --role ROLE --method phone`), a
protected source (`--protected`) never leaves the project, and `capture` keeps what a web
source said today, with its SHA-256.
"""

from __future__ import annotations

import argparse

from annotator.cli_language import mark, translator
from annotator.commands.common import (
    add_author_argument,
    add_project_argument,
    open_project,
    print_json,
)
from annotator.commands.import_articles import add_fetch_arguments, fetch_policy
from annotator.errors import AnnotatorError, msg
from annotator.services import ProjectService
from annotator.services import captures as capture_service
from annotator.services.source_kinds import add_source_kind, source_kinds

tr = translator("commands.sources")

NAME = "source"
HELP = mark(
    "add, edit, list, capture or attach a file to a claim's sources; list or add source kinds"
)

_FIELDS = (
    ("url", "--url"), ("title", "--title"), ("publisher", "--publisher"),
    ("source_author", "--who"), ("role", "--role"), ("method", "--method"),
    ("source_date", "--date"), ("accessed", "--accessed"), ("archive_url", "--archive-url"),
    ("excerpt", "--excerpt"), ("locator", "--locator"), ("kind", "--kind"), ("stance", "--stance"),
)  # fmt: skip


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=tr("add a source to CLAIM_ID; prints its id"))
    _common(add, "claim_id", "CLAIM_ID")
    _field_options(add)
    add.add_argument(
        "--json", action="store_true", help=tr("print the new source as JSON (docs/CLI.md)")
    )
    edit = actions.add_parser("edit", help=tr("change fields of SOURCE_ID"))
    _common(edit, "source_id", "SOURCE_ID")
    _field_options(edit)
    edit.add_argument("--unprotect", action="store_true", help=tr("the source may be named again"))
    listing = actions.add_parser(
        "list", help=tr("the sources of CLAIM_ID as JSON (with their captures)")
    )
    _common(listing, "claim_id", "CLAIM_ID")
    capture = actions.add_parser(
        "capture", help=tr("fetch SOURCE_ID's URL now and keep the capture; prints its SHA-256")
    )
    _common(capture, "source_id", "SOURCE_ID")
    add_fetch_arguments(capture)
    attach = actions.add_parser(
        "attach", help=tr("attach FILE (saved page, PDF, screenshot) as SOURCE_ID's capture")
    )
    _common(attach, "source_id", "SOURCE_ID")
    attach.add_argument("path", metavar="FILE")
    kinds = actions.add_parser(
        "kinds", help=tr("list the project's source kinds, or add one with --add ID LABEL")
    )
    add_project_argument(kinds)
    kinds.add_argument("--add", nargs=2, metavar=("ID", "LABEL"), help=tr("a newsroom's own kind"))
    kinds.add_argument(
        "--url-required", action="store_true",
        help=tr("with --add: sources of this kind need a URL"),
    )
    add_author_argument(kinds)


def _common(parser: argparse.ArgumentParser, dest: str, metavar: str) -> None:
    add_project_argument(parser)
    parser.add_argument(dest, metavar=metavar)
    add_author_argument(parser)


def _field_options(parser: argparse.ArgumentParser) -> None:
    for dest, flag in _FIELDS:
        parser.add_argument(flag, dest=dest)
    parser.add_argument(
        "--protected",
        action="store_true",
        help=tr(
            "a confidential source: never exported, reports say 'a source who asked not to be "
            "named'"
        ),
    )


def _fields(args: argparse.Namespace) -> dict[str, object]:
    fields: dict[str, object] = {
        dest: getattr(args, dest) for dest, _ in _FIELDS if getattr(args, dest) is not None
    }
    if args.protected:
        fields["protected"] = True
    if getattr(args, "unprotect", False):
        fields["protected"] = False
    return fields


def run(args: argparse.Namespace) -> int:
    write = args.action != "list" and not (args.action == "kinds" and not args.add)
    with open_project(args, write=write) as project:
        try:
            _ACTIONS[args.action](project, args)
        except KeyError as error:
            raise AnnotatorError(
                msg("no claim or source with id {args} in {project}", args=error.args[0],
                    project=args.project)
            ) from None
    return 0


def _add(project: ProjectService, args: argparse.Namespace) -> None:
    source = project.add_source(args.claim_id, **_fields(args))
    if args.json:
        status = project.claim(args.claim_id).status
        print_json(
            {
                "id": source.id,
                "claim_id": args.claim_id,
                "url": source.url,
                "title": source.title,
                "kind": source.kind,
                "stance": source.stance,
                "claim_status": str(status),
            }
        )
    else:
        print(f"added\t{source.id}\t{source.url}")


def _edit(project: ProjectService, args: argparse.Namespace) -> None:
    project.update_source(args.source_id, **_fields(args))


def _list(project: ProjectService, args: argparse.Namespace) -> None:
    rows = []
    for source in project.sources(args.claim_id):
        row = {k: v for k, v in vars(source).items()}
        if source.capture_id:
            found = capture_service.capture(project, source.capture_id)
            row["capture"] = {
                "sha256": found.sha256,
                "captured_at": found.captured_at,
                "url": found.target_url,
                "size": found.size,
            }
        rows.append(row)
    print_json(rows)


def _capture(project: ProjectService, args: argparse.Namespace) -> None:
    _, after = capture_service.capture_source(project, args.source_id, fetch_policy(args))
    _print_capture(project, after.capture_id)


def _attach(project: ProjectService, args: argparse.Namespace) -> None:
    _, after = capture_service.attach_file(project, args.source_id, args.path)
    _print_capture(project, after.capture_id)


def _print_capture(project: ProjectService, capture_id: str) -> None:
    found = capture_service.capture(project, capture_id)
    print(
        f"{found.sha256}\t{found.captured_at}\t{found.size}\t{found.target_url or found.file_name}"
    )


def _kinds(project: ProjectService, args: argparse.Namespace) -> None:
    if args.add:
        add_source_kind(project, args.add[0], args.add[1], url_required=args.url_required)
    for kind in source_kinds(project):
        print(
            f"{kind.id}\t{kind.label}\t{'url required' if kind.url_required else 'no url needed'}"
        )


_ACTIONS = {
    "add": _add,
    "edit": _edit,
    "list": _list,
    "capture": _capture,
    "attach": _attach,
    "kinds": _kinds,
}
