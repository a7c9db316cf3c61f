"""Results and reporting shared by every scenario (timing itself is in benchmarks/timing.py).

Each figure is CPU time (targets apply to it) with wall time beside it. The first run of a
scenario is reported as "cold", the median of the others as "warm". Where a scenario names a
floor (the same job done by the plainest possible program), the floor is measured in the same
process and run, interleaved with the scenario's own runs, and the ratio of the warm medians
is reported: on a shared, noisy machine the ratio moves much less than the absolute time.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.timing import Timings, measure, repeat, repeat_pair

__all__ = ["Config", "Result", "Timings", "measure", "ms", "not_yet", "repeat", "repeat_pair"]

PASS, MISS, NOT_YET, ERROR = "pass", "miss", "not yet", "error"
extra_tables: list[tuple[str, str]] = []  # (title, Markdown table) printed after the results
STATUSES = (PASS, MISS, NOT_YET, ERROR)


@dataclass(frozen=True)
class Config:
    """How big and how often: `quick` shrinks every size for the smoke test."""

    quick: bool
    work_dir: Path
    seed: int

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def runs(self, full: int, quick: int = 1) -> int:
        """Warm runs after the cold one."""
        return quick if self.quick else full

    @property
    def child_timeout(self) -> float:
        """Seconds a child process may take before the scenario fails (a hang, e.g. a dialog)."""
        return 60 if self.quick else 300


@dataclass
class Result:
    """One row of the table: CPU samples in `unit` (the first is the cold run), wall samples
    beside them, the limits they are held to, and the floor."""

    name: str
    title: str
    unit: str
    samples: list[float] = field(default_factory=list)
    limit: float | None = None  # the warm median must be at most this (in `unit`)
    ratio_limit: float | None = None  # warm median / floor's warm median must be at most this
    floor: list[float] | None = None  # the named floor's CPU samples, in `unit`
    floor_title: str = ""
    not_yet: bool = False
    error: str = ""
    note: str = ""
    size: str = ""  # the workload, e.g. "1 MB, 5,000 claims"
    wall: list[float] = field(default_factory=list)  # wall samples, in `unit`
    cold_counts: bool = False  # the cold run is held to `limit` too (a session's first export)
    worst_counts: bool = False  # every run is held to `limit` (search: worst case included)

    @classmethod
    def timed(cls, name: str, title: str, unit: str, timings: Timings, **fields: Any) -> Result:
        """A row from `Timings` in seconds, shown in `unit` (s or ms)."""
        scaled = timings.scaled(1000 if unit == "ms" else 1)
        floor = fields.pop("floor", None)
        if isinstance(floor, Timings):
            floor = floor.scaled(1000 if unit == "ms" else 1).cpu
        return cls(name, title, unit, scaled.cpu, wall=scaled.wall, floor=floor, **fields)

    @property
    def warm(self) -> list[float]:
        return self.samples[1:] or self.samples

    @property
    def cold(self) -> float | None:
        return self.samples[0] if self.samples else None

    @property
    def median(self) -> float | None:
        return statistics.median(self.warm) if self.samples else None

    @property
    def minimum(self) -> float | None:
        return min(self.warm) if self.samples else None

    @property
    def maximum(self) -> float | None:
        return max(self.warm) if self.samples else None

    @property
    def wall_median(self) -> float | None:
        warm = self.wall[1:] or self.wall
        return statistics.median(warm) if warm else None

    @property
    def floor_median(self) -> float | None:
        if not self.floor:
            return None
        return statistics.median(self.floor[1:] or self.floor)

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
        if self.limit is not None and max(self._held()) > self.limit:
            return MISS
        ratio = self.ratio
        if self.ratio_limit is not None and ratio is not None and ratio > self.ratio_limit:
            return MISS
        return PASS

    def _held(self) -> list[float]:
        """The figures `limit` applies to."""
        held = [self.median or 0.0]
        if self.cold_counts and self.cold is not None:
            held.append(self.cold)
        if self.worst_counts:
            held += self.samples
        return held

    @property
    def target(self) -> str:
        parts = []
        if self.limit is not None:
            which = "every run" if self.worst_counts else ""
            which = which or ("cold and warm" if self.cold_counts else "")
            parts.append(f"≤ {_number(self.limit)} {self.unit}" + (f" ({which})" if which else ""))
        if self.ratio_limit is not None:
            parts.append(f"≤ {_number(self.ratio_limit)}× {self.floor_title or 'floor'}")
        return ", ".join(parts) or "-"

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "title": self.title,
            "size": self.size,
            "cold": _rounded(self.cold),
            "median": _rounded(self.median),
            "min": _rounded(self.minimum),
            "max": _rounded(self.maximum),
            "wall_cold": _rounded(self.wall[0] if self.wall else None),
            "wall_median": _rounded(self.wall_median),
            "unit": self.unit,
            "clock": "cpu",
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

_HEADERS = (
    "scenario",
    "size",
    "cold CPU",
    "warm CPU",
    "warm max",
    "warm wall",
    "target",
    "status",
    "ratio to floor",
)


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
                _with_unit(r.cold, r.unit),
                _with_unit(r.median, r.unit),
                _with_unit(r.maximum, r.unit),
                _with_unit(r.wall_median, r.unit),
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
        "tables": [{"title": title, "markdown": text} for title, text in extra_tables],
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
