"""What every exporter reads: the project as plain data, filtered and numbered once.

Exporters never touch SQL or widgets; `build_bundle` reads through the
`ProjectService` API and hands them an `ExportBundle`. Internal notes are
blanked here, so no exporter can leak one by mistake.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from annotator.domain import (
    UNRATED_COLOUR,
    AnchorState,
    Article,
    Claim,
    Comment,
    ReviewStatus,
    Source,
    Verdict,
)
from annotator.domain.capture import Capture
from annotator.domain.claim import report_order
from annotator.domain.dates import today, utc_now
from annotator.domain.source import PROTECTED_LABEL, redacted
from annotator.errors import ExportError, msg

if TYPE_CHECKING:
    from annotator.services import ProjectService

Named = TypeVar("Named", Claim, Source, Comment)
"""An item that records who wrote it (`author`, and `author_id` for the identity)."""
Changed = TypeVar("Changed", Claim, Source)
"""An item that records who changed it last (`modified_by`, and `modified_by_id`)."""

PUBLIC_SETTINGS = (
    "project_id",
    "organisation_name",
    "organisation_url",
    "report_url",
    "methodology",
    "corrections_policy",
)
"""Project settings an export may show; any other key in project_meta stays private."""


@dataclass(frozen=True)
class ExportOptions:
    """What to export. By default only approved claims (with a current approval) go out."""

    article_id: str | None = None  # None: every article of the project
    include_drafts: bool = False  # explicit opt-in: also claims not (or no longer) approved
    allow_incomplete: bool = False  # ClaimReview: write even without report URL or organisation
    csv_per_source: bool = False
    csv_bom: bool = True
    report_date: str = ""  # ISO date shown in reports and ClaimReview; default today
    agreement_appendix: bool = False  # reports: agreement between reviewers, per article
    language: str = "en"  # reports: the language of headings and labels (report_labels.py)

    @property
    def approved_only(self) -> bool:
        """True unless drafts were asked for (the safe default)."""
        return not self.include_drafts


@dataclass
class CitedSource(Source):
    """A source as exports show it: blanked if protected, with its capture's time and hash."""

    captured_at: str = ""
    capture_sha256: str = ""
    capture_url: str = ""

    @property
    def capture_short(self) -> str:
        return self.capture_sha256[:12]

    @property
    def protected_label(self) -> str:
        return PROTECTED_LABEL if self.protected else ""


_SOURCE_FIELDS = tuple(f.name for f in dataclasses.fields(Source))


def cite(source: Source, captures: dict[str, Capture]) -> CitedSource:
    """Redact a protected source (its capture goes too) and add its capture's details.

    Source is a plain dataclass (no __post_init__, no slots): its fields are copied as
    __init__ would set them, without the call (a tenth of a 10,000-source bundle)."""
    shown = redacted(source)
    cited = object.__new__(CitedSource)
    cited.__dict__.update({name: getattr(shown, name) for name in _SOURCE_FIELDS})
    found = captures.get(shown.capture_id)
    if found is None:
        cited.captured_at = cited.capture_sha256 = cited.capture_url = ""
    else:
        cited.captured_at = found.captured_at
        cited.capture_sha256 = found.sha256
        cited.capture_url = found.target_url
    return cited


@dataclass
class ClaimEntry:
    """One claim as exported: its report number, its verdict and its sources (in order)."""

    number: int
    claim: Claim
    verdict: Verdict | None
    sources: Sequence[Source] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)  # the review discussion, oldest first
    page: int | None = None  # the PDF page the quote is printed on, for citing it

    @property
    def orphaned(self) -> bool:
        return self.claim.anchor_state == AnchorState.ORPHANED

    @property
    def anchor(self) -> str:
        """The id of the claim's section in reports (`claim-N`)."""
        return f"claim-{self.number}"


@dataclass
class ArticleEntry:
    article: Article
    claims: list[ClaimEntry] = field(
        default_factory=list
    )  # placed claims in text order, then orphans

    @property
    def placed(self) -> list[ClaimEntry]:
        return [c for c in self.claims if not c.orphaned]

    @property
    def orphans(self) -> list[ClaimEntry]:
        return [c for c in self.claims if c.orphaned]


@dataclass(frozen=True)
class AgreementSection:
    """How far the reviewers of one article agreed, as plain data for a report appendix."""

    title: str
    raters: list[str]
    passages: int  # passages marked by anyone
    compared: int  # passages rated by at least two reviewers
    percent: float | None  # 0..100
    coefficient_label: str  # "weighted kappa" or "Krippendorff's alpha (ordinal)"
    coefficient: float | None
    disagreements: list[tuple[str, list[tuple[str, str]]]] = field(
        default_factory=list
    )  # quote, [(rater, verdict)]


@dataclass
class ExportBundle:
    settings: dict[str, str]
    verdicts: list[Verdict]
    articles: list[ArticleEntry]
    options: ExportOptions = field(default_factory=ExportOptions)
    report_date: str = ""
    generated: str = ""
    agreement: list[AgreementSection] = field(default_factory=list)  # the reports' appendix
    captures: dict[str, Capture] = field(default_factory=dict)  # what the exported items cite
    read_capture: Callable[[Capture], bytes] | None = None  # the bytes, for the WARC export
    # Ids of the approved claims in scope whose approval the bundle's approval check found not
    # current (kept only with drafts), in project order; None when it was built with the plain
    # status check, which knows no stale approvals (the checklist then asks the project).
    stale_approvals: list[str] | None = None

    def entries(self) -> Iterator[tuple[ArticleEntry, ClaimEntry]]:
        for article in self.articles:
            for entry in article.claims:
                yield article, entry

    @property
    def claim_count(self) -> int:
        return sum(len(a.claims) for a in self.articles)

    @property
    def unapproved_count(self) -> int:
        """Claims in the export that are not approved (only when drafts were asked for)."""
        return sum(1 for _, e in self.entries() if e.claim.status != ReviewStatus.APPROVED)

    def setting(self, key: str) -> str:
        return (self.settings.get(key) or "").strip()

    def verdict_counts(self) -> list[tuple[str, str, int]]:
        """(label, colour, count) for each verdict of the scale, then "Unrated" if any."""
        counts: dict[str | None, int] = {}
        for _, entry in self.entries():
            key = entry.verdict.id if entry.verdict else None
            counts[key] = counts.get(key, 0) + 1
        rows = [(v.label, v.colour, counts.get(v.id, 0)) for v in self.verdicts]
        if counts.get(None):
            rows.append(("Unrated", UNRATED_COLOUR, counts[None]))
        return rows

    def numeric_range(self) -> tuple[int, int] | None:
        """(worst, best) of the numeric scale for ClaimReview; None if it has no usable range."""
        values = [v.value for v in self.verdicts if v.value is not None]
        if not values:
            return None
        worst, best = max(1, min(values)), max(values)
        return (worst, best) if best > worst else None


ApprovalCheck = Callable[[Claim], bool]
"""True if a claim is approved and its approval still covers what it says now."""


def is_approved(claim: Claim) -> bool:
    return claim.status == ReviewStatus.APPROVED


def build_bundle(
    project: ProjectService,
    options: ExportOptions | None = None,
    approval_current: ApprovalCheck = is_approved,
) -> ExportBundle:
    """Read what `options` selects; number claims in text order across the report.

    `approval_current` decides which approved claims are publishable (services/reports.py
    passes the check that leaves out stale approvals)."""
    options = options or ExportOptions()
    article_ids = project.article_ids()
    if options.article_id is not None:
        if options.article_id not in article_ids:
            raise ExportError(
                msg("There is no article with id {article_id} in {name}.",
                    article_id=options.article_id, name=project.path.name)
            )
        article_ids = [options.article_id]
    verdicts = list(project.verdicts())
    from annotator.services import captures as capture_service

    all_captures = {c.id: c for c in capture_service.all_captures(project)}
    settings = project.settings()
    stale: list[str] = []
    articles = _article_entries(
        project, article_ids, options, approval_current, all_captures, stale
    )
    cited = _cited_captures(project, articles, all_captures)
    return ExportBundle(
        settings={k: settings[k] for k in PUBLIC_SETTINGS if k in settings},
        verdicts=verdicts,
        articles=articles,
        options=options,
        report_date=options.report_date or today(),
        generated=utc_now(),
        captures=cited,
        read_capture=lambda c: capture_service.capture_bytes(project, c),
        stale_approvals=None if approval_current is is_approved else stale,
    )


def _article_entries(
    project: ProjectService,
    article_ids: list[str],
    options: ExportOptions,
    approval_current: ApprovalCheck,
    all_captures: dict[str, Capture],
    stale: list[str],
) -> list[ArticleEntry]:
    """The kept claims of each article, in text order (orphans last), numbered across all;
    the ids of approved claims whose approval is not current are added to `stale`."""
    by_id = {v.id: v for v in project.verdicts()}
    sources = {
        claim_id: [cite(_current_names(project, s), all_captures) for s in items]
        for claim_id, items in project.sources_by_claim().items()
    }
    comments = {
        claim_id: [_current_name(project, c) for c in items]
        for claim_id, items in project.comments_by_claim().items()
    }
    articles: list[ArticleEntry] = []
    number = 0
    for article_id in article_ids:
        article = project.article(article_id)
        kept = _kept_claims(project, article_id, options, approval_current, stale)
        paged = any(block.page is not None for block in article.blocks)  # else no page_at
        entries = []
        for claim in report_order(kept):
            number += 1
            no_page = not paged or claim.anchor_state == AnchorState.ORPHANED
            entries.append(
                ClaimEntry(
                    number, claim, by_id.get(claim.verdict_id or ""), sources.get(claim.id, []),
                    comments=comments.get(claim.id, []),
                    page=None if no_page else article.page_at(claim.start),
                )  # fmt: skip
            )
        articles.append(ArticleEntry(article, entries))
    return articles


def _kept_claims(
    project: ProjectService,
    article_id: str,
    options: ExportOptions,
    approval_current: ApprovalCheck,
    stale: list[str],
) -> list[Claim]:
    """The article's approved claims with a current approval (every claim when drafts were
    asked for), internal notes blanked; its stale approvals added to `stale` (each claim is
    checked once, kept or not)."""
    kept = []
    for claim in project.claims(article_id):
        current = approval_current(claim)
        if not current and claim.status == ReviewStatus.APPROVED:
            stale.append(claim.id)
        if options.include_drafts or current:
            kept.append(_without_note(_current_names(project, claim)))
    return kept


def _without_note(claim: Claim) -> Claim:
    """A copy of `claim` with its internal note blanked. Claim is a plain dataclass (no
    __post_init__, no slots), so copying its fields is what `dataclasses.replace` would do,
    without calling __init__ again: a sixth of a 10,000-claim bundle went there."""
    copied = object.__new__(Claim)
    copied.__dict__.update(claim.__dict__)
    copied.internal_note = ""
    return copied


def _current_name(project: ProjectService, item: Named) -> Named:
    """The item with its author's (and last modifier's) current display name: a rename shows
    in every export; the recorded name stays when the file knows no identity for it."""
    name = project.display_name(item.author_id, item.author) if item.author_id else item.author
    return item if name == item.author else dataclasses.replace(item, author=name)


def _current_names(project: ProjectService, item: Changed) -> Changed:
    """`_current_name`, and the current display name of who changed it last."""
    item = _current_name(project, item)
    if not item.modified_by_id:
        return item
    name = project.display_name(item.modified_by_id, item.modified_by)
    return item if name == item.modified_by else dataclasses.replace(item, modified_by=name)


def _cited_captures(
    project: ProjectService, articles: list[ArticleEntry], known: dict[str, Capture]
) -> dict[str, Capture]:
    """The captures of the exported articles' versions and of their (unprotected) sources."""
    from annotator.services.captures import version_captures

    cited: dict[str, Capture] = {}
    for entry in articles:
        for found in version_captures(project, entry.article.id).values():
            cited[found.id] = found
        for claim_entry in entry.claims:
            for source in claim_entry.sources:
                if source.capture_id in known:
                    cited[source.capture_id] = known[source.capture_id]
    return cited
