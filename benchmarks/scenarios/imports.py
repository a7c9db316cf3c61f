"""Importing files end to end in the window (`benchmarks.scenarios.exchange_child`): read,
decode, extract, store in the project, show the new article, until idle and painted.

- a 1 MB plain-text file, hard-wrapped at 72 columns;
- a saved 200 KB news page (head metadata, scripts, navigation, comments around the article);
- a 100-page PDF written with QtGui's QPdfWriter.

All are generated from the seed (see benchmarks/data.py), a different file for each run. Each
kind runs in a fresh child, so the first import (modules not imported yet) is the cold figure,
and it is held to the target too.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from benchmarks import data
from benchmarks.harness import Config, Result, Timings
from benchmarks.scenarios.exports import run_steps

GROUP = "imports"
SCENARIOS = ("import_text", "import_html", "import_pdf")


def run(config: Config) -> list[Result]:
    from benchmarks.qtenv import application

    application(config.work_dir / "settings")  # QPdfWriter needs a QGuiApplication
    folder = config.work_dir / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(config.seed)
    text_size, page_size, pages = (
        config.size(1_000_000, 50_000),
        config.size(200_000, 40_000),
        config.size(100, 5),
    )

    def write_pdf(path: Path) -> None:
        data.pdf_file(path, rng, pages)

    kinds: tuple[tuple[str, str, str, float, str, Callable[[Path], object]], ...] = (
        (
            "import_text",
            "plain-text file",
            "txt",
            0.5,
            f"{text_size / 1e6:g} MB",
            lambda p: p.write_bytes(data.text_file(rng, text_size)),
        ),
        (
            "import_html",
            "saved news page",
            "html",
            1.0,
            f"{page_size / 1e3:.0f} KB page",
            lambda p: p.write_bytes(data.news_page(rng, page_size)),
        ),
        ("import_pdf", "PDF", "pdf", 5.0, f"{pages} pages", write_pdf),
    )
    steps = []
    for name, _title, suffix, _limit, _size, write in kinds:
        files = []
        for number in range(1 + config.runs(4 if suffix != "pdf" else 2, 0)):
            path = folder / f"{name}-{number}.{suffix}"
            write(path)
            files.append(str(path))
        steps.append({"mode": "import", "name": name, "files": files})
    answers = run_steps(config, steps)
    return [
        Result.timed(
            name,
            f"import a {title}: read, stored, shown",
            "s",
            Timings(answer["cpu"], answer["wall"]),
            limit=limit,
            cold_counts=True,
            size=size,
        )
        for (name, title, _suffix, limit, size, _write), answer in zip(kinds, answers, strict=True)
    ]
