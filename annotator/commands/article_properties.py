"""`annotator article set PROJECT ARTICLE_ID --report-url URL`: an article's properties (CLI).

The published-report URL is where the fact-check of this article is published; ClaimReview
uses it (before the project's report URL) as the `url` of each of the article's reviews.
"""

from __future__ import annotations

import argparse

from annotator.cli_language import mark, translator
from annotator.commands.common import (
    add_author_argument,
    add_project_argument,
    existing_article,
    open_project,
    print_json,
)
from annotator.errors import AnnotatorError, msg

tr = translator("commands.article_properties")

NAME = "article"
HELP = mark("set an article's properties: article set PROJECT ARTICLE_ID --report-url URL")

FIELDS = (
    ("report_url", "--report-url"),
    ("url", "--url"),
    ("title", "--title"),
    ("publisher", "--publisher"),
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["set"], help=tr("what to do"))
    add_project_argument(parser)
    parser.add_argument("article_id", metavar="ARTICLE_ID")
    parser.add_argument(
        "--report-url", metavar="URL",
        help=tr("where our fact-check of it is published ('' clears)"),
    )
    parser.add_argument("--url", metavar="URL", help=tr("the article's own address"))
    parser.add_argument("--title")
    parser.add_argument("--publisher")
    parser.add_argument(
        "--json", action="store_true", help=tr("print the article's properties as JSON")
    )
    add_author_argument(parser)


def run(args: argparse.Namespace) -> int:
    changes = {name: getattr(args, name) for name, _ in FIELDS if getattr(args, name) is not None}
    if not changes:
        raise AnnotatorError(msg("nothing to set: give one of {choices}",
                                 choices=', '.join((flag for _, flag in FIELDS))))
    with open_project(args, write=True) as project:
        existing_article(project, args.article_id, args.project)
        _, after = project.update_article(args.article_id, **changes)
    values = {"id": after.id, **{name: getattr(after, name) for name, _ in FIELDS}}
    if args.json:
        print_json(values)
    else:
        print("\n".join(f"{name}\t{value}" for name, value in values.items()))
    return 0
