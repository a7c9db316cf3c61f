"""MAP@5 of `annotator match` on the CheckThat! 2022 2A English data, through the CLI's batch form.

    python -m benchmarks.matching_map [--eval-dir ../shared/eval] [--splits dev devtest train]
                                      [--scaling] [--json OUT.json]

Drives the command line exactly as the scorer in shared/eval/README.md does: a fresh project,
`import-factchecks PROJECT snopes-vclaims.jsonl`, then `match PROJECT --queries Q.jsonl --top 5
--json`; MAP@5 as trectools' get_map(depth=5). `--scaling` repeats dev on archives of several
sizes (the relevant fact-checks always kept, the others sampled with seed 0; the largest size
adds rewritten copies of every fact-check as distractors).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = REPO.parent / "shared" / "eval"
if not DEFAULT_EVAL.exists():
    DEFAULT_EVAL = REPO.parents[1] / "shared" / "eval"


def normalise(url: str) -> str:
    scheme, sep, rest = url.strip().partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}{sep}{host.lower()}{slash}{path}".rstrip("/")


def read_qrels(path: Path) -> dict[str, set[str]]:
    relevant: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            query_id, url = line.split("\t")[:2]
            relevant[query_id].add(normalise(url))
    return relevant


def map_at_5(results: dict[str, list[str]], relevant: dict[str, set[str]]) -> float:
    total = 0.0
    for query_id, wanted in relevant.items():
        seen: list[str] = []
        for url in results.get(query_id, []):
            if normalise(url) not in seen:
                seen.append(normalise(url))
        hits, score = 0, 0.0
        for rank, url in enumerate(seen[:5], 1):
            if url in wanted:
                hits += 1
                score += hits / rank
        total += score / len(wanted)
    return total / len(relevant)


def cli(*args: str) -> tuple[str, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "annotator", *args], capture_output=True, text=True, check=True
    )
    return done.stdout, time.perf_counter() - started


def run_split(project: Path, queries: Path, qrels: Path) -> dict[str, float]:
    out, seconds = cli("match", str(project), "--queries", str(queries), "--top", "5", "--json")
    results = {}
    for line in out.splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        results[record["id"]] = [m["url"] for m in record["matches"]]
    count = sum(1 for line in queries.read_text(encoding="utf-8").splitlines() if line.strip())
    return {"map5": round(map_at_5(results, read_qrels(qrels)), 4), "queries": count,
            "ms_per_query": round(1000 * seconds / count, 1)}  # fmt: skip


def build_project(folder: Path, records: list[str], name: str) -> tuple[Path, float]:
    feed = folder / f"{name}.jsonl"
    feed.write_text("\n".join(records) + "\n", encoding="utf-8")
    project = folder / f"{name}.annotator"
    _, seconds = cli("import-factchecks", str(project), str(feed))
    return project, seconds


def scaling(folder: Path, lines: list[str], eval_dir: Path) -> list[dict[str, object]]:
    wanted = set().union(*read_qrels(eval_dir / "matching" / "dev.qrels.tsv").values())
    keep = [line for line in lines if normalise(json.loads(line)["url"]) in wanted]
    others = [line for line in lines if normalise(json.loads(line)["url"]) not in wanted]
    random.Random(0).shuffle(others)
    rows = []
    for size in (1000, 3500, 7000, len(lines), 4 * len(lines)):
        if size <= len(lines):
            records = keep + others[: size - len(keep)]
        else:
            records = lines + [_distractor(line, copy) for copy in range(1, 4) for line in lines]
        project, seconds = build_project(folder, records, f"scale-{size}")
        result = run_split(
            project, eval_dir / "matching" / "dev.jsonl", eval_dir / "matching" / "dev.qrels.tsv"
        )
        rows.append({"archive": len(records), "import_s": round(seconds, 2), **result})
        print(json.dumps(rows[-1]), flush=True)
    return rows


def _distractor(line: str, copy: int) -> str:
    """A copy of a fact-check under another url, its words shuffled: more text, no new answers."""
    record = json.loads(line)
    rng = random.Random(f"{record['url']}{copy}")
    for field in ("claimReviewed", "headline", "description"):
        words = str(record.get(field, "")).split()
        rng.shuffle(words)
        record[field] = " ".join(words[: max(3, len(words) // 2)])
    record["url"] = record["url"].rstrip("/") + f"-copy-{copy}/"
    return json.dumps(record)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--splits", nargs="+", default=["dev", "devtest"])
    parser.add_argument("--scaling", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with gzip.open(
        args.eval_dir / "factchecks" / "snopes-vclaims.jsonl.gz", "rt", encoding="utf-8"
    ) as handle:
        lines = [line.rstrip("\n") for line in handle if line.strip()]
    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project, seconds = build_project(folder, lines, "snopes-vclaims")
        report["import"] = {"factchecks": len(lines), "seconds": round(seconds, 2)}
        print(json.dumps(report["import"]), flush=True)
        for split in args.splits:
            matching = args.eval_dir / "matching"
            report[split] = run_split(
                project, matching / f"{split}.jsonl", matching / f"{split}.qrels.tsv"
            )
            print(split, json.dumps(report[split]), flush=True)
        if args.scaling:
            report["scaling"] = scaling(folder, lines, args.eval_dir)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
