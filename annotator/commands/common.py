"""Helpers shared by the sub-commands: opening a project with the right author."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from annotator.cli_language import message_text, translator
from annotator.domain import Article
from annotator.errors import AnnotatorError, ProjectError, ValidationError, msg
from annotator.services import ProjectService, verdict_scale
from annotator.services.session import command_presence, read_only_notice, read_only_reason
from annotator.user_settings import resolve_identity

tr = translator("commands.common")


def add_project_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="PROJECT", help=tr("the project file"))


def add_author_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--author",
        help=tr(
            "your name, recorded on what you change (default: $ANNOTATOR_AUTHOR or the name set "
            "in the window); mapped to a person as docs/CLI.md says"
        ),
    )


@contextmanager
def open_project(
    args: argparse.Namespace, *, create: bool = False, write: bool = False
) -> Iterator[ProjectService]:
    """Open PROJECT for a command, and close it afterwards, also on an error (a writing
    command's close checkpoints the WAL).

    A writing command registers its presence first, as a window does, so a Restore from
    Backup in a window is refused while it runs (and it waits for one that is running).
    """
    me = resolve_identity(getattr(args, "author", None))
    author, author_id = me.name or "unknown", me.id or None
    with command_presence(args.project, f"annotator {args.command}", enabled=write):
        if write or create:
            service = ProjectService.open(
                args.project, author, create=create, author_id=author_id,
                verdict_names=translator(verdict_scale.TRANSLATION_CONTEXT),
            )
        else:  # a read command changes no byte, header or mtime of the file
            service = ProjectService.open_for_reading(args.project, author, author_id)
        try:
            if not me.id and len(service.people_called(service.author)) > 1:
                raise ValidationError(
                    msg("Several people in {name} are called {author!r}; say which with --author "
                        "'NAME (SHORT-ID)' as `annotator list` shows it.", name=service.path.name,
                        author=service.author)
                )
            for notice in service.open_notices:
                print(f"annotator {args.command}: {message_text(notice)}", file=sys.stderr)
            if write and service.read_only:
                raise ProjectError(msg("{name} is read-only; nothing was changed.",
                                       name=service.path.name))
            if read_only_reason(service.path) is not None:  # reading is fine, but say so
                print(
                    f"annotator {args.command}: {message_text(read_only_notice(service.path))}",
                    file=sys.stderr,
                )
            yield service
        finally:
            service.close()


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def existing_article(project: ProjectService, article_id: str, where: object) -> Article:
    """The article `article_id`, or AnnotatorError "no article with id … in `where`"."""
    try:
        return project.article(article_id)
    except KeyError:
        raise AnnotatorError(msg("no article with id {article_id} in {where}",
                                 article_id=article_id, where=where)) from None
