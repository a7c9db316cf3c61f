"""`python -m benchmarks.hub_bench`: the team hub under load (see docs/HUB.md, "Figures").

1. Simulated desktops: N processes, each with its own project file and hub role, make
   edits at a checker's pace (a new claim or an edit of one of their own claims every
   3-10 s by default, `--pace`), sync when the hub's NOTIFY wakes them, and go offline at
   random (no syncing for a few seconds; every second the coordinator also kills the hub
   sessions of one desktop with pg_terminate_backend). Afterwards every desktop syncs until
   quiet, and the benchmark checks that every edit reached every desktop and that there are
   no conflicts (nobody edited a field someone else edited). Latency: from the commit of an
   edit on one desktop to the change notice of the pull that brought it on another that was
   online since before the commit (median, 90th percentile), with its parts; CPU seconds of
   the desktops and of the server, and the load average, say how busy the machine was.
2. Initial pull: a hub holding 2,000 articles and 50,000 claims, pulled into an empty project
   (and the push that filled it), with wall and CPU seconds.

Starts its own PostgreSQL server (tests/hub/pg_server.py). Prints one JSON document.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TEXT = "A shared article that every simulated desktop annotates. " * 40


def _admin(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True)


class _Desktop:
    """One simulated desktop (in its own process): edits, syncs on NOTIFY, goes offline.

    Times it keeps (wall clock, shared by all processes on the machine): for each of its
    edits, when the edit committed here and when the push that carried it returned; for each
    colleague's edit, when the change notice of the pull that brought it was given here, and
    whether this desktop had been online since before the edit.
    """

    def __init__(self, number: int, url: str, folder: str, plan: dict, article_id: str) -> None:
        from annotator.hub import sync as hub
        from annotator.services import ProjectService

        self.hub = hub
        self.rng = random.Random(number)
        self.url, self.article_id, self.plan = url, article_id, plan
        path = Path(folder) / f"desk{number}.annotator"
        self.project = ProjectService.open(path, f"Desk {number}", author_id=f"desk-{number}")
        self.project.remember_me()
        hub.connect(self.project, url)
        self.project.changes.subscribe(self._noticed)
        self.notice_at = 0.0
        self.seen: set[str] = set()
        self.arrived: dict[str, tuple[float, float, float]] = {}  # marker: notice, woken, online
        self.made: dict[str, str] = {}  # claim id -> last explanation written
        self.committed: dict[str, float] = {}  # marker -> commit time here
        self.pushed: dict[str, float] = {}  # marker -> when the push carrying it returned
        self.unpushed: list[str] = []
        self.online_since = time.time()
        self.offline_until = 0.0
        self.woken_at = 0.0
        self.syncs = 0
        self.listener = None

    def _noticed(self, change) -> None:  # noqa: ANN001
        self.notice_at = time.time()  # the change notice a window would refresh on

    def sync(self) -> None:
        """Sync, then note which colleagues' edits the pull's change notice brought."""
        from annotator.hub import HubError

        self.notice_at = 0.0
        self.syncs += 1
        try:
            self.hub.sync(self.project)
        except HubError:
            return
        done = time.time()
        for marker in self.unpushed:
            self.pushed[marker] = done
        self.unpushed = []
        if not self.notice_at:
            return
        for claim in self.project.claims(self.article_id):
            marker = claim.explanation
            if marker and marker not in self.seen and claim.id not in self.made:
                self.seen.add(marker)
                self.arrived[marker] = (self.notice_at, self.woken_at, self.online_since)

    def edit(self) -> None:
        rng = self.rng
        if self.made and rng.random() < 0.5:
            claim_id = rng.choice(list(self.made))
        else:
            start = rng.randrange(0, len(TEXT) - 20)
            claim_id = self.project.create_claim(self.article_id, start, start + 10).id
        marker = f"{claim_id[:8]}-{rng.random():.6f}"
        self.project.update_claim(claim_id, explanation=marker)  # committed when it returns
        self.committed[marker] = time.time()
        self.made[claim_id] = marker
        self.unpushed.append(marker)
        self.woken_at = 0.0
        self.sync()
        if rng.random() < 0.15:  # the train enters a tunnel
            self.listener.close()
            self.listener = None
            self.offline_until = time.time() + rng.uniform(1.0, 4.0)

    def reconnect(self) -> bool:
        import psycopg

        try:
            self.listener = psycopg.connect(self.url, autocommit=True)
            self.listener.execute("LISTEN annotator_hub")
        except psycopg.Error:
            self.listener = None
            return False
        self.online_since = time.time()
        self.woken_at = 0.0
        self.sync()
        return True

    def wait_for_notice(self, timeout: float) -> None:
        """Sync when woken; notices that queued up meanwhile are covered by that one sync."""
        import psycopg

        try:
            woke = any(True for _ in self.listener.notifies(timeout=timeout, stop_after=1))
            if woke:
                self.woken_at = time.time()
                for _ in self.listener.notifies(timeout=0):
                    pass
        except psycopg.Error:
            self.listener = None
            return
        if woke:
            self.sync()

    def run(self) -> None:
        pace = (self.plan["pace_min"], self.plan["pace_max"])
        end = time.time() + self.plan["seconds"]
        self.online_since = time.time()
        next_edit = time.time() + self.rng.uniform(*pace)
        while time.time() < end:
            now = time.time()
            if now < self.offline_until:
                time.sleep(min(0.1, self.offline_until - now))
            elif self.listener is None:
                if not self.reconnect():
                    time.sleep(0.2)
            elif now >= next_edit:
                self.edit()
                next_edit = time.time() + self.rng.uniform(*pace)
            else:
                self.wait_for_notice(min(0.2, next_edit - now))
        if self.listener is not None:
            self.listener.close()
        self.project.close()

    def report(self, number: int, cpu_s: float) -> dict:
        return {"desk": number, "made": self.made, "committed": self.committed,
                "pushed": self.pushed, "arrived": self.arrived, "syncs": self.syncs,
                "cpu_s": cpu_s}  # fmt: skip


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _desktop(number: int, url: str, folder: str, plan: dict, article_id: str, out, start) -> None:  # noqa: ANN001
    """Process entry: set up, say ready, wait for the start signal, run, report."""
    desk = _Desktop(number, url, folder, plan, article_id)
    desk.sync()
    out.put({"ready": number})
    start.wait()
    cpu = _cpu()
    desk.run()
    out.put(desk.report(number, _cpu() - cpu))


def _settle(urls: list[str], folder: str, article_id: str) -> dict:
    """Every desktop syncs until nobody has anything new; then compare their claims."""
    from annotator.hub import sync as hub
    from annotator.services import ProjectService
    from annotator.services.merge import conflicts

    projects = [
        ProjectService.open(Path(folder) / f"desk{n}.annotator", f"Desk {n}", author_id=f"desk-{n}")
        for n in range(len(urls))
    ]
    for _round in range(3):
        for project in projects:
            hub.sync(project)
    states = [{c.id: c.explanation for c in p.claims(article_id)} for p in projects]
    open_conflicts = sum(len(conflicts(p)) for p in projects)
    for p in projects:
        p.close()
    return {"states": states, "conflicts": open_conflicts}


def _hub_with_desks(server, desktops: int) -> tuple[list[str], str, str]:  # noqa: ANN001
    """A hub with one checker role per desktop and a shared article; (urls, folder, article)."""
    from annotator.domain import ArticleDraft
    from annotator.hub import sync as hub
    from annotator.hub.connection import init_hub
    from annotator.services import ProjectService

    with _admin(server.url()) as conn:
        conn.execute("CREATE DATABASE bench_desks")
    admin_url = server.url(dbname="bench_desks")
    init_hub(admin_url)
    urls = []
    with _admin(admin_url) as conn:
        for n in range(desktops):
            conn.execute(f"CREATE ROLE desk{n} LOGIN IN ROLE annotator_checker")
            urls.append(server.url(user=f"desk{n}", dbname="bench_desks"))
    folder = tempfile.mkdtemp(prefix="annotator-hub-bench-")
    seed = ProjectService.open(Path(folder) / "seed.annotator", "Editor", author_id="desk-0")
    seed.remember_me()
    article = seed.add_article(ArticleDraft(title="Shared", text=TEXT))
    hub.connect(seed, urls[0])
    hub.sync(seed)
    seed.close()
    return urls, folder, article.id


def _kill_sessions(admin_url: str, desktops: int, seconds: float) -> int:
    """Every second, terminate the hub sessions of a random desktop; how many were killed."""
    kills = 0
    deadline = time.time() + seconds
    rng = random.Random(7)
    with _admin(admin_url) as admin:
        while time.time() < deadline:
            time.sleep(1.0)
            kills += admin.execute(
                "SELECT coalesce(sum(pg_terminate_backend(pid)::int), 0) FROM pg_stat_activity "
                "WHERE usename = %s", [f"desk{rng.randrange(desktops)}"],
            ).fetchone()[0]
    return kills


def _server_cpu(server) -> float:  # noqa: ANN001
    """CPU seconds the PostgreSQL server used so far: the postmaster and its ended backends
    (read before the desktops start and after they all disconnected)."""
    pid = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _p90(values: list[float]) -> float | None:
    ordered = sorted(values)
    return round(ordered[int(0.9 * (len(ordered) - 1))], 3) if ordered else None


def _latencies(results: list[dict]) -> dict:
    """Arrival latency (commit on one desktop to the change notice on another that was online
    since before the commit) and its parts: commit to the end of the author's push, end of the
    push to the NOTIFY waking the other desktop, waking to the change notice."""
    committed = {m: t for r in results for m, t in r["committed"].items()}
    pushed = {m: t for r in results for m, t in r["pushed"].items()}
    arrival, push, wake, apply = [], [], [], []
    for r in results:
        for marker, (notice, woken, online_since) in r["arrived"].items():
            made = committed.get(marker)
            if made is None or made < online_since:
                continue  # arrived after this desktop came back online: delivered, not timed
            arrival.append(notice - made)
            if woken and marker in pushed and woken >= pushed[marker]:
                wake.append(woken - pushed[marker])
                apply.append(notice - woken)
    push = [pushed[m] - committed[m] for m in pushed if m in committed]
    return {
        "latency_samples": len(arrival),
        "latency_median_s": _median(arrival),
        "latency_p90_s": _p90(arrival),
        "commit_to_pushed_median_s": _median(push),
        "pushed_to_woken_median_s": _median(wake),
        "woken_to_notice_median_s": _median(apply),
    }


def desktops_benchmark(server, desktops: int, plan: dict) -> dict:  # noqa: ANN001
    urls, folder, article_id = _hub_with_desks(server, desktops)
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    start = ctx.Event()
    seconds = plan["seconds"]
    procs = [
        ctx.Process(target=_desktop, args=(n, urls[n], folder, plan, article_id, out, start))
        for n in range(desktops)
    ]
    for proc in procs:
        proc.start()
    for _ in procs:
        out.get(timeout=300)  # every desktop started and made its first sync
    server_cpu, load = _server_cpu(server), os.getloadavg()[0]
    start.set()
    kills = _kill_sessions(server.url(dbname="bench_desks"), desktops, seconds)
    results = [out.get(timeout=seconds + 120) for _ in procs]
    for proc in procs:
        proc.join()
    load_after, server_cpu = os.getloadavg()[0], _server_cpu(server) - server_cpu
    settled = _settle(urls, folder, article_id)
    made = {cid: m for r in results for cid, m in r["made"].items()}
    lost = sum(1 for state in settled["states"] for cid, m in made.items() if state.get(cid) != m)
    desk_cpu = sum(r["cpu_s"] for r in results)
    return {
        "desktops": desktops,
        "seconds": seconds,
        "pace_s": [plan["pace_min"], plan["pace_max"]],
        "edits": sum(len(r["committed"]) for r in results),
        "claims": len(made),
        "syncs": sum(r["syncs"] for r in results),
        "sessions_killed": kills,
        "lost_or_different": lost,
        "conflicts": settled["conflicts"],
        **_latencies(results),
        "cpu_desktops_s": round(desk_cpu, 1),
        "cpu_server_s": round(server_cpu, 1),
        "cpu_cores_used": round((desk_cpu + server_cpu) / seconds, 2),
        "load_average_1min": [round(load, 1), round(load_after, 1)],
    }


def initial_pull_benchmark(server, articles: int, claims: int) -> dict:  # noqa: ANN001
    """Push a generated project to an empty hub, then pull it into an empty project; wall and
    CPU seconds of each (this process, and the server's), with the load average."""
    from annotator.hub import sync as hub
    from annotator.hub.connection import init_hub
    from annotator.services import ProjectService
    from benchmarks.data import ArticleSpec, build_project

    with _admin(server.url()) as conn:
        conn.execute("CREATE DATABASE bench_pull")
    admin_url = server.url(dbname="bench_pull")
    init_hub(admin_url)  # also creates the group roles on a fresh server
    with _admin(admin_url) as conn:
        conn.execute("CREATE ROLE bench_editor LOGIN IN ROLE annotator_editor")
        conn.execute("CREATE ROLE bench_reader LOGIN IN ROLE annotator_reader")
    folder = Path(tempfile.mkdtemp(prefix="annotator-hub-pull-"))
    per = claims // articles
    started = time.perf_counter()
    build_project(folder / "big.annotator", [ArticleSpec(3000, per) for _ in range(articles)])
    built = time.perf_counter() - started
    big = ProjectService.open(folder / "big.annotator", "Benchmark")
    hub.connect(big, server.url(user="bench_editor", dbname="bench_pull"))
    with _timed(server) as pushed:
        hub.push(big)
    big.close()
    empty = ProjectService.open(folder / "empty.annotator", "Reader")
    hub.connect(empty, server.url(user="bench_reader", dbname="bench_pull"))
    with _timed(server) as pulled:
        report = hub.pull(empty)
    counts = (len(empty.article_ids()), report.counts["claim"]["added"] if report else 0)
    empty.close()
    return {
        "articles": counts[0], "claims": counts[1], "build_s": round(built, 1),
        "initial_push_s": pushed["wall_s"], "initial_push": pushed,
        "initial_pull_s": pulled["wall_s"], "initial_pull": pulled,
    }  # fmt: skip


@contextmanager
def _timed(server) -> Iterator[dict]:  # noqa: ANN001
    """Fills the dict with wall seconds, CPU seconds of this process and of the server's
    backends that ended meanwhile (a sync's connection is closed by `_drop_idle`), and the
    load average before and after."""
    from annotator.hub import connection

    figures: dict = {}
    load, server_cpu = os.getloadavg()[0], _server_cpu(server)
    wall, cpu = time.perf_counter(), _cpu()
    yield figures
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    connection.drop_idle()  # its backend ends, so its CPU time is counted
    time.sleep(0.2)  # the postmaster reaps the backend
    figures.update(
        wall_s=round(wall, 1), cpu_s=round(cpu, 1),
        server_cpu_s=round(_server_cpu(server) - server_cpu, 1),
        load_average_1min=[round(load, 1), round(os.getloadavg()[0], 1)],
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desktops", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--pace", type=float, nargs=2, default=(3.0, 10.0), metavar=("MIN", "MAX"),
                        help="seconds between one desktop's edits (uniform)")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--claims", type=int, default=50_000)
    parser.add_argument("--skip-pull", action="store_true")
    parser.add_argument("--skip-desktops", action="store_true")
    args = parser.parse_args(argv)
    from tests.hub.pg_server import running_server

    results: dict = {}
    with running_server() as server:
        plan = {"seconds": args.seconds, "pace_min": args.pace[0], "pace_max": args.pace[1]}
        if not args.skip_desktops:
            results["desktops"] = desktops_benchmark(server, args.desktops, plan)
            print(json.dumps(results, indent=2), flush=True)
        if not args.skip_pull:
            results["initial_pull"] = initial_pull_benchmark(server, args.articles, args.claims)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
