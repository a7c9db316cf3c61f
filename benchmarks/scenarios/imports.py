"""Importing files with `annotator.importers.import_path` (read, decode, extract, build the
canonical text and blocks; storing is not included).

- a 1 MB plain-text file, hard-wrapped at 72 columns;
- a saved 200 KB news page (head metadata, scripts, navigation, comments around the article);
- a 100-page PDF written with QtGui's QPdfWriter.

All three are generated from the seed (see benchmarks/data.py).
"""

from __future__ import annotations

import random

from benchmarks import data
from benchmarks.harness import Config, Result, repeat

GROUP = "imports"
SCENARIOS = ("import_text", "import_html", "import_pdf")


def run(config: Config) -> list[Result]:
    from annotator.importers import import_path
    from benchmarks.qtenv import application

    application(config.work_dir / "settings")  # QPdfWriter needs a QGuiApplication
    folder = config.work_dir / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(config.seed)

    text_path = folder / "article.txt"
    text_path.write_bytes(data.text_file(rng, config.size(1_000_000, 50_000)))
    page_path = folder / "article.html"
    page_path.write_bytes(data.news_page(rng, config.size(200_000, 40_000)))
    pdf_path = folder / "report.pdf"
    pages = data.pdf_file(pdf_path, rng, config.size(100, 5))

    results = []
    cases = (
        (
            "import_text",
            "plain-text file",
            text_path,
            0.5,
            f"{text_path.stat().st_size / 1e6:.2g} MB",
        ),
        (
            "import_html",
            "saved news page",
            page_path,
            1.0,
            f"{page_path.stat().st_size / 1e3:.0f} KB page",
        ),
        ("import_pdf", "PDF", pdf_path, 5.0, f"{pages} pages"),
    )
    for name, title, path, limit, size in cases:
        drafts = []
        samples = repeat(
            lambda p=path, d=drafts: d.append(import_path(p)), config.runs(5, 2), config.warmup
        )
        draft = drafts[-1]
        if not draft.text.strip():
            raise RuntimeError(f"{path.name} imported with no text")
        results.append(
            Result(name, f"import a {title}", "s", samples, limit=limit, size=size,
                   note=f"{len(draft.text):,} characters, {len(draft.blocks):,} blocks")
        )  # fmt: skip
    return results
