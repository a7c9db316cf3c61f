"""Fixtures for the importer tests: PDFs drawn with QtGui (needs the session QApplication)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdf_builder import Line, write_image_pdf, write_text_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "importers"

ARTICLE_PAGES = [
    [
        Line("Funding the reconstruction of Kherson", "heading"),
        Line("The oﬃcial ﬁgures published by the ministry show that the ﬁnan-", gap_before=True),
        Line("cial support promised by donors in 2024 reached 4.2 billion euros,"),
        Line("of which less than half had been paid out by the end of the year."),
        Line(
            "Critics\tsay\tthe reporting is incomplete and that the ﬂows of money", gap_before=True
        ),
        Line("to local authorities are hard to trace, an eﬀect of the many"),
        Line("separate funds involved."),
        Line("The ministry said it would publish a full account of every", gap_before=True),
        Line("grant and loan received since the start of the war, broken down by"),
    ],
    [
        Line("donor and by region, before the end of the summer."),
        Line("What the donors say", "subheading", gap_before=True),
        Line("A spokesperson for the largest donor said that all payments were", gap_before=True),
        Line("made on schedule and that the remaining funds depend on the"),
        Line("progress of the projects themselves."),
        Line("• roads and bridges: 1.1 billion euros", gap_before=True),
        Line("• housing: 0.9 billion euros"),
        Line("• the power grid: 0.6 billion euros"),
    ],
    [
        Line("Page three closes the report with a note on sources and methods."),
    ],
]


@pytest.fixture(scope="session")
def article_pdf(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: ANN001 - pytest-qt
    path = tmp_path_factory.mktemp("pdf") / "reconstruction.pdf"
    return write_text_pdf(path, ARTICLE_PAGES, header="Riverside Review · Reconstruction report")


@pytest.fixture(scope="session")
def scanned_pdf(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: ANN001 - pytest-qt
    return write_image_pdf(tmp_path_factory.mktemp("pdf") / "scan.pdf")


@pytest.fixture
def fixture_path() -> Path:
    return FIXTURES
