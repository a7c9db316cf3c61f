"""`annotator update PROJECT ARTICLE_ID FILE` or `... ARTICLE_ID --from-url`: store a revised
text and re-anchor the claims. `ARTICLE_ID` may be `all` with `--from-url` (for cron)."""

from __future__ import annotations

import argparse
import sys

from annotator.cli_language import error_text, mark, message_text, translator
from annotator.commands.common import (
    add_author_argument,
    add_project_argument,
    existing_article,
    open_project,
)
from annotator.commands.import_articles import add_fetch_arguments, fetch_policy
from annotator.errors import AnnotatorError, msg
from annotator.importers.isolated import import_isolated
from annotator.services import ProjectService
from annotator.services.captures import article_fetch_url, fetch_page, update_from_result
from annotator.services.versions import VersionUpdate, update_article_text

tr = translator("commands.update_article")

NAME = "update"
HELP = mark(
    "store a new version of an article from FILE, or fetch its URL again with --from-url, and "
    "re-anchor its claims; prints how many are exact, moved, changed, orphaned"
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "article_id", metavar="ARTICLE_ID", help=tr("the article (with --from-url: or `all`)")
    )
    parser.add_argument(
        "file", metavar="FILE", nargs="?", help=tr("the new version (any importable format)")
    )
    parser.add_argument(
        "--from-url",
        action="store_true",
        help=tr("fetch the article's URL; a new version only if its text changed"),
    )
    add_fetch_arguments(parser)
    add_author_argument(parser)


def run(args: argparse.Namespace) -> int:
    if args.from_url == bool(args.file):
        raise AnnotatorError(msg("give either FILE or --from-url (not both)"))
    if args.from_url:
        return _from_url(args)
    draft = import_isolated(
        args.file, fork=True
    )  # a child process: Ctrl+C stops even a long read at once
    with open_project(args, write=True) as project:
        existing_article(project, args.article_id, args.project)
        update = update_article_text(project, args.article_id, draft)
    _print_update(update)
    return 0


def _print_update(update: VersionUpdate) -> None:
    print(message_text(update.summary()))
    for state, count in update.counts.items():
        print(f"{state}\t{count}")


def _from_url(args: argparse.Namespace) -> int:
    failures = 0
    with open_project(args, write=True) as project:
        if args.article_id == "all":
            ids = [a.id for a in project.articles() if a.url]
        else:
            existing_article(project, args.article_id, args.project)
            ids = [args.article_id]
        for article_id in ids:
            try:
                _update_one(project, article_id, args)
            except AnnotatorError as error:
                failures += 1
                print(f"annotator update: {article_id}: {error_text(error)}", file=sys.stderr)
    return 1 if failures else 0


def _update_one(project: ProjectService, article_id: str, args: argparse.Namespace) -> None:
    url = article_fetch_url(project, article_id)
    update = update_from_result(project, article_id, fetch_page(url, fetch_policy(args)))
    if update is None:
        print(f"{article_id}\tunchanged\t{project.article(article_id).title}")
        return
    print(f"{article_id}\tchanged\t{update.summary()}")
    for state, count in update.counts.items():
        print(f"{state}\t{count}")
