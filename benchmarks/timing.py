"""CPU and wall time of what the user waits for, first run ("cold") apart from the rest ("warm").

Nothing is done untimed that a user's session would not do: no `gc.collect()` between runs
(the collector runs when it runs, inside the timed part), no discarded warm-up runs (the
first run is reported as "cold"). CPU time is the whole process's (every thread) plus that of
the child processes it waited for (an export's worker process), which a shared machine distorts
much less than wall time. Wall time leaves
out only the time spent asleep waiting for a timer the action started to become due (e.g.
the window's 150 ms deferred refresh): the work the timer then does is counted in both.
"""

from __future__ import annotations

import os
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Timings:
    """Seconds of CPU and of wall time per run, in run order: the first run is the cold one."""

    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)

    def add(self, cpu: float, wall: float) -> None:
        self.cpu.append(cpu)
        self.wall.append(wall)

    def extend(self, other: Timings) -> None:
        self.cpu += other.cpu
        self.wall += other.wall

    def scaled(self, factor: float) -> Timings:
        """The same timings in another unit (1000 for milliseconds)."""
        return Timings([c * factor for c in self.cpu], [w * factor for w in self.wall])

    @property
    def warm_cpu(self) -> list[float]:
        return self.cpu[1:] or self.cpu

    def median_cpu(self) -> float:
        return statistics.median(self.warm_cpu)


class IdleClock:
    """Wall seconds spent sleeping until a pending timer is due, so `measure` can leave them out."""

    def __init__(self) -> None:
        self.waited = 0.0

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)
            self.waited += seconds


IDLE = IdleClock()


def cpu_seconds() -> float:
    """CPU time of this process and of all its descendants: the finished children it waited for,
    and the live ones with the children they waited for (an import's fork server, whose forked
    readers it reaps)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime + _live_children_cpu()


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _live_children_cpu() -> float:
    """utime + stime + cutime + cstime of each live child (Linux /proc; 0 elsewhere)."""
    total = 0
    try:
        pids = {
            p
            for task in Path("/proc/self/task").iterdir()
            for p in (task / "children").read_text().split()
        }
    except OSError:
        return 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # it ended meanwhile: RUSAGE_CHILDREN has it once it is waited for
        total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime (fields 14-17)
    return total / _TICK


def measure(fn: Callable[[], object]) -> tuple[float, float]:
    """(CPU seconds, busy wall seconds) of one call of `fn`."""
    waited = IDLE.waited
    cpu, wall = cpu_seconds(), time.perf_counter()
    fn()
    cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
    return cpu, max(0.0, wall - (IDLE.waited - waited))


def repeat(
    fn: Callable[[], object],
    runs: int,
    setup: Callable[[], object] | None = None,
) -> Timings:
    """One cold run and then `runs` warm runs of `fn`; `setup` runs untimed before each
    (to put the state back, e.g. select the text the next claim is made from)."""
    timings = Timings()
    for _ in range(1 + runs):
        if setup is not None:
            setup()
        timings.add(*measure(fn))
    return timings


def repeat_pair(
    subject: Callable[[], object],
    floor: Callable[[], object],
    runs: int,
    subject_setup: Callable[[], object] | None = None,
    floor_setup: Callable[[], object] | None = None,
) -> tuple[Timings, Timings]:
    """Like `repeat` for a scenario and its floor, interleaved run by run so both see the
    same machine load."""
    mine, floors = Timings(), Timings()
    for _ in range(1 + runs):
        mine.extend(repeat(subject, 0, subject_setup))
        floors.extend(repeat(floor, 0, floor_setup))
    return mine, floors
