"""The quality bars on the shared evaluation data, through the command line (slow: minutes)."""

from __future__ import annotations

import pytest

from benchmarks.matching_map import DEFAULT_EVAL, main

pytestmark = pytest.mark.slow


@pytest.mark.skipif(
    not (DEFAULT_EVAL / "factchecks").exists(), reason="shared/eval is not beside the repository"
)
def test_map_at_5_on_checkthat_dev_and_devtest_reaches_the_bar(tmp_path):
    out = tmp_path / "report.json"
    assert main(["--splits", "dev", "devtest", "--json", str(out)]) == 0
    import json

    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["dev"]["map5"] >= 0.88
    assert report["devtest"]["map5"] >= 0.88
