"""What an export reads from a project: the exporters' bundle (publishable claims only by
default: approved, with a current approval), plus the agreement appendix when asked."""

from __future__ import annotations

from annotator.exporters import ExportBundle, ExportOptions, build_bundle
from annotator.services.agreement import agreement_sections
from annotator.services.project import ProjectService
from annotator.services.publication import approval_check


def prepare_export(project: ProjectService, options: ExportOptions | None = None) -> ExportBundle:
    options = options or ExportOptions()
    bundle = build_bundle(project, options, approval_check(project))
    if options.agreement_appendix:
        bundle.agreement = agreement_sections(
            project, [entry.article.id for entry in bundle.articles]
        )
    return bundle
