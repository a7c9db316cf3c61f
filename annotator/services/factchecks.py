"""The fact-check archive and "Already checked?": importing ClaimReview feeds, matching text
against the archive and the project's own approved claims, and reusing a match on a claim."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.domain import Claim
from annotator.domain.dates import utc_now, validate_partial_date
from annotator.domain.factcheck import FactCheck
from annotator.domain.source import is_safe_link
from annotator.errors import ValidationError
from annotator.matching.query import fts_query, search_text
from annotator.services.changes import Change, ChangeKind
from annotator.services.project import ProjectService
from annotator.storage.factcheck_store import FactCheckStore, ImportCounts, StoredFactCheck

DEFAULT_TOP = 5


@dataclass(frozen=True)
class Match:
    """One answer to "already checked?", best first."""

    factcheck: FactCheck
    score: float
    kind: str  # "factcheck" (imported) or "claim" (the project's own approved claim)
    factcheck_id: str = ""
    claim_id: str = ""
    article_id: str = ""

    def as_json(self) -> dict[str, object]:
        fc = self.factcheck
        data: dict[str, object] = {
            "url": fc.url, "claim": fc.claim_reviewed, "verdict": fc.verdict,
            "score": round(self.score, 4), "kind": self.kind, "organisation": fc.organisation,
            "date": fc.date_published,
        }  # fmt: skip
        if self.claim_id:
            data.update(claim_id=self.claim_id, article_id=self.article_id)
        return data


def archive(project: ProjectService) -> FactCheckStore:
    return FactCheckStore(project.store)


def import_factchecks(project: ProjectService, path: str | Path) -> ImportCounts:
    """Read a ClaimReview file into the archive in one transaction; the same file twice adds
    nothing."""
    from annotator.importers.claimreview_feed import read_factchecks  # loaded with an import

    records = read_factchecks(path)
    items = [(record, search_text(record)) for record in records]
    counts = archive(project).upsert(
        items, source_file=Path(path).name, author=project.author, now=utc_now()
    )
    if counts.added or counts.updated:
        project.changes.notify(Change(ChangeKind.RELOADED))
    return counts


def list_factchecks(
    project: ProjectService, query: str = "", limit: int = 200
) -> list[StoredFactCheck]:
    """The archive for the Fact-Checks panel, newest first; `query` keeps those with any of its
    words."""
    expression = fts_query(query) if query.strip() else ""
    if query.strip() and not expression:
        return []
    return archive(project).listing(expression, limit)


class Matcher:
    """Matches texts against one open project's archive; reuse it for many queries."""

    def __init__(self, project: ProjectService) -> None:
        self.store = archive(project)

    def match(self, text: str, top: int = DEFAULT_TOP) -> list[Match]:
        expression = fts_query(text)
        if not expression or top <= 0:
            return []
        hits = self.store.search_index(expression, top)
        return [
            Match(h.factcheck, h.score, "claim" if h.claim_id else "factcheck", h.factcheck_id,
                  h.claim_id, h.article_id)
            for h in hits
        ]  # fmt: skip


def match(project: ProjectService, text: str, top: int = DEFAULT_TOP) -> list[Match]:
    return Matcher(project).match(text, top)


@dataclass(frozen=True)
class Reuse:
    """What reusing a match did: the claim before, the source added (if any), and in words."""

    before: Claim
    source_id: str | None
    done: list[str]


def reuse_match(project: ProjectService, claim_id: str, found: Match) -> Reuse:
    """Copy a match's verdict onto a claim, add the fact-check as a source, and note where the
    verdict came from in the claim's internal note (so the history shows it). One transaction."""
    fc = found.factcheck
    done: list[str] = []
    source_id = None
    with project.store.transaction():
        claim = project.claim(claim_id)
        verdict = project.verdict_by_label(fc.verdict) if fc.verdict else None
        note = _provenance(fc, found.kind, verdict is not None)
        changes: dict[str, object] = {"internal_note": _append(claim.internal_note, note)}
        if verdict is not None:
            changes["verdict_id"] = verdict.id
            done.append(f"verdict set to {verdict.label}")
        elif fc.verdict:
            done.append(f"verdict {fc.verdict!r} is not on this project's scale; left unchanged")
        project.update_claim(claim_id, **changes)
        if fc.url and is_safe_link(fc.url) and fc.url.startswith(("http://", "https://")):
            if all(s.url != fc.url for s in project.sources(claim_id)):
                source_id = project.add_source(
                    claim_id, url=fc.url, title=fc.headline or fc.claim_reviewed,
                    publisher=fc.organisation, source_date=_partial_date(fc.date_published),
                    kind="secondary", stance="context",
                ).id  # fmt: skip
                done.append("fact-check added as a source")
        elif not fc.url:
            done.append("the match has no URL, so no source was added")
    return Reuse(claim, source_id, done)


def _provenance(fc: FactCheck, kind: str, copied: bool) -> str:
    who = fc.organisation or ("this project" if kind == "claim" else "another fact-checker")
    what = f"Verdict {fc.verdict!r} reused" if copied else "Matched"
    when = f" ({fc.date_published})" if fc.date_published else ""
    return f"{what} from {who}{when}: {fc.url or fc.claim_reviewed}"


def _append(note: str, line: str) -> str:
    return f"{note.rstrip()}\n{line}" if note.strip() else line


def _partial_date(value: str) -> str:
    try:
        return validate_partial_date(value)
    except ValidationError:
        return ""

