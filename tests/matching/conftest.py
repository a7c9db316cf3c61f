"""A fresh project for each test of matching and check-worthiness."""

from __future__ import annotations

import pytest

from annotator.services import ProjectService


@pytest.fixture
def project(tmp_path):
    service = ProjectService.open(tmp_path / "p.annotator", "Ana")
    yield service
    service.close()
