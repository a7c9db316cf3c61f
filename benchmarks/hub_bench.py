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


def _desktop(number: int, url: str, folder: str, plan: dict, article_id: str, out, start) -> None:  # noqa: ANN001
    """One simulated desktop (runs in its own process); edits from `start` for plan["seconds"]."""
    import psycopg

    from annotator.hub import HubError
    from annotator.hub import sync as hub
    from annotator.services import ProjectService

    rng = random.Random(number)
    name = f"Desk {number}"
    project = ProjectService.open(Path(folder) / f"desk{number}.annotator", name, author_id=f"desk-{number}")
    project.remember_me()
    hub.connect(project, url)
    seen: dict[str, float] = {}
    latencies: list[float] = []
    made: dict[str, str] = {}  # claim id -> last explanation written
    online_since = time.time()
    offline_until = 0.0
    listener = None

    def do_sync() -> None:
        try:
            hub.sync(project)
        except HubError:
            return
        now = time.time()
        for claim in project.claims(article_id):
            marker = claim.explanation
            if marker and marker not in seen and claim.id not in made:
                seen[marker] = now
                stamp = float(marker.split("@")[1])
                if stamp >= online_since:
                    latencies.append(now - stamp)

    do_sync()
    out.put({"ready": number})
    start.wait()
    pace = (plan["pace_min"], plan["pace_max"])
    end = time.time() + plan["seconds"]
    online_since = time.time()
    next_edit = time.time() + rng.uniform(*pace)
    while time.time() < end:
        now = time.time()
        if now < offline_until:
            time.sleep(min(0.1, offline_until - now))
            continue
        if listener is None:
            try:
                listener = psycopg.connect(url, autocommit=True)
                listener.execute("LISTEN annotator_hub")
                online_since = time.time()
                do_sync()
            except psycopg.Error:
                listener = None
                time.sleep(0.2)
                continue
        if now >= next_edit:
            mine = list(made)
            if mine and rng.random() < 0.5:
                claim_id = rng.choice(mine)
            else:
                start = rng.randrange(0, len(TEXT) - 20)
                claim_id = project.create_claim(article_id, start, start + 10).id
            marker = f"{claim_id[:8]}-{rng.random():.6f}@{time.time():.6f}"
            project.update_claim(claim_id, explanation=marker)
            made[claim_id] = marker
            do_sync()
            next_edit = time.time() + rng.uniform(*pace)
            if rng.random() < 0.15:  # the train enters a tunnel
                listener.close()
                listener = None
                offline_until = time.time() + rng.uniform(1.0, 4.0)
            continue
        try:
            woke = any(True for _ in listener.notifies(timeout=min(0.2, next_edit - now), stop_after=1))
        except psycopg.Error:
            listener = None
            continue
        if woke:
            do_sync()
    if listener is not None:
        listener.close()
    out.put({"desk": number, "made": made, "latencies": latencies})
    project.close()


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


def desktops_benchmark(server, desktops: int, plan: dict) -> dict:
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
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    start = ctx.Event()
    seconds = plan["seconds"]
    procs = [
        ctx.Process(target=_desktop, args=(n, urls[n], folder, plan, article.id, out, start))
        for n in range(desktops)
    ]
    for proc in procs:
        proc.start()
    for _ in procs:
        out.get(timeout=300)  # every desktop started and made its first sync
    start.set()
    kills = 0
    deadline = time.time() + seconds
    rng = random.Random(7)
    with _admin(admin_url) as admin:
        while time.time() < deadline:
            time.sleep(1.0)
            victim = f"desk{rng.randrange(desktops)}"
            kills += admin.execute(
                "SELECT coalesce(sum(pg_terminate_backend(pid)::int), 0) FROM pg_stat_activity "
                "WHERE usename = %s", [victim],
            ).fetchone()[0]
    results = [out.get(timeout=seconds + 120) for _ in procs]
    for proc in procs:
        proc.join()
    settled = _settle(urls, folder, article.id)
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
        "latency_p90_s": round(latencies[int(0.9 * (len(latencies) - 1))], 3) if latencies else None,
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
