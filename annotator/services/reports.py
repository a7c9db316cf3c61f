"""What an export reads from a project: the exporters' bundle, plus the agreement appendix when asked."""

from __future__ import annotations

from annotator.exporters import ExportBundle, ExportOptions, build_bundle
from annotator.services.agreement import agreement_sections
from annotator.services.project import ProjectService


def prepare_export(project: ProjectService, options: ExportOptions | None = None) -> ExportBundle:
    options = options or ExportOptions()
    bundle = build_bundle(project, options)
    if options.agreement_appendix:
        bundle.agreement = agreement_sections(project, [entry.article.id for entry in bundle.articles])
    return bundle
