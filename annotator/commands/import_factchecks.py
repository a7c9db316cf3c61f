"""`annotator import-factchecks PROJECT FILE`: add published fact-checks (ClaimReview) to the
archive."""

from __future__ import annotations

import argparse

from annotator.cli_language import mark, translator
from annotator.commands.common import add_author_argument, add_project_argument, open_project
from annotator.services.factchecks import import_factchecks

tr = translator("commands.import_factchecks")

NAME = "import-factchecks"
HELP = mark(
    "add published fact-checks (ClaimReview JSON-LD, JSON Lines or CSV) to the reference archive"
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "file", metavar="FILE", help=tr("ClaimReview JSON, JSON Lines or CSV (may be gzipped)")
    )
    add_author_argument(parser)


def run(args: argparse.Namespace) -> int:
    with open_project(args, create=True, write=True) as project:
        counts = import_factchecks(project, args.file)
    print(f"{counts.added} added, {counts.updated} updated, {counts.unchanged} unchanged")
    return 0
