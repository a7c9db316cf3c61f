"""Import annotations made elsewhere (W3C Web Annotation, Hypothesis) as claims of a project.

Each annotation is anchored in the article it names (by URL or urn:uuid: id),
else in the article where its quote is found, with the same re-anchoring logic
used after an article changes. Creator and dates are kept. Nothing is dropped
silently: an annotation whose article is known but whose quote is not found
becomes an orphaned claim of that article, and one with no article at all is
listed in the report.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from annotator.anchoring.reanchor import Placement
from annotator.domain import AnchorState, Article, Claim, ReviewStatus
from annotator.domain.dates import validate_partial_date
from annotator.errors import ValidationError, joined_messages, msg
from annotator.interchange import ForeignAnnotation, ForeignSource, load_annotations
from annotator.services.project import ProjectService


@dataclass(frozen=True)
class ImportProblem:
    annotation_id: str
    quote: str
    reason: str

    def __str__(self) -> str:
        return f"{self.quote!r} ({self.annotation_id or 'no id'}): {self.reason}"


@dataclass
class AnnotationImportReport:
    path: str
    total: int = 0
    imported: list[str] = field(
        default_factory=list
    )  # ids of the claims created (orphans included)
    orphaned: list[ImportProblem] = field(
        default_factory=list
    )  # created, but not placed in the text
    unanchored: list[ImportProblem] = field(
        default_factory=list
    )  # no matching article: not created
    skipped: list[ImportProblem] = field(default_factory=list)  # already in the project
    warnings: list[str] = field(default_factory=list)

    @property
    def imported_count(self) -> int:
        return len(self.imported)

    def summary(self) -> str:
        parts: list[str] = [
            msg("Imported {count} of {total} annotations from {name}",
                count=self.imported_count, total=self.total, name=Path(self.path).name)
        ]
        if self.orphaned:
            parts.append(msg("{count} could not be placed in the text and are marked orphaned",
                             count=len(self.orphaned)))
        if self.unanchored:
            parts.append(msg("{count} match no article and were not imported",
                             count=len(self.unanchored)))
        if self.skipped:
            parts.append(msg("{count} were already in the project", count=len(self.skipped)))
        return msg("{text}.", text=joined_messages(parts, "; "))  # fmt: skip


def normalise_url(url: str) -> str:
    """Compare article URLs loosely: scheme, case of the host, fragment and a trailing / ignored."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return urlunsplit(("", host, path, parts.query, ""))


def same_words(a: str, b: str) -> bool:
    """Equal but for whitespace (line breaks, runs of spaces, no-break spaces in Hypothesis
    quotes)."""
    return a.split() == b.split()


def _uuid_from_urn(identifier: str) -> str | None:
    value = identifier.removeprefix("urn:uuid:")
    if value == identifier:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


class _Anchorer:
    """Finds the article and span of a foreign annotation."""

    def __init__(self, project: ProjectService) -> None:
        from annotator.anchoring.reanchor import locate

        self._locate = locate
        self.articles: list[Article] = [project.article(i) for i in project.article_ids()]
        self._by_url = {normalise_url(a.url): a for a in self.articles if a.url}
        self._by_id = {a.id: a for a in self.articles}
        self._learned: dict[str, Article] = {}

    def learn_targets(self, records: list[ForeignAnnotation]) -> None:
        """Map each target the project does not know (an article without a URL, exported from
        another project file) to the article where its annotations' quotes are found, or
        else to the one article with its title; so its orphans are kept there too."""
        votes: dict[str, dict[str, int]] = {}
        titles: dict[str, str] = {}
        for record in records:
            if not record.target_source or self._known(record.target_source) is not None:
                continue
            titles.setdefault(record.target_source, record.document_title)
            found = self.search(record)
            if found is not None:
                counted = votes.setdefault(record.target_source, {})
                counted[found[0].id] = counted.get(found[0].id, 0) + 1
        for target, title in titles.items():
            tally = votes.get(target)
            if tally:
                self._learned[target] = self._by_id[max(tally, key=tally.__getitem__)]
                continue
            named = [a for a in self.articles if title and a.title.strip() == title.strip()]
            if len(named) == 1:
                self._learned[target] = named[0]

    def _known(self, target: str) -> Article | None:
        article_id = _uuid_from_urn(target)
        if article_id and article_id in self._by_id:
            return self._by_id[article_id]
        return self._by_url.get(normalise_url(target))

    def article_for(self, target: str) -> Article | None:
        if not target:
            return None
        return self._known(target) or self._learned.get(target)

    def place(self, article: Article, record: ForeignAnnotation) -> tuple[int, int] | None:
        text = article.text
        if not record.exact:
            if record.start is not None and record.end is not None and record.end <= len(text):
                return record.start, record.end
            return None
        placement = self._locate(text, record.exact, record.prefix, record.suffix, record.start)
        return _span(placement)

    def search(self, record: ForeignAnnotation) -> tuple[Article, int, int] | None:
        """The article whose text holds the quote best (an exact match wins)."""
        best: tuple[float, Article, int, int] | None = None
        for article in self.articles:
            if not record.exact:
                break
            placement = self._locate(article.text, record.exact, record.prefix, record.suffix, None)
            span = _span(placement)
            if placement is None or span is None:
                continue
            score = float(placement.confidence) + (1.0 if placement.exact == record.exact else 0.0)
            if best is None or score > best[0]:
                best = (score, article, *span)
        return None if best is None else best[1:]


def _span(placement: Placement | None) -> tuple[int, int] | None:
    """Where the placement put the quote, unless it found no place for it."""
    if placement is None or placement.start is None or placement.end is None:
        return None
    if str(placement.state) == AnchorState.ORPHANED:
        return None
    return placement.start, placement.end


def import_annotations(project: ProjectService, path: str | Path) -> AnnotationImportReport:
    """Read `path` and add its annotations as claims (in one transaction)."""
    records = load_annotations(path)
    report = AnnotationImportReport(path=str(path), total=len(records))
    anchorer = _Anchorer(project)
    claims = [r for r in records if r.motivation != "replying"]
    anchorer.learn_targets(claims)
    with project.store.transaction():
        for record in claims:
            _import_one(project, anchorer, record, report)
        for record in records:
            if record.motivation == "replying":
                _import_reply(project, record, report)
    return report


def _import_reply(
    project: ProjectService, record: ForeignAnnotation, report: AnnotationImportReport
) -> None:
    """A `replying` annotation becomes a comment on its claim (author and dates kept)."""
    from annotator.domain import Comment
    from annotator.storage.review_store import ReviewStore

    reviews = ReviewStore(project.store)
    comment_id = _uuid_from_urn(record.id) or str(uuid.uuid4())
    claim_id = _uuid_from_urn(record.reply_claim) or ""
    parent_id = _uuid_from_urn(record.reply_to)
    parent_id = None if parent_id == claim_id else parent_id
    label = record.explanation[:60] or record.id
    if reviews.get_comment(comment_id) is not None:
        report.skipped.append(ImportProblem(record.id, label, "already in the project"))
        return
    if not record.explanation.strip() or project.store.get_claim(claim_id) is None:
        report.unanchored.append(
            ImportProblem(record.id, label, "a reply to a claim that is not in the project")
        )
        return
    if parent_id is not None and reviews.get_comment(parent_id) is None:
        parent_id = None  # the comment it answered is gone: keep the reply as a comment
    created = record.created or project.claim(claim_id).created
    reviews.insert_comment(
        Comment(
            id=comment_id, claim_id=claim_id, body=record.explanation, parent_id=parent_id,
            resolved=record.resolved, author=record.creator or project.author, created=created,
            modified=record.modified or created,
            author_id=project.identity_for(record.creator or project.author),
        ),  # fmt: skip
        record.creator or project.author,
        project.identity_for(record.creator or project.author),
    )


def _import_one(
    project: ProjectService,
    anchorer: _Anchorer,
    record: ForeignAnnotation,
    report: AnnotationImportReport,
) -> None:
    claim_id = _uuid_from_urn(record.id)
    if claim_id and project.find_claim(claim_id) is not None:
        report.skipped.append(_problem(record, "already in the project"))
        return
    if not record.exact and record.start is None:
        why = "a note on the whole page, with no quote or position to anchor"
        report.unanchored.append(_problem(record, why))
        return
    article, span = _locate(anchorer, record)
    if article is None:
        target = record.target_source or "no document"
        why = f"no article of the project is {target} or holds this quote"
        report.unanchored.append(_problem(record, why))
        return
    fields = _claim_fields(project, record, report)
    claim = _anchored_claim(project, article, span, claim_id, fields, record, report)
    creator = record.creator or claim.author
    created = record.created or claim.created
    claim = dataclasses.replace(
        claim,
        author=creator,
        author_id=project.identity_for(creator),
        created=created,
        modified=record.modified or created,
        modified_by=record.modified_by or creator,
        modified_by_id=project.identity_for(record.modified_by or creator),
    )
    project.put_claim(claim)
    for source in record.sources:
        _add_source(project, claim, source, record, report)
    approved = ReviewStatus.APPROVED
    if fields.get("status") == approved and project.claim(claim.id).status != approved:
        report.warnings.append(
            f"{record.description!r}: marked approved in the file, imported as ready for review "
            "(an approval is only granted by a review in the project; see its history)."
        )
    report.imported.append(claim.id)


def _problem(record: ForeignAnnotation, why: str) -> ImportProblem:
    return ImportProblem(record.id, record.description, why)


def _locate(
    anchorer: _Anchorer, record: ForeignAnnotation
) -> tuple[Article | None, tuple[int, int] | None]:
    """The article the annotation is on (named, else found by its quote) and its span there."""
    article = anchorer.article_for(record.target_source)
    if article is not None:
        return article, anchorer.place(article, record)
    found = anchorer.search(record)
    if found is None:
        return None, None
    article, start, end = found
    return article, (start, end)


def _anchored_claim(
    project: ProjectService,
    article: Article,
    span: tuple[int, int] | None,
    claim_id: str | None,
    fields: dict[str, object],
    record: ForeignAnnotation,
    report: AnnotationImportReport,
) -> Claim:
    """The new claim at `span`, or an orphan at the record's position when its quote is gone."""
    if span is not None:
        claim = project.create_claim(article.id, span[0], span[1], id=claim_id, **fields)
        same = not record.exact or same_words(claim.exact, record.exact)
        state = AnchorState.EXACT if same else AnchorState.CHANGED
        return dataclasses.replace(
            claim, original_exact=record.exact or claim.exact, anchor_state=state
        )
    claim = project.create_claim(article.id, 0, len(article.text), id=claim_id, **fields)
    hint = min(record.start or 0, len(article.text))
    report.orphaned.append(_problem(record, f"quote not found in {article.title!r}"))
    return dataclasses.replace(
        claim, start=hint, end=hint, exact=record.exact, prefix=record.prefix, suffix=record.suffix,
        original_exact=record.exact, anchor_state=AnchorState.ORPHANED,
    )  # fmt: skip


def _claim_fields(
    project: ProjectService, record: ForeignAnnotation, report: AnnotationImportReport
) -> dict[str, object]:
    tags = list(record.tags)
    verdict = None
    if record.verdict_label:
        verdict = project.verdict_by_label(record.verdict_label)
        if verdict is None:
            report.warnings.append(
                f"{record.description!r}: the verdict {record.verdict_label!r} is not on this "
                "project's scale; imported without a verdict."
            )
    elif record.origin == "hypothesis":
        # Hypothesis has no verdicts; checkers often tag with one ("False").
        for tag in tags:
            verdict = project.verdict_by_label(tag)
            if verdict is not None:
                tags.remove(tag)
                break
    claim_date = record.claim_date
    try:
        claim_date = validate_partial_date(claim_date)
    except ValidationError:
        report.warnings.append(
            f"{record.description!r}: claim date {claim_date!r} is not a date; left empty."
        )
        claim_date = ""
    try:
        status = ReviewStatus(record.status) if record.status else ReviewStatus.DRAFT
    except ValueError:
        status = ReviewStatus.DRAFT
    return {
        "claim_reviewed": record.claim_reviewed,
        "claimant": record.claimant,
        "claim_date": claim_date,
        "verdict_id": verdict.id if verdict else None,
        "explanation": record.explanation,
        "tags": tags,
        "status": status,
    }


def _add_source(
    project: ProjectService,
    claim: Claim,
    source: ForeignSource,
    record: ForeignAnnotation,
    report: AnnotationImportReport,
) -> None:
    values = {
        name: getattr(source, name)
        for name in ("url", "title", "publisher", "source_author", "source_date", "accessed",
                     "archive_url", "excerpt", "locator", "kind", "stance")
        if getattr(source, name)
    }  # fmt: skip
    try:
        stored = project.add_source(claim.id, **values)
    except ValidationError as first_error:
        # Keep the link even if a detail (a date, the archive URL, the kind) is not acceptable.
        essential = {
            k: v
            for k, v in values.items()
            if k in ("url", "title", "publisher", "excerpt", "locator")
        }
        try:
            stored = project.add_source(claim.id, **essential)
        except ValidationError as error:
            report.warnings.append(
                f"{record.description!r}: source {source.url!r} not kept: {error}"
            )
            return
        report.warnings.append(
            f"{record.description!r}: source {source.url!r}: {first_error} (that detail was left "
            "out)"
        )
    creator = source.creator or record.creator or stored.author
    created = source.created or record.created or stored.created
    project.put_source(
        dataclasses.replace(
            stored,
            author=creator,
            author_id=project.identity_for(creator),
            created=created,
            modified=source.modified or created,
            modified_by=creator,
            modified_by_id=project.identity_for(creator),
        )
    )
