"""Helpers of the editorial commands (claim, source, comment, review): look-ups that fail
with one line, and the JSON they print."""

from __future__ import annotations

import argparse
from typing import Any

from annotator.cli_language import translator
from annotator.commands.common import print_json
from annotator.domain import Claim
from annotator.errors import ValidationError, msg
from annotator.services import ProjectService
from annotator.services.listing import claim_listing

tr = translator("commands.editorial")


def existing_claim(project: ProjectService, claim_id: str) -> Claim:
    try:
        return project.claim(claim_id)
    except KeyError:
        raise ValidationError(msg("{name} has no claim {claim_id!r}.", name=project.path.name,
                                  claim_id=claim_id)) from None


def verdict_id(project: ProjectService, wanted: str) -> str | None:
    """A verdict given by label (any case) or id; an empty value means no verdict."""
    if not wanted.strip():
        return None
    found = project.verdict(wanted) or project.verdict_by_label(wanted)
    if found is None:
        labels = ", ".join(v.label for v in project.verdicts())
        raise ValidationError(msg("No verdict {wanted!r} on this project's scale ({labels}).",
                                  wanted=wanted, labels=labels))
    return found.id


def claim_data(project: ProjectService, claim_id: str) -> dict[str, Any]:
    claim = project.claim(claim_id)
    return claim_listing(
        project, claim, project.sources(claim_id), article=project.article(claim.article_id)
    )


def report_claim(
    project: ProjectService, args: argparse.Namespace, claim_id: str, done: str
) -> None:
    """Print the claim as JSON (--json) or one line saying what was done."""
    if getattr(args, "json", False):
        print_json(claim_data(project, claim_id))
        return
    claim = project.claim(claim_id)
    print(f"{done}\t{claim.id}\t{claim.status}")


def add_json_argument(parser: argparse.ArgumentParser, help_text: str = "") -> None:
    """--json, its help `help_text` (translated by the caller) or "print the claim as JSON"."""
    parser.add_argument(
        "--json", action="store_true", help=help_text or tr("print the claim as JSON (docs/CLI.md)")
    )
