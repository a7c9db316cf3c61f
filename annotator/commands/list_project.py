"""`annotator list PROJECT [--json]`: the articles and their claims."""

from __future__ import annotations

import argparse

from annotator.cli_language import mark, translator
from annotator.commands.common import add_project_argument, open_project, print_json
from annotator.services.listing import project_listing

tr = translator("commands.list_project")

NAME = "list"
HELP = mark("list the articles and their claims (--json for the full structure)")


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "--json", action="store_true", help=tr("print JSON (documented in docs/CLI.md)")
    )


def run(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        listing = project_listing(project)
    if args.json:
        print_json(listing)
        return 0
    for article in listing["articles"]:
        print(f"{article['id']}\t{article['title']}\t{len(article['claims'])} claims")
        for claim in article["claims"]:
            verdict = claim["verdict"] or "unrated"
            quote = " ".join(claim["quote"].split())
            quote = quote if len(quote) <= 70 else quote[:69] + "…"
            span = f"{claim['start']}-{claim['end']}"
            print(f"  {claim['id']}\t{span}\t{verdict}\t{claim['status']}\t{quote}")
    return 0
