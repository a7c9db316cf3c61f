"""The fact-check archive travels in merges (schema 10): a colleague's fact-checks come along,
the same fact-check imported on both sides is one item, and a newer import wins."""

from __future__ import annotations

import json
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.services import ProjectService
from annotator.services.factchecks import import_factchecks, list_factchecks, match
from annotator.services.merge import merge_projects
from tests.matching.test_factchecks import OTHER, REVIEW


def feed(tmp_path, name, *reviews):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in reviews) + "\n", encoding="utf-8")
    return path


def start_team(tmp_path, *base_reviews):
    """Ana's project (with `base_reviews` imported) and Bob's copy of it."""
    ana = tmp_path / "ana.annotator"
    service = ProjectService.open(ana, "Ana")
    if base_reviews:
        import_factchecks(service, feed(tmp_path, "base.jsonl", *base_reviews))
    service.close()
    bob = tmp_path / "bob.annotator"
    shutil.copy(ana, bob)
    return ana, bob


def verdicts(service):
    return {fc.factcheck.url: fc.factcheck.verdict for fc in list_factchecks(service)}


def test_a_colleagues_fact_checks_come_along_and_are_matched(tmp_path):
    ana, bob = start_team(tmp_path, REVIEW)
    service = ProjectService.open(bob, "Bob")
    import_factchecks(service, feed(tmp_path, "bob.jsonl", OTHER))
    service.close()
    service = ProjectService.open(ana, "Ana")
    report = merge_projects(service, bob)
    assert report.counts["factcheck"]["added"] == 1
    assert report.counts["factcheck"]["unchanged"] == 1
    assert set(verdicts(service)) == {"https://factcheck.example/vaccine-microchip/",
                                      "https://factcheck.example/bridge-collapse"}  # fmt: skip
    found = match(service, "the Golden Gate bridge collapsed in an earthquake")
    assert found[0].factcheck.url == "https://factcheck.example/bridge-collapse"
    service.close()


def test_the_same_feed_imported_on_both_sides_is_one_item_without_conflict(tmp_path):
    ana, bob = start_team(tmp_path)
    for path, name in ((ana, "Ana"), (bob, "Bob")):
        service = ProjectService.open(path, name)
        import_factchecks(service, feed(tmp_path, f"{name}.jsonl", REVIEW, OTHER))
        service.close()
    service = ProjectService.open(ana, "Ana")
    first = merge_projects(service, bob)
    assert (first.conflicts, first.counts["factcheck"]["added"]) == (0, 0)
    assert first.counts["factcheck"]["unchanged"] == 2
    assert len(list_factchecks(service)) == 2
    again = merge_projects(service, bob)
    assert not again.changed_anything
    service.close()


def test_a_newer_import_of_a_fact_check_replaces_the_older_in_the_merge(tmp_path):
    ana, bob = start_team(tmp_path, REVIEW)
    service = ProjectService.open(bob, "Bob")
    corrected = {**REVIEW, "reviewRating": {"@type": "Rating", "alternateName": "Mostly false"}}
    counts = import_factchecks(service, feed(tmp_path, "corrected.jsonl", corrected))
    assert counts.updated == 1
    service.close()
    service = ProjectService.open(ana, "Ana")
    report = merge_projects(service, bob)
    assert (report.conflicts, report.counts["factcheck"]["updated"]) == (0, 1)
    assert verdicts(service) == {"https://factcheck.example/vaccine-microchip/": "Mostly false"}
    assert match(service, "vaccines contain microchips")[0].factcheck.verdict == "Mostly false"
    service.close()


def test_unrelated_projects_give_a_fact_check_the_same_id(tmp_path):
    ids = []
    for name in ("one", "two"):
        service = ProjectService.open(tmp_path / f"{name}.annotator", "Ana")
        import_factchecks(service, feed(tmp_path, f"{name}.jsonl", REVIEW))
        ids.append([fc.id for fc in list_factchecks(service)])
        service.close()
    assert ids[0] == ids[1] and len(ids[0]) == 1


VARIANTS = [REVIEW, OTHER, {**REVIEW, "reviewRating": {"alternateName": "Mostly false"}},
            {**OTHER, "reviewRating": {"alternateName": "False"}}]  # fmt: skip


def archive_rows(path):
    service = ProjectService.open(path, "Check")
    found = list_factchecks(service)
    rows = sorted((fc.id, fc.factcheck.url, fc.factcheck.verdict) for fc in found)
    service.close()
    return rows


FEEDS = st.lists(st.sampled_from(range(len(VARIANTS))), max_size=3)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(FEEDS, FEEDS)
def test_merging_archives_gives_the_same_archive_in_either_order(
    tmp_path_factory, ana_feeds, bob_feeds
):
    folder = tmp_path_factory.mktemp("order")
    ana, bob = start_team(folder)
    for path, name, feeds in ((ana, "Ana", ana_feeds), (bob, "Bob", bob_feeds)):
        service = ProjectService.open(path, name)
        for n, variant in enumerate(feeds):
            import_factchecks(service, feed(folder, f"{name}{n}.jsonl", VARIANTS[variant]))
        service.close()
    results = []
    for mine, theirs, name in ((ana, bob, "Ana"), (bob, ana, "Bob")):
        target = folder / f"{name}-merged.annotator"
        shutil.copy(mine, target)
        service = ProjectService.open(target, name)
        merge_projects(service, theirs)
        service.close()
        results.append(archive_rows(target))
    assert results[0] == results[1]
    urls = {VARIANTS[v]["url"] for v in [*ana_feeds, *bob_feeds]}
    assert {url for _, url, _ in results[0]} == urls
