"""Timing, results and reporting shared by every scenario.

A figure is the median of several runs after warm-up runs that are thrown away.
Where a scenario names a floor (the same job done by the plainest possible
program), the floor is measured in the same process and run, interleaved with the
scenario's own runs, and the ratio of the medians is reported: on a shared, noisy
machine the ratio moves much less than the absolute time.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PASS, MISS, NOT_YET, ERROR = "pass", "miss", "not yet", "error"
STATUSES = (PASS, MISS, NOT_YET, ERROR)


@dataclass(frozen=True)
class Config:
    """How big and how often: `quick` shrinks every size for the smoke test."""

    quick: bool
    work_dir: Path
    seed: int

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def runs(self, full: int, quick: int = 2) -> int:
        return quick if self.quick else full

    @property
    def warmup(self) -> int:
        """Discarded first runs; none in the quick smoke run, whose figures mean nothing."""
        return 0 if self.quick else 1

    @property
    def child_timeout(self) -> float:
        """Seconds a child process may take before the scenario fails (a hang, e.g. a dialog)."""
        return 60 if self.quick else 300


@dataclass
class Result:
    """One row of the table: samples in `unit`, the limits they are held to, and the floor."""

    name: str
    title: str
    unit: str
    samples: list[float] = field(default_factory=list)
    limit: float | None = None  # the median must be at most this (in `unit`)
    ratio_limit: float | None = None  # median / floor median must be at most this
    floor: list[float] | None = None  # the named floor's samples, in `unit`
    floor_title: str = ""
    not_yet: bool = False
    error: str = ""
    note: str = ""
    size: str = ""  # the workload, e.g. "1 MB, 5,000 claims"

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def minimum(self) -> float | None:
        return min(self.samples) if self.samples else None

    @property
    def maximum(self) -> float | None:
        return max(self.samples) if self.samples else None

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def ratio(self) -> float | None:
        median, floor = self.median, self.floor_median
        if median is None or not floor:
            return None
        return median / floor

    @property
    def status(self) -> str:
        if self.error:
            return ERROR
        if self.not_yet or self.median is None:
            return NOT_YET
        if self.limit is not None and self.median > self.limit:
            return MISS
        ratio = self.ratio
        if self.ratio_limit is not None and ratio is not None and ratio > self.ratio_limit:
            return MISS
        return PASS

    @property
    def target(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"≤ {_number(self.limit)} {self.unit}")
        if self.ratio_limit is not None:
            parts.append(f"≤ {_number(self.ratio_limit)}× {self.floor_title or 'floor'}")
        return ", ".join(parts) or "-"

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "title": self.title,
            "size": self.size,
            "median": _rounded(self.median),
            "min": _rounded(self.minimum),
            "max": _rounded(self.maximum),
            "unit": self.unit,
            "runs": len(self.samples),
            "target": self.target,
            "limit": self.limit,
            "ratio_limit": self.ratio_limit,
            "status": self.status,
        }
        if self.floor is not None or self.ratio_limit is not None:
            data["ratio"] = _rounded(self.ratio)
            data["floor"] = self.floor_title
            data["floor_median"] = _rounded(self.floor_median)
        if self.note:
            data["note"] = self.note
        if self.error:
            data["error"] = self.error
        return data


def not_yet(
    name: str,
    title: str,
    unit: str,
    note: str,
    *,
    limit: float | None = None,
    ratio_limit: float | None = None,
) -> Result:
    """A row for a scenario whose feature has not landed: listed, not left out."""
    return Result(name, title, unit, limit=limit, ratio_limit=ratio_limit, not_yet=True, note=note)


# -- timing -----------------------------------------------------------------------------------


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of `fn` takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def repeat(
    fn: Callable[[], object],
    runs: int,
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
) -> list[float]:
    """Seconds for each of `runs` calls of `fn` after `warmup` discarded calls.

    `setup` runs untimed before every call (e.g. to put the state back); garbage is
    collected before each call so one run's leftovers are not charged to the next."""
    samples = []
    for index in range(warmup + runs):
        if setup is not None:
            setup()
        gc.collect()
        elapsed = timed(fn)
        if index >= warmup:
            samples.append(elapsed)
    return samples


def repeat_pair(
    subject: Callable[[], object],
    floor: Callable[[], object],
    runs: int,
    warmup: int = 1,
    subject_setup: Callable[[], object] | None = None,
    floor_setup: Callable[[], object] | None = None,
) -> tuple[list[float], list[float]]:
    """Like `repeat` for a scenario and its floor, interleaved run by run so both see the
    same machine load."""
    mine: list[float] = []
    floors: list[float] = []
    for _ in range(warmup + runs):
        mine += repeat(subject, 1, 0, subject_setup)
        floors += repeat(floor, 1, 0, floor_setup)
    return mine[warmup:], floors[warmup:]


def ms(samples: list[float]) -> list[float]:
    return [s * 1000 for s in samples]


# -- the machine ------------------------------------------------------------------------------


def machine_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cores": os.cpu_count(),
        "cpu": _cpu_model(),
        "ram_gb": _ram_gb(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
    }
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
    except ImportError:  # pragma: no cover - Qt is a dependency
        pass
    try:
        import sqlite3

        info["sqlite"] = sqlite3.sqlite_version
    except ImportError:  # pragma: no cover
        pass
    return info


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return None


def peak_rss_mb() -> float | None:
    """This process's peak resident memory (VmHWM) in MB, or None off Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


# -- reporting --------------------------------------------------------------------------------

_HEADERS = ("scenario", "size", "median", "min", "max", "target", "status", "ratio to floor")


def table(results: list[Result]) -> str:
    """The results as a Markdown table (readable in a terminal and pasteable into docs)."""
    rows = [_HEADERS]
    for r in results:
        ratio = "-"
        if r.ratio is not None:
            ratio = f"{r.ratio:.2f}× ({_number(r.floor_median)} {r.unit})"  # type: ignore[arg-type]
        rows.append(
            (
                r.name,
                r.size or "-",
                _with_unit(r.median, r.unit),
                _with_unit(r.minimum, r.unit),
                _with_unit(r.maximum, r.unit),
                r.target,
                r.status + (f": {r.error}" if r.error else ""),
                ratio,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
        if index == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def notes(results: list[Result]) -> str:
    return "\n".join(f"- {r.name}: {r.note}" for r in results if r.note)


def report(results: list[Result], config: Config, elapsed: float) -> dict[str, Any]:
    return {
        "machine": machine_info(),
        "quick": config.quick,
        "seed": config.seed,
        "elapsed_s": round(elapsed, 1),
        "argv": sys.argv[1:],
        "scenarios": [r.as_dict() for r in results],
    }


def write_json(data: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _number(value: float) -> str:
    """Three significant digits, no exponent, no trailing zeros."""
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _with_unit(value: float | None, unit: str) -> str:
    return "-" if value is None else f"{_number(value)} {unit}"


def _rounded(value: float | None) -> float | None:
    return None if value is None else float(f"{value:.4g}")
