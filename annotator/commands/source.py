"""`annotator source add PROJECT CLAIM_ID --url U ...`: attach a source to a claim."""

from __future__ import annotations

import argparse

from annotator.commands.common import (
    add_author_argument,
    add_project_argument,
    open_project,
    print_json,
)
from annotator.commands.editorial import add_json_argument, existing_claim
from annotator.domain import SOURCE_KINDS, STANCES

NAME = "source"
HELP = "attach a source to a claim (source add; see docs/CLI.md)"

_OPTIONS = (
    ("title", "--title", "the source's title"),
    ("publisher", "--publisher", "who published it"),
    ("source_author", "--source-author", "who wrote it"),
    ("source_date", "--date", "when it was published (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("accessed", "--accessed", "when you read it (default: today)"),
    ("archive_url", "--archive-url", "an archived copy (http or https)"),
    ("excerpt", "--excerpt", "the passage that checks the claim"),
    ("locator", "--locator", "where in the source (page, table, timestamp)"),
)


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="attach a source (an http or https URL) to CLAIM_ID")
    add_project_argument(add)
    add.add_argument("claim_id", metavar="CLAIM_ID")
    add.add_argument("--url", required=True, help="the source's address (http or https)")
    for dest, flag, text in _OPTIONS:
        add.add_argument(flag, dest=dest, help=text)
    add.add_argument("--kind", choices=SOURCE_KINDS, help="what sort of source (default: secondary)")
    add.add_argument("--stance", choices=STANCES, help="what it does to the claim (default: supports)")
    add_author_argument(add)
    add_json_argument(add, "the new source")


def run(args: argparse.Namespace) -> int:
    with open_project(args, write=True) as project:
        claim = existing_claim(project, args.claim_id)
        values = {
            dest: getattr(args, dest)
            for dest in ("url", "kind", "stance", *(o[0] for o in _OPTIONS))
            if getattr(args, dest) is not None
        }
        source = project.add_source(claim.id, **values)
        status = project.claim(claim.id).status
    if args.json:
        print_json(
            {
                "id": source.id, "claim_id": claim.id, "url": source.url, "title": source.title,
                "kind": source.kind, "stance": source.stance, "claim_status": str(status),
            }
        )  # fmt: skip
    else:
        print(f"added\t{source.id}\t{source.url}")
    return 0
