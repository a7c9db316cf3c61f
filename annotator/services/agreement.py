"""Blind second review and inter-rater agreement on an article's verdicts.

A rater is the author of a claim. A second reviewer marks their own claims on the
same passages with their own verdicts, optionally blind (colleagues' verdicts hidden
until they reveal them). Claims of different raters are paired by overlapping spans.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from annotator.domain import Claim, Verdict
from annotator.domain.dates import utc_now
from annotator.exporters.bundle import AgreementSection
from annotator.review.agreement import (
    Rating,
    cohen_kappa,
    krippendorff_alpha,
    match_spans,
    percent_agreement,
)
from annotator.services.project import ProjectService
from annotator.storage.review_store import ReviewStore

# -- blind review ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewClaim:
    """A claim as a (possibly blind) reviewer sees it."""

    claim: Claim  # with verdict and explanation blanked when hidden
    own: bool
    hidden: bool


def start_blind_review(project: ProjectService, article_id: str) -> None:
    """Hide colleagues' verdicts on this article from the project's user until they reveal."""
    project.article(article_id)
    ReviewStore(project.store).start_blind(article_id, project.author, utc_now())


def reveal(project: ProjectService, article_id: str) -> None:
    ReviewStore(project.store).reveal(article_id, project.author, utc_now())


def is_blind(project: ProjectService, article_id: str, reviewer: str | None = None) -> bool:
    state = ReviewStore(project.store).blind_state(article_id, reviewer or project.author)
    return state is not None and not state[1]


def claims_for_review(
    project: ProjectService, article_id: str, reviewer: str | None = None, blind: bool | None = None
) -> list[ReviewClaim]:
    """The article's claims for `reviewer` (default: the project's user).

    When blind (default: the reviewer's recorded blind state), other raters' verdicts,
    explanations and notes are blanked: the spans stay visible so the reviewer can rate them.
    """
    reviewer = reviewer or project.author
    blind = is_blind(project, article_id, reviewer) if blind is None else blind
    result = []
    for claim in project.claims(article_id):
        own = claim.author == reviewer
        hidden = blind and not own
        shown = (
            dataclasses.replace(claim, verdict_id=None, explanation="", internal_note="")
            if hidden
            else claim
        )
        result.append(ReviewClaim(shown, own, hidden))
    return result


def rate_blind(
    project: ProjectService, claim_id: str, verdict_id: str | None, explanation: str = ""
) -> Claim:
    """Make the reviewer's own claim on the same passage as `claim_id`, with their own verdict."""
    original = project.claim(claim_id)
    return project.create_claim(
        original.article_id,
        original.start,
        original.end,
        verdict_id=verdict_id,
        explanation=explanation,
    )


# -- agreement ------------------------------------------------------------------------------


@dataclass
class Disagreement:
    start: int
    end: int
    quote: str
    verdicts: dict[str, str | None]  # rater -> verdict label (None: not rated / not marked)
    claim_ids: dict[str, str]


@dataclass
class AgreementReport:
    """Agreement between the raters of one article (or of the whole project)."""

    raters: list[str]
    units: int  # passages marked by anyone
    paired_units: int  # passages rated by at least two raters
    percent_agreement: float | None
    weighted_kappa_linear: float | None = None  # two raters, numeric verdicts
    weighted_kappa_quadratic: float | None = None
    alpha_ordinal: float | None = None  # numeric verdicts, any number of raters
    alpha_nominal: float | None = None  # all verdicts as categories
    disagreements: list[Disagreement] = field(default_factory=list)

    @property
    def coefficient(self) -> tuple[str, float | None]:
        """The headline coefficient: weighted kappa for two raters, ordinal alpha for more."""
        if len(self.raters) == 2:
            return "weighted_kappa_quadratic", self.weighted_kappa_quadratic
        return "alpha_ordinal", self.alpha_ordinal

    def as_dict(self) -> dict[str, Any]:
        name, value = self.coefficient
        return {
            **dataclasses.asdict(self),
            "coefficient": {"name": name, "value": value},
        }


def article_agreement(project: ProjectService, article_id: str) -> AgreementReport:
    return _agreement(project, {article_id: project.claims(article_id)})


def project_agreement(project: ProjectService) -> AgreementReport:
    """All articles pooled (passages never match across articles)."""
    grouped: dict[str, list[Claim]] = {}
    for claim in project.store.all_claims():
        grouped.setdefault(claim.article_id, []).append(claim)
    return _agreement(project, grouped)


def _agreement(
    project: ProjectService, claims_by_article: dict[str, list[Claim]]
) -> AgreementReport:
    verdicts = {v.id: v for v in project.verdicts()}
    units: list[tuple[str, dict[str, Rating]]] = []
    claims: dict[str, Claim] = {}
    for article_id, article_claims in claims_by_article.items():
        ratings = []
        for claim in article_claims:
            claims[claim.id] = claim
            ratings.append(Rating(claim.id, claim.author, claim.start, claim.end, claim.verdict_id))
        units.extend((article_id, unit) for unit in match_spans(ratings))
    raters = sorted({r for _, unit in units for r in unit}, key=str.casefold)
    numeric = sorted((v for v in verdicts.values() if v.value is not None), key=lambda v: v.value)  # type: ignore[arg-type, return-value]
    numeric_ids = [v.id for v in numeric]

    def values(unit: dict[str, Rating], keep: set[str] | None = None) -> list[Hashable | None]:
        return [
            unit[r].value if r in unit and (keep is None or unit[r].value in keep) else None
            for r in raters
        ]

    all_values = [values(unit) for _, unit in units]
    ordinal_values = [values(unit, set(numeric_ids)) for _, unit in units]
    report = AgreementReport(
        raters=raters,
        units=len(units),
        paired_units=sum(1 for v in all_values if sum(x is not None for x in v) >= 2),
        percent_agreement=percent_agreement(all_values),
        alpha_ordinal=krippendorff_alpha(ordinal_values, "ordinal", order=numeric_ids),
        alpha_nominal=krippendorff_alpha(all_values, "nominal"),
    )
    if len(raters) == 2:
        pairs = [(v[0], v[1]) for v in ordinal_values if v[0] is not None and v[1] is not None]
        report.weighted_kappa_linear = cohen_kappa(pairs, numeric_ids, "linear")
        report.weighted_kappa_quadratic = cohen_kappa(pairs, numeric_ids, "quadratic")
    for _, unit in units:
        rated = {r: unit[r].value for r in unit}
        if (
            len(unit) == len(raters)
            and len(set(rated.values())) == 1
            and None not in rated.values()
        ):
            continue
        first = min(unit.values(), key=lambda r: r.start)
        report.disagreements.append(
            Disagreement(
                start=min(r.start for r in unit.values()),
                end=max(r.end for r in unit.values()),
                quote=claims[first.item_id].exact,
                verdicts={
                    r: _label(verdicts.get(unit[r].value)) if r in unit else None for r in raters
                },  # type: ignore[arg-type]
                claim_ids={r: unit[r].item_id for r in unit},
            )
        )
    return report


def _label(verdict: Verdict | None) -> str | None:
    return verdict.label if verdict else None


COEFFICIENT_LABELS = {
    "weighted_kappa_quadratic": "weighted kappa (quadratic)",
    "alpha_ordinal": "Krippendorff's alpha (ordinal)",
}


def agreement_sections(project: ProjectService, article_ids: list[str]) -> list[AgreementSection]:
    """The report appendix: one section per article rated by two or more reviewers."""
    sections = []
    for article_id in article_ids:
        report = article_agreement(project, article_id)
        if len(report.raters) < 2:
            continue
        name, value = report.coefficient
        sections.append(
            AgreementSection(
                title=project.article(article_id).title,
                raters=list(report.raters),
                passages=report.units,
                compared=report.paired_units,
                percent=None if report.percent_agreement is None else 100 * report.percent_agreement,
                coefficient_label=COEFFICIENT_LABELS.get(name, name),
                coefficient=value,
                disagreements=[
                    (d.quote, [(rater, verdict or "not rated") for rater, verdict in d.verdicts.items()])
                    for d in report.disagreements
                ],
            )
        )
    return sections
