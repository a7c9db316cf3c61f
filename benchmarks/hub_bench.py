"""`python -m benchmarks.hub_bench`: the team hub under load (see docs/HUB.md, "Figures").

1. Simulated desktops: N processes, each with its own project file and hub role, make
   edits at a checker's pace (a new claim or an edit of one of their own claims every
   0.5-2 s), sync when the hub's NOTIFY wakes them, and go offline at random (no syncing
   for a few seconds; now and then the coordinator also kills their hub sessions with
   pg_terminate_backend). Afterwards every desktop syncs until quiet, and the benchmark
   checks that every edit reached every desktop and that there are no conflicts (nobody
   edited a field someone else edited). Latency: time from an edit's commit on one desktop
   to its arrival on another that was online the whole time (median, 90th percentile).
2. Initial pull: a hub holding 2,000 articles and 50,000 claims, pulled into an empty project.

Starts its own PostgreSQL server (tests/hub/pg_server.py). Prints one JSON document.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TEXT = "A shared article that every simulated desktop annotates. " * 40


def _admin(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True)


class _Desktop:
    """One simulated desktop (in its own process): edits, syncs on NOTIFY, goes offline."""

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
        self.seen: dict[str, float] = {}
        self.latencies: list[float] = []
        self.made: dict[str, str] = {}  # claim id -> last explanation written
        self.online_since = time.time()
        self.offline_until = 0.0
        self.listener = None

    def sync(self) -> None:
        """Sync, then note when colleagues' edits arrived (counted if online all along)."""
        from annotator.hub import HubError

        try:
            self.hub.sync(self.project)
        except HubError:
            return
        now = time.time()
        for claim in self.project.claims(self.article_id):
            marker = claim.explanation
            if marker and marker not in self.seen and claim.id not in self.made:
                self.seen[marker] = now
                stamp = float(marker.split("@")[1])
                if stamp >= self.online_since:
                    self.latencies.append(now - stamp)

    def edit(self) -> None:
        rng = self.rng
        if self.made and rng.random() < 0.5:
            claim_id = rng.choice(list(self.made))
        else:
            start = rng.randrange(0, len(TEXT) - 20)
            claim_id = self.project.create_claim(self.article_id, start, start + 10).id
        marker = f"{claim_id[:8]}-{rng.random():.6f}@{time.time():.6f}"
        self.project.update_claim(claim_id, explanation=marker)
        self.made[claim_id] = marker
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
        self.sync()
        return True

    def wait_for_notice(self, timeout: float) -> None:
        import psycopg

        try:
            woke = any(True for _ in self.listener.notifies(timeout=timeout, stop_after=1))
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


def _desktop(number: int, url: str, folder: str, plan: dict, article_id: str, out, start) -> None:  # noqa: ANN001
    """Process entry: set up, say ready, wait for the start signal, run, report."""
    desk = _Desktop(number, url, folder, plan, article_id)
    desk.sync()
    out.put({"ready": number})
    start.wait()
    desk.run()
    out.put({"desk": number, "made": desk.made, "latencies": desk.latencies})


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
    start.set()
    kills = _kill_sessions(server.url(dbname="bench_desks"), desktops, seconds)
    results = [out.get(timeout=seconds + 120) for _ in procs]
    for proc in procs:
        proc.join()
    settled = _settle(urls, folder, article_id)
    made = {cid: m for r in results for cid, m in r["made"].items()}
    lost = sum(1 for state in settled["states"] for cid, m in made.items() if state.get(cid) != m)
    latencies = sorted(x for r in results for x in r["latencies"])
    return {
        "desktops": desktops,
        "seconds": seconds,
        "pace_s": [plan["pace_min"], plan["pace_max"]],
        "edits": sum(len(r["made"]) for r in results),
        "claims": len(made),
        "sessions_killed": kills,
        "lost_or_different": lost,
        "conflicts": settled["conflicts"],
        "latency_samples": len(latencies),
        "latency_median_s": round(statistics.median(latencies), 3) if latencies else None,
        "latency_p90_s": round(latencies[int(0.9 * (len(latencies) - 1))], 3)
        if latencies
        else None,
    }


def initial_pull_benchmark(server, articles: int, claims: int) -> dict:
    from annotator.hub import sync as hub
    from annotator.hub.connection import init_hub
    from annotator.services import ProjectService
    from benchmarks.data import ArticleSpec, build_project

    with _admin(server.url()) as conn:
        conn.execute("CREATE DATABASE bench_pull")
        conn.execute("CREATE ROLE bench_editor LOGIN IN ROLE annotator_editor")
        conn.execute("CREATE ROLE bench_reader LOGIN IN ROLE annotator_reader")
    admin_url = server.url(dbname="bench_pull")
    init_hub(admin_url)
    folder = Path(tempfile.mkdtemp(prefix="annotator-hub-pull-"))
    per = claims // articles
    started = time.perf_counter()
    build_project(folder / "big.annotator", [ArticleSpec(3000, per) for _ in range(articles)])
    built = time.perf_counter() - started
    big = ProjectService.open(folder / "big.annotator", "Benchmark")
    hub.connect(big, server.url(user="bench_editor", dbname="bench_pull"))
    started = time.perf_counter()
    hub.push(big)
    pushed = time.perf_counter() - started
    big.close()
    empty = ProjectService.open(folder / "empty.annotator", "Reader")
    hub.connect(empty, server.url(user="bench_reader", dbname="bench_pull"))
    started = time.perf_counter()
    report = hub.pull(empty)
    pulled = time.perf_counter() - started
    counts = (len(empty.article_ids()), report.counts["claim"]["added"] if report else 0)
    empty.close()
    return {
        "articles": counts[0], "claims": counts[1], "build_s": round(built, 1),
        "initial_push_s": round(pushed, 1), "initial_pull_s": round(pulled, 1),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desktops", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--pace", type=float, nargs=2, default=(3.0, 10.0), metavar=("MIN", "MAX"),
                        help="seconds between one desktop's edits (uniform)")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--claims", type=int, default=50_000)
    parser.add_argument("--skip-pull", action="store_true")
    args = parser.parse_args(argv)
    from tests.hub.pg_server import running_server

    results: dict = {}
    with running_server() as server:
        plan = {"seconds": args.seconds, "pace_min": args.pace[0], "pace_max": args.pace[1]}
        results["desktops"] = desktops_benchmark(server, args.desktops, plan)
        print(json.dumps(results, indent=2), flush=True)
        if not args.skip_pull:
            results["initial_pull"] = initial_pull_benchmark(server, args.articles, args.claims)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
