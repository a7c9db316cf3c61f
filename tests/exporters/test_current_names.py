"""A rename shows in every export: claims, sources and comments carry their authors' current
display names (the identity stays the same), not the name recorded when they were written."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.domain import ArticleDraft
from annotator.exporters import ExportOptions, build_bundle, export
from annotator.services import ProjectService
from annotator.services.review import add_comment

TEXT = "The minister said exports rose by 40 percent last year."


def test_a_rename_reaches_the_json_and_w3c_exports(tmp_path: Path) -> None:
    path = tmp_path / "names.annotator"
    project = ProjectService.open(path, "Alice")
    try:
        article = project.add_article(ArticleDraft(title="Exports", text=TEXT))
        start = TEXT.index("exports rose")
        claim = project.create_claim(article.id, start, start + len("exports rose by 40 percent"))
        project.add_source(claim.id, url="https://stats.example.org/t1", title="Trade table")
        add_comment(project, claim.id, "Check the base year.")
        project.rename_me("Alice Moreno")
        bundle = build_bundle(project, ExportOptions(include_drafts=True))
        export(bundle, "json", tmp_path / "out.json")
        export(bundle, "w3c", tmp_path / "out.jsonld")
    finally:
        project.close()
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    [article_out] = data["articles"]
    [claim_out] = article_out["claims"]
    assert claim_out["author"] == "Alice Moreno"
    assert [s["author"] for s in claim_out["sources"]] == ["Alice Moreno"]
    assert [c["author"] for c in claim_out["comments"]] == ["Alice Moreno"]
    w3c = json.loads((tmp_path / "out.jsonld").read_text(encoding="utf-8"))
    creators = {
        item["creator"]["name"] for item in w3c["first"]["items"] if "creator" in item
    }
    assert creators == {"Alice Moreno"}
