"""Project file size against the data it holds.

The project of the big-article scenario (1 MB of text, 5,000 claims with a source each)
is copied and VACUUMed; its size is compared with the size of the data itself: the
UTF-8 bytes of every field of every article (text, metadata, blocks as stored JSON),
claim and source, numbers counted as their decimal text. Everything else in the file
(indexes, revision and history tables, page slack) is overhead.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3

from benchmarks.data import remove_project
from benchmarks.harness import Config, Result
from benchmarks.sessions import make_project, standard

GROUP = "file_size"
SCENARIOS = ("file_size",)


def run(config: Config) -> list[Result]:
    from annotator.services import ProjectService

    size, claims = standard(config)
    path, _small, _big = make_project(config, "file_size.annotator", size, claims)
    from annotator.services.captures import capture_totals

    project = ProjectService.open(path, "Benchmark", read_only=True)
    try:
        capture_bytes = capture_totals(project)[1]  # evidence, counted apart from annotation data
        data_bytes = 0
        sources = project.store.sources_by_claim()
        for article_id in project.article_ids():
            data_bytes += _size_of(project.article(article_id))
            for claim in project.claims(article_id):
                data_bytes += _size_of(claim) + sum(_size_of(s) for s in sources.get(claim.id, []))
    finally:
        project.close()
    vacuumed = path.with_name("file_size.vacuumed.annotator")
    remove_project(vacuumed)
    shutil.copyfile(path, vacuumed)
    connection = sqlite3.connect(vacuumed)
    try:
        connection.execute("VACUUM")
    finally:
        connection.close()
    capture_mb = capture_bytes / 1e6
    file_mb, data_mb = vacuumed.stat().st_size / 1e6 - capture_mb, data_bytes / 1e6
    return [
        Result(
            "file_size",
            "project file after VACUUM, less its captures, against the text and annotation data it "
            "holds",
            "MB",
            [file_mb],
            ratio_limit=1.5,
            floor=[data_mb],
            floor_title="data size",
            size=f"{size / 1e6:g} MB, {claims:,} claims, 1 source each",
            note=(
                f"file {file_mb:.2f} MB without captures (before VACUUM "
                f"{path.stat().st_size / 1e6:.2f} MB), "
                f"data {data_mb:.2f} MB, captures {capture_mb:.2f} MB"
            ),
        )
    ]


def _size_of(item: object) -> int:
    total = 0
    for field in dataclasses.fields(item):  # type: ignore[arg-type]
        value = getattr(item, field.name)
        if value is None:
            continue
        if isinstance(value, list):
            value = json.dumps(
                [dataclasses.astuple(v) if dataclasses.is_dataclass(v) else v for v in value],
                ensure_ascii=False,
                separators=(",", ":"),
            )
        total += len(str(value).encode())
    return total
