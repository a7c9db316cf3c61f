"""Annotator's benchmark suite: `python -m benchmarks` (see docs/PERFORMANCE.md)."""
