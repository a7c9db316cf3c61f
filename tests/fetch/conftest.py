from __future__ import annotations

import pytest

from tests.fetch.server import local_server


@pytest.fixture
def web():
    with local_server() as server:
        yield server
