"""`python -m benchmarks [--quick] [--json PATH] [--only NAME ...]`: run the benchmark suite.

Prints a table (scenario, workload, median, min, max, target, status, ratio to its floor);
see docs/PERFORMANCE.md for what each scenario measures and how. Exits 1 if a scenario
failed to run (an error, not a missed target: misses are results, not failures).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

GROUPS = (
    "startup",
    "open_article",
    "editing",
    "claims_list",
    "exports",
    "merge",
    "imports",
    "search",
    "reanchor",
    "file_size",
    "pdf_layout",
    "scaling",
    "suggest",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description="Annotator's benchmark suite."
    )
    parser.add_argument(
        "--quick", action="store_true", help="small sizes and few runs (the smoke test)"
    )
    parser.add_argument(
        "--json", metavar="PATH", type=Path, help="also write the results as JSON to PATH"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        help=f"run only these groups or scenarios (groups: {', '.join(GROUPS)})",
    )
    parser.add_argument(
        "--seed", type=int, default=None, help="seed of the generated data (default: fixed)"
    )
    parser.add_argument(
        "--list", action="store_true", help="list the groups and scenarios, then exit"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from benchmarks import harness
    from benchmarks.data import SEED
    from benchmarks.qtenv import use_offscreen

    use_offscreen()

    modules = [importlib.import_module(f"benchmarks.scenarios.{name}") for name in GROUPS]
    if args.list:
        for module in modules:
            print(f"{module.GROUP}: {', '.join(module.SCENARIOS)}")
        return 0
    wanted = set(args.only or [])
    known = {m.GROUP for m in modules} | {s for m in modules for s in m.SCENARIOS}
    unknown = wanted - known
    if unknown:
        print(
            f"unknown scenario or group: {', '.join(sorted(unknown))}; try --list", file=sys.stderr
        )
        return 2

    started = time.perf_counter()
    results: list[harness.Result] = []
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as work:
        config = harness.Config(
            quick=args.quick, work_dir=Path(work), seed=SEED if args.seed is None else args.seed
        )
        for module in modules:
            names = [
                s for s in module.SCENARIOS if not wanted or module.GROUP in wanted or s in wanted
            ]
            if not names:
                continue
            print(
                f"[{time.perf_counter() - started:6.1f} s] {module.GROUP} …",
                file=sys.stderr,
                flush=True,
            )
            try:
                group = module.run(config)
            except Exception as error:  # noqa: BLE001 - one broken scenario must not hide the others
                traceback.print_exc()
                message = f"{type(error).__name__}: {error}"[:200]
                group = [harness.Result(n, "", "", error=message) for n in module.SCENARIOS]
            results += [r for r in group if r.name in names]
            if args.json:  # after every group, so a long run that is stopped keeps what it measured
                harness.write_json(
                    harness.report(results, config, time.perf_counter() - started), args.json
                )
    elapsed = time.perf_counter() - started

    print(harness.table(results))
    for title, text in harness.extra_tables:
        print(f"\n{title}:\n{text}")
    extra = harness.notes(results)
    if extra:
        print("\nNotes:\n" + extra)
    print(
        f"\n{len(results)} scenarios in {elapsed:.0f} s ({'quick' if args.quick else 'full'} "
        "sizes)."
    )
    if args.json:
        harness.write_json(harness.report(results, config, elapsed), args.json)
    return 1 if any(r.status == harness.ERROR for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
