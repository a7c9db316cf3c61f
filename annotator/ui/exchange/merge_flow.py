"""File → Merge Colleague's Project…: choose the file, merge, say what happened.

The merge itself is atomic (services.merge): a refused file leaves the project untouched
and its message names the file. The dialogs are module functions a test can replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotator.domain import Claim
from annotator.errors import AnnotatorError
from annotator.services import ProjectService
from annotator.services.field_swap import changed_fields
from annotator.services.merge import MergeReport, merge_projects
from annotator.ui.common import dialogs
from annotator.ui.common.i18n import mark, translated_error, translator
from annotator.ui.project.files_controller import project_filter

tr = translator("exchange.merge_flow")

TITLE = mark("Merge Colleague's Project")


def ask_other_project(parent: QWidget | None) -> str | None:
    """The colleague's project file, or None if the user cancels."""
    path, _ = QFileDialog.getOpenFileName(parent, tr(TITLE), str(Path.home()), project_filter())
    return path or None


def show_summary(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, tr(TITLE), text)


def show_error(parent: QWidget | None, text: str) -> None:
    dialogs.show_error(parent, tr(TITLE), text)


def _plural(count: int, kind: str) -> str:
    """'3 claims': a count of one kind of merged item, in the interface's language."""
    texts = {
        "article": tr("%n article(s)", n=count), "claim": tr("%n claim(s)", n=count),
        "source": tr("%n source(s)", n=count), "comment": tr("%n comment(s)", n=count),
        "rating": tr("%n rating(s)", n=count), "adjudication": tr("%n adjudication(s)", n=count),
        "verdict": tr("%n verdict(s)", n=count), "factcheck": tr("%n fact-check(s)", n=count),
        "conflict": tr("%n conflict(s)", n=count),
        "damaged item": tr("%n damaged item(s)", n=count),
    }  # fmt: skip
    return texts.get(kind, f"{count} {kind}{'' if count == 1 else 's'}")


CLAIMS_LISTED = 25
FIELD_NAMES = {
    "verdict_id": mark("verdict"), "claim_reviewed": mark("claim as checked"),
    "internal_note": mark("internal note"), "start": mark("position"), "end": mark("position"),
    "exact": mark("quote"), "status": mark("review status"),
}  # fmt: skip


def all_claims(service: ProjectService) -> dict[str, Claim]:
    return {
        claim.id: claim
        for article_id in service.article_ids()
        for claim in service.claims(article_id)
    }


def claim_changes(before: dict[str, Claim], after: dict[str, Claim]) -> list[str]:
    """One line per claim the merge added, removed or changed, saying what changed."""
    lines = []
    for claim_id, claim in after.items():
        old = before.get(claim_id)
        if old is None:
            lines.append(tr("“{quote}”: added").format(quote=_short(claim.exact)))
            continue
        fields = [
            f for f in changed_fields(old, claim) if f not in ("anchor_state", "prefix", "suffix")
        ]
        if fields:
            names = list(dict.fromkeys(tr(FIELD_NAMES.get(f, f.replace("_", " "))) for f in fields))
            lines.append(
                tr("“{quote}”: {fields} changed").format(
                    quote=_short(claim.exact), fields=", ".join(names)
                )
            )
    lines += [
        tr("“{quote}”: deleted").format(quote=_short(claim.exact))
        for claim_id, claim in before.items()
        if claim_id not in after
    ]
    if len(lines) > CLAIMS_LISTED:
        lines = [
            *lines[:CLAIMS_LISTED],
            tr("… and %n more claim(s)", n=len(lines) - CLAIMS_LISTED),
        ]
    return lines


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:49] + "…"


def summary_text(report: MergeReport, changes: list[str] | None = None) -> str:
    """What the merge did, in a sentence or two a person reads at a glance, then each claim it
    changed."""
    name = Path(report.other).name
    if not report.changed_anything:
        return tr("Nothing new in {name}: your project already has everything in it.").format(
            name=name
        )
    parts = [
        tr("%n added", n=report.added),
        tr("%n updated", n=report.updated),
        tr("%n deleted", n=report.deleted),
        tr("%n unchanged", n=report.unchanged),
    ]
    lines = [tr("Merged {name}: {join}.").format(name=name, join=", ".join(parts))]
    kinds = [
        _plural(per_kind[action], kind)
        for kind, per_kind in report.counts.items()
        for action in ("added",)
        if per_kind[action]
    ]
    if kinds:
        lines.append(tr("New: {join}.").format(join=", ".join(kinds)))
    if report.conflicts:
        lines.append(
            tr(
                "{plural}: changed on both sides. Open the Conflicts panel to keep "
                "yours, theirs, or edit the result."
            ).format(plural=_plural(report.conflicts, "conflict"))
        )
    else:
        lines.append(tr("No conflicts."))
    if report.skipped:
        lines.append(
            tr("{plural} in {name} could not be placed and were skipped.").format(
                plural=_plural(report.skipped, "damaged item"), name=name
            )
        )
    if changes:
        lines += ["", tr("Claims changed:"), *changes]
    return "\n".join(lines)


def merge_colleague_project(
    parent: QWidget | None,
    service: ProjectService,
    path: str | Path | None = None,
    *,
    undo_note: str = "",
) -> MergeReport | None:
    """Ask for the file (unless given), merge it, and report; None if cancelled or refused.

    The caller flushes pending typing first and clears its undo stack afterwards when the
    report changed anything (undo history may refer to rows the merge replaced).
    """
    chosen = str(path) if path is not None else ask_other_project(parent)
    if not chosen:
        return None
    name = Path(chosen).name
    if service.read_only:
        refusal = tr("{name} is open read-only; nothing can be merged into it.")
        show_error(parent, refusal.format(name=service.path.name))
        return None
    try:
        same = Path(chosen).resolve() == service.path.resolve()
    except OSError:
        same = False
    if same:
        refusal = tr("{name} is the project you have open; choose a colleague's copy.")
        show_error(parent, refusal.format(name=name))
        return None
    before = all_claims(service)
    try:
        report = merge_projects(service, chosen)
    except AnnotatorError as error:
        message = translated_error(error)
        show_error(
            parent,
            message
            if name in message
            else tr("Could not merge {name}: {message}").format(name=name, message=message),
        )
        return None
    text = summary_text(report, claim_changes(before, all_claims(service)))
    if report.changed_anything and undo_note:
        text += f"\n\n{undo_note}"
    show_summary(parent, text)
    return report
