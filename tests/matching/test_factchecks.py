"""The fact-check archive: reading ClaimReview feeds, re-import, matching, reusing a match."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from annotator.cli import main
from annotator.domain import ArticleDraft
from annotator.errors import FactCheckImportError
from annotator.importers.claimreview_feed import read_factchecks
from annotator.services import ProjectService
from annotator.services.factchecks import import_factchecks, list_factchecks, match, reuse_match
from annotator.services.review import approve, submit_for_review
from tests.approval_helpers import approve_as_colleague

REVIEW = {
    "@context": "https://schema.org", "@type": "ClaimReview",
    "url": "https://factcheck.example/vaccine-microchip/",
    "claimReviewed": "Covid vaccines contain microchips that track people",
    "headline": "No, vaccines do not contain microchips",
    "datePublished": "2021-05-02T10:00:00Z",
    "author": {"@type": "Organization", "name": "Example Checks", "url": "https://factcheck.example/"},
    "reviewRating": {"@type": "Rating", "alternateName": "False"},
    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Blogger"},
                     "datePublished": "2021-04-30",
                     "appearance": [{"@type": "CreativeWork", "url": "https://blog.example/post"}]},
}  # fmt: skip
OTHER = {
    "@type": "ClaimReview", "url": "https://factcheck.example/bridge-collapse",
    "claimReviewed": "The Golden Gate bridge collapsed in an earthquake last week",
    "author": {"name": "Example Checks"}, "reviewRating": {"alternateName": "Pants on fire"},
}  # fmt: skip


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "layout",
    ["object", "list", "graph", "jsonl", "datafeed"],
)
def test_every_json_ld_layout_gives_the_same_fact_checks(tmp_path, layout):
    text = {
        "object": json.dumps(REVIEW),
        "list": json.dumps([REVIEW, OTHER]),
        "graph": json.dumps({"@context": "https://schema.org", "@graph": [REVIEW, OTHER]}),
        "jsonl": json.dumps(REVIEW) + "\n\n" + json.dumps(OTHER) + "\n",
        "datafeed": json.dumps(
            {"@type": "DataFeed", "dataFeedElement": [{"item": [REVIEW]}, {"item": OTHER}]}
        ),
    }[layout]
    found = read_factchecks(write(tmp_path, "feed.json", text))
    first = found[0]
    assert first.url == "https://factcheck.example/vaccine-microchip/"
    assert first.verdict == "False"
    assert first.organisation == "Example Checks"
    assert first.date_published == "2021-05-02"
    assert first.claimant == "A. Blogger"
    assert first.claim_date == "2021-04-30"
    assert first.appearance_url == "https://blog.example/post"
    assert len(found) == (1 if layout == "object" else 2)


def test_google_fact_check_tools_json_and_csv_feeds(tmp_path):
    api = {
        "claims": [
            {
                "text": "Drinking bleach cures flu",
                "claimant": "Someone",
                "claimDate": "2020-03-01T00:00:00Z",
                "claimReview": [
                    {
                        "publisher": {"name": "Checker", "site": "checker.example"},
                        "url": "https://checker.example/bleach",
                        "title": "Bleach does not cure flu",
                        "reviewDate": "2020-03-05T00:00:00Z",
                        "textualRating": "False",
                    }
                ],
            }
        ]
    }
    (fc,) = read_factchecks(write(tmp_path, "api.json", json.dumps(api)))
    assert (fc.claim_reviewed, fc.verdict, fc.organisation, fc.date_published, fc.claimant) == (
        "Drinking bleach cures flu", "False", "Checker", "2020-03-05", "Someone")
    csv_text = (
        "claim_text,claimant,claim_date,review_url,review_title,publisher_name,textual_rating,review_date\n"
        '"Bleach, taken daily, cures flu",Someone,2020-03-01,https://checker.example/bleach2,Title,Checker,False,2020-03-06\n'
    )
    (row,) = read_factchecks(write(tmp_path, "feed.csv", csv_text))
    assert (row.claim_reviewed, row.url, row.verdict, row.date_published) == (
        "Bleach, taken daily, cures flu", "https://checker.example/bleach2", "False", "2020-03-06")


@pytest.mark.parametrize(
    "content", [b"\x00\x01\x02binary", b"{not json", b'{"@type": "Person"}', b"\x1f\x8b broken"]
)
def test_files_that_are_not_fact_checks_are_refused_with_a_message(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(FactCheckImportError):
        read_factchecks(path)


def test_reimporting_the_same_file_changes_nothing_and_a_changed_verdict_updates(tmp_path, project):
    feed = write(tmp_path, "feed.jsonl", json.dumps(REVIEW) + "\n" + json.dumps(OTHER) + "\n")
    first = import_factchecks(project, feed)
    again = import_factchecks(project, feed)
    assert (first.added, again.added, again.updated, again.unchanged) == (2, 0, 0, 2)
    changed = dict(OTHER, reviewRating={"alternateName": "False"})
    feed.write_text(json.dumps(REVIEW) + "\n" + json.dumps(changed) + "\n", encoding="utf-8")
    third = import_factchecks(project, feed)
    assert (third.added, third.updated, third.unchanged) == (0, 1, 1)
    assert len(list_factchecks(project)) == 2
    assert [s.factcheck.url for s in list_factchecks(project, "bridge")] == [OTHER["url"]]
    assert match(project, "golden gate bridge earthquake")[0].factcheck.verdict == "False"


def test_matching_ranks_the_right_fact_check_first_and_includes_only_approved_own_claims(
    tmp_path, project
):
    import_factchecks(project, write(tmp_path, "f.json", json.dumps([REVIEW, OTHER])))
    best = match(project, "They put a microchip in the covid vaccine to track you!")
    assert best[0].factcheck.url == REVIEW["url"] and best[0].kind == "factcheck"
    assert match(project, "zebra") == []

    article = project.add_article(
        ArticleDraft(title="T", text="Mayor says the harbour tunnel cost 3 billion dollars.")
    )
    claim = project.create_claim(
        article.id, 0, 52, claim_reviewed="The harbour tunnel cost 3 billion dollars"
    )
    assert all(
        m.kind == "factcheck" for m in match(project, "harbour tunnel cost")
    )  # a draft is not "checked"
    submit_for_review(project, claim.id)
    reviewer = ProjectService(project.store, "Ben")
    approve(reviewer, claim.id)
    own = match(project, "harbour tunnel cost billions")
    assert own[0].kind == "claim" and own[0].claim_id == claim.id
    project.delete_claim(claim.id)
    assert match(project, "harbour tunnel cost billions") == []


def test_reusing_a_match_copies_verdict_adds_source_and_notes_where_it_came_from(tmp_path, project):
    import_factchecks(project, write(tmp_path, "f.json", json.dumps([REVIEW])))
    article = project.add_article(
        ArticleDraft(title="T", text="The vaccine has a microchip in it.")
    )
    claim = project.create_claim(article.id, 0, 34)
    found = match(project, claim.exact)[0]
    reuse = reuse_match(project, claim.id, found)
    after = project.claim(claim.id)
    assert project.verdict(after.verdict_id).label == "False"
    assert [s.url for s in project.sources(claim.id)] == [REVIEW["url"]]
    assert "Example Checks" in after.internal_note and REVIEW["url"] in after.internal_note
    assert reuse.done == ["verdict set to False", "fact-check added as a source"]
    assert reuse.before.verdict_id is None and reuse.source_id == project.sources(claim.id)[0].id
    reuse_match(project, claim.id, found)
    assert len(project.sources(claim.id)) == 1  # not added twice


def test_cli_batch_echoes_each_id_with_its_matches_best_first(tmp_path, capsys):
    project_path = tmp_path / "p.annotator"
    feed = write(tmp_path, "f.jsonl", json.dumps(REVIEW) + "\n" + json.dumps(OTHER) + "\n")
    assert main(["import-factchecks", str(project_path), str(feed)]) == 0
    assert capsys.readouterr().out.strip() == "2 added, 0 updated, 0 unchanged"
    queries = write(
        tmp_path,
        "q.jsonl",
        "\n".join(
            json.dumps(q)
            for q in [
                {"id": 7, "text": "bridge collapsed earthquake"},
                {"id": "b", "text": "microchips in vaccines"},
                {"id": "none", "text": "the of and"},
            ]
        )
        + "\n",
    )
    assert (
        main(["match", str(project_path), "--queries", str(queries), "--top", "1", "--json"]) == 0
    )
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == [7, "b", "none"]
    assert (
        lines[0]["matches"][0]["url"] == OTHER["url"]
        and lines[0]["matches"][0]["verdict"] == "Pants on fire"
    )
    assert set(lines[1]["matches"][0]) >= {"url", "claim", "verdict", "score"}
    assert lines[2]["matches"] == []


def test_cli_refuses_a_bad_feed_in_one_line(tmp_path):
    bad = write(tmp_path, "bad.json", "{oops")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "annotator",
            "import-factchecks",
            str(tmp_path / "p.annotator"),
            str(bad),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "not JSON" in done.stderr


@pytest.mark.parametrize("fmt", ["json", "claimreview", "csv", "markdown"])
def test_imported_fact_checks_are_never_exported_as_ours(tmp_path, project, capsys, fmt):
    import_factchecks(project, write(tmp_path, "f.json", json.dumps([REVIEW])))
    article = project.add_article(
        ArticleDraft(title="T", text="The vaccine has a microchip in it.")
    )
    claim = project.create_claim(article.id, 4, 33, claim_reviewed="Vaccines hold microchips")
    reuse_match(project, claim.id, match(project, "vaccine microchip")[0])  # our claim now cites it
    project.update_settings({"organisation_name": "Us", "report_url": "https://our.example/t"})
    approve_as_colleague(project, claim.id)  # published: what goes out to readers
    project.close()
    assert main(["export", str(project.path), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Vaccines hold microchips" in out
    assert REVIEW["claimReviewed"] not in out  # the archive's own claim text is never exported
