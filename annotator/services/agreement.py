"""Blind second review and inter-rater agreement on an article's verdicts.

A rater is whoever set a verdict: the person who set a claim's verdict (not necessarily its
author), and each named rater of a blind second review, whose verdicts are stored as ratings
of the same claim (services/ratings.py). Agreement is computed per passage from those ratings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotator.domain import Claim, Verdict
from annotator.domain.dates import utc_now
from annotator.domain.rating import Rating as RatingRecord
from annotator.services.project import ProjectService
from annotator.services.ratings import passage_ratings, rate
from annotator.storage.review_store import ReviewStore

if TYPE_CHECKING:  # the statistics and the report's section load when an agreement is computed
    from annotator.exporters.bundle import AgreementSection

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
    project.remember_me()
    ReviewStore(project.store).start_blind(
        article_id, project.author_id, project.author, utc_now()
    )


def reveal(project: ProjectService, article_id: str) -> None:
    project.remember_me()
    ReviewStore(project.store).reveal(article_id, project.author_id, project.author, utc_now())


def is_blind(project: ProjectService, article_id: str, reviewer_id: str | None = None) -> bool:
    """Whether the person (default: the project's user) rates the article blind right now."""
    state = ReviewStore(project.store).blind_state(article_id, reviewer_id or project.author_id)
    return state is not None and not state[1]


def claims_for_review(
    project: ProjectService,
    article_id: str,
    reviewer_id: str | None = None,
    blind: bool | None = None,
) -> list[ReviewClaim]:
    """The article's claims for the person `reviewer_id` (default: the project's user).

    When blind (default: the reviewer's recorded blind state), other raters' verdicts,
    explanations and notes are blanked: the spans stay visible so the reviewer can rate them.
    """
    reviewer_id = reviewer_id or project.author_id
    blind = is_blind(project, article_id, reviewer_id) if blind is None else blind
    result = []
    for claim in project.claims(article_id):
        own = claim.author_id == reviewer_id
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
) -> RatingRecord:
    """The reviewer's own rating of a colleague's passage: stored as a rating, never as a claim."""
    return rate(project, claim_id, verdict_id, explanation)


# -- agreement ------------------------------------------------------------------------------


@dataclass
class Disagreement:
    start: int
    end: int
    quote: str
    verdicts: dict[str, str | None]  # rater -> verdict label (None: this rater did not rate it)
    claim_ids: dict[str, str]  # rater -> the claim they rated (one passage: the same claim)
    claim_id: str = ""


@dataclass
class AgreementReport:
    """Agreement between the raters of one article (or of the whole project)."""

    raters: list[str]
    units: int  # passages (claims) with at least one rating
    paired_units: int  # passages rated by at least two raters
    percent_agreement: float | None
    weighted_kappa_linear: float | None = None  # two raters, numeric verdicts
    weighted_kappa_quadratic: float | None = None
    alpha_ordinal: float | None = None  # numeric verdicts, any number of raters
    alpha_nominal: float | None = None  # all verdicts as categories
    disagreements: list[Disagreement] = field(default_factory=list)  # rated by 2+, not all alike

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
    return _agreement(project, project.claims(article_id))


def project_agreement(project: ProjectService) -> AgreementReport:
    """All articles pooled (each claim is one passage)."""
    return _agreement(project, project.store.all_claims())


def _agreement(project: ProjectService, claims: list[Claim]) -> AgreementReport:
    from annotator.review.agreement import cohen_kappa, krippendorff_alpha, percent_agreement

    verdicts = {v.id: v for v in project.verdicts()}
    passages = [p for p in passage_ratings(project, claims) if p.ratings]
    raters = sorted({r for p in passages for r in p.ratings}, key=str.casefold)
    numeric = sorted((v for v in verdicts.values() if v.value is not None), key=lambda v: v.value)  # type: ignore[arg-type, return-value]
    numeric_ids = [v.id for v in numeric]

    def values(
        ratings: dict[str, str | None], keep: set[str] | None = None
    ) -> list[Hashable | None]:
        return [
            ratings.get(r) if keep is None or ratings.get(r) in keep else None for r in raters
        ]

    all_values = [values(p.ratings) for p in passages]
    ordinal_values = [values(p.ratings, set(numeric_ids)) for p in passages]
    report = AgreementReport(
        raters=raters,
        units=len(passages),
        paired_units=sum(1 for v in all_values if sum(x is not None for x in v) >= 2),
        percent_agreement=percent_agreement(all_values),
        alpha_ordinal=krippendorff_alpha(ordinal_values, "ordinal", order=numeric_ids),
        alpha_nominal=krippendorff_alpha(all_values, "nominal"),
    )
    if len(raters) == 2:
        pairs = [(v[0], v[1]) for v in ordinal_values if v[0] is not None and v[1] is not None]
        report.weighted_kappa_linear = cohen_kappa(pairs, numeric_ids, "linear")
        report.weighted_kappa_quadratic = cohen_kappa(pairs, numeric_ids, "quadratic")
    for passage in passages:
        rated = {r: v for r, v in passage.ratings.items() if v is not None}
        if len(rated) < 2 or len(set(rated.values())) == 1:
            continue  # one rater, or everyone agreed: nothing to reconcile
        claim = passage.claim
        report.disagreements.append(
            Disagreement(
                start=claim.start,
                end=claim.end,
                quote=claim.exact,
                verdicts={r: _label(verdicts.get(passage.ratings.get(r) or "")) for r in raters},
                claim_ids={r: claim.id for r in passage.ratings},
                claim_id=claim.id,
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
    from annotator.exporters.bundle import AgreementSection

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
                percent=None
                if report.percent_agreement is None
                else 100 * report.percent_agreement,
                coefficient_label=COEFFICIENT_LABELS.get(name, name),
                coefficient=value,
                disagreements=[
                    (
                        d.quote,
                        [(rater, verdict or "not rated") for rater, verdict in d.verdicts.items()],
                    )
                    for d in report.disagreements
                ],
            )
        )
    return sections
