"""Helpers shared by the sub-commands: opening a project with the right author."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from annotator.app_settings import resolve_author
from annotator.errors import ProjectError
from annotator.services import ProjectService
from annotator.services.session import command_presence, read_only_notice


def add_project_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="PROJECT", help="the project file")


def add_author_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--author", help="your name, recorded on what you change (default: $ANNOTATOR_AUTHOR or the name set in the window)")


@contextmanager
def open_project(args: argparse.Namespace, *, create: bool = False, write: bool = False) -> Iterator[ProjectService]:
    """Open PROJECT for a command, and always close it (checkpointing the WAL) afterwards.

    A writing command registers its presence first, as a window does, so a Restore from
    Backup in a window is refused while it runs (and it waits for one that is running).
    """
    author = resolve_author(getattr(args, "author", None)) or "unknown"
    with command_presence(args.project, f"annotator {args.command}", enabled=write):
        service = ProjectService.open(args.project, author, create=create)
        try:
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
