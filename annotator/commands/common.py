"""Helpers shared by the sub-commands: opening a project with the right author."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from annotator.app_settings import resolve_identity
from annotator.errors import ProjectError, ValidationError
from annotator.services import ProjectService
from annotator.services.session import read_only_notice


def add_project_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="PROJECT", help="the project file")


def add_author_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--author", help="your name, recorded on what you change (default: $ANNOTATOR_AUTHOR or the name set in the window); mapped to a person as docs/CLI.md says")


@contextmanager
def open_project(args: argparse.Namespace, *, create: bool = False, write: bool = False) -> Iterator[ProjectService]:
    """Open PROJECT for a command, and always close it (checkpointing the WAL) afterwards."""
    me = resolve_identity(getattr(args, "author", None))
    service = ProjectService.open(
        args.project, me.name or "unknown", create=create, author_id=me.id or None
    )
    try:
        if not me.id and len(service.people_called(service.author)) > 1:
            raise ValidationError(
                f"Several people in {service.path.name} are called {service.author!r}; "
                "say which with --author 'NAME (SHORT-ID)' as `annotator list` shows it."
            )
        if write and service.read_only:
            raise ProjectError(f"{service.path.name} is read-only; nothing was changed.")
        if service.read_only:  # reading is fine, but say so
            print(f"annotator {args.command}: {read_only_notice(service.path)}", file=sys.stderr)
        yield service
    finally:
        service.close()


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
