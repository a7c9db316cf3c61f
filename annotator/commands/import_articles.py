"""`annotator import PROJECT FILE_OR_URL...`: add articles to a project (created if missing)."""

from __future__ import annotations

import argparse
import sys

from annotator.cli_language import error_text, mark, translator
from annotator.commands.common import add_author_argument, add_project_argument, open_project
from annotator.errors import AnnotatorError
from annotator.fetch import FetchPolicy
from annotator.importers import SUPPORTED_SUFFIXES, file_suffix
from annotator.importers.isolated import ImportProcess
from annotator.services import ProjectService
from annotator.services.captures import (
    ARCHIVE_SUFFIXES,
    add_article_from_archive,
    add_article_from_result,
    fetch_page,
)

tr = translator("commands.import_articles")

NAME = "import"
HELP = mark(
    "add articles from files ({suffixes}) or from http(s) URLs (the page is kept as a capture); "
    "prints each article's id and title"
)
HELP_VALUES = {"suffixes": ", ".join(SUPPORTED_SUFFIXES)}  # filled into the translated HELP


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "files", metavar="FILE_OR_URL", nargs="+", help=tr("article files or page URLs to import")
    )
    add_fetch_arguments(parser)
    add_author_argument(parser)


def add_fetch_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-local",
        action="store_true",
        help=tr("let this fetch reach loopback and private network addresses (refused by default)"),
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help=tr("seconds to wait for the server (default 20)"),
    )


def fetch_policy(args: argparse.Namespace) -> FetchPolicy:
    return FetchPolicy(
        allow_private=args.allow_local,
        timeout=args.timeout,
        total_timeout=max(60.0, 3 * args.timeout),
    )


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def _import_one(
    project: ProjectService, reader: ImportProcess, name: str, args: argparse.Namespace
) -> None:
    from pathlib import Path

    if is_url(name):
        result = fetch_page(name, fetch_policy(args))
        from annotator.importers.web import draft_from_body

        text = draft_from_body(
            result.body, result.content_type, result.charset, result.final_url
        ).text
        if _report_duplicate(project, name, text):
            return
        article = add_article_from_result(project, result)
    else:
        draft = reader.read(name)
        if _report_duplicate(project, name, draft.text):
            return
        if file_suffix(Path(name)) in ARCHIVE_SUFFIXES:
            article = add_article_from_archive(project, name)
        else:
            article = project.add_article(draft)
    print(f"{article.id}\t{article.title}")


def _report_duplicate(project: ProjectService, name: str, text: str) -> bool:
    duplicate = project.find_duplicate(text)
    if not duplicate:
        return False
    existing = project.article(duplicate)
    print(f"{duplicate}\t{existing.title}")
    said = tr("{name}: already in the project as {title!r} ({article_id}); not added again")
    print("annotator import: " + said.format(name=name, title=existing.title,
                                             article_id=duplicate), file=sys.stderr)  # fmt: skip
    return True


def run(args: argparse.Namespace) -> int:
    failures = 0
    # Files are read in a child process: Ctrl+C stops even a reader stuck in C code at once.
    with open_project(args, create=True, write=True) as project, ImportProcess(fork=True) as reader:
        for name in args.files:
            try:
                _import_one(project, reader, name, args)
            except AnnotatorError as error:
                failures += 1
                print(f"annotator import: {error_text(error)}", file=sys.stderr)
    return 1 if failures else 0
