"""`annotator search PROJECT QUERY`: full-text search over every article and claim."""

from __future__ import annotations

import argparse

from annotator.cli_language import mark, translator
from annotator.commands.common import add_project_argument, open_project, print_json
from annotator.services.search import search

tr = translator("commands.search_project")

NAME = "search"
HELP = mark(
    "search the text of every article and claim; prints article id, offset, title and context"
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "query", metavar="QUERY", nargs="+", help=tr("words to find (all must occur)")
    )
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        results = search(project, " ".join(args.query), args.limit)
    if args.json:
        print_json(
            [
                {
                    "kind": r.hit.kind,
                    "article_id": r.article_id,
                    "claim_id": r.claim_id,
                    "title": r.hit.title,
                    "start": r.start,
                    "end": r.end,
                    "context": r.snippet_text(),
                }
                for r in results
            ]
        )
        return 0
    for result in results:
        where = f"claim {result.claim_id}" if result.claim_id else f"{result.start}"
        snippet = " ".join(result.snippet_text().split())
        print(f"{result.article_id}\t{where}\t{result.hit.title}\t{snippet}")
    return 0
