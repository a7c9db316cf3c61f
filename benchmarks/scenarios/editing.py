"""Working on the big article: make a claim from a selection, and change a claim's verdict.

Both go through the window as a user's action does, in this process (offscreen):

- create_claim: a seeded span of the reader is selected (untimed), then
  `new_claim_action.trigger()` is timed: the claim is validated, stored (committed),
  highlighted (`ArticleReader.set_claim`), inserted in the claims list, selected and
  shown in the inspector before it returns. Pending paints are flushed untimed.
- change_verdict: a claim is selected (untimed), then the inspector's verdict combo is
  set to another verdict and its `activated` signal emitted, as a click does; this
  stores the change, repaints the highlight's range and updates the list row.

The library's claim counts refresh on a 150 ms timer after each edit and are not counted.
"""

from __future__ import annotations

import random

from benchmarks.data import word_spans
from benchmarks.harness import Config, Result, ms, repeat
from benchmarks.qtenv import ModalGuard, application
from benchmarks.scenarios.open_article import make_project, workload

GROUP = "editing"
SCENARIOS = ("create_claim", "change_verdict")


def run(config: Config) -> list[Result]:
    from annotator.ui.main_window import MainWindow

    app = application(config.work_dir / "settings")
    path, _small, big = make_project(config, "editing.annotator")
    size, claims = workload(config)
    label = f"{size / 1e6:g} MB, {claims:,} claims"
    window = MainWindow("Benchmark")
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    guard = ModalGuard()
    with guard:
        try:
            assert window.open_project(path, create=False)
            window.show_article(big)
            app.processEvents()
            service = window.service
            assert service is not None
            rng = random.Random(config.seed)
            text = service.article(big).text
            runs = config.runs(30, 3)

            # -- create a claim from a selection --
            words = word_spans(text)
            before = len(service.claims(big))

            def select() -> None:
                app.processEvents()
                first = rng.randrange(len(words) - 20)
                last = first + rng.randint(3, 15)
                window.reader.select_span(words[first][0], words[last][1])
                assert window.claims.new_claim_action.isEnabled()

            created = repeat(window.claims.new_claim_action.trigger, runs, config.warmup, select)
            app.processEvents()
            made = len(service.claims(big)) - before
            if made != runs + config.warmup:
                raise RuntimeError(f"new_claim_action made {made} claims, expected {runs + config.warmup}")

            # -- change a claim's verdict --
            ids = [c.id for c in service.claims(big)]
            combo = window.inspector.verdict
            chosen: dict[str, object] = {}

            def pick() -> None:
                app.processEvents()
                claim_id = rng.choice(ids)
                window.select_claim(claim_id)
                current = combo.currentIndex()
                index = (current + rng.randrange(1, combo.count())) % combo.count()
                chosen.update(claim=claim_id, index=index, verdict=combo.itemData(index))

            def change() -> None:
                index = int(chosen["index"])  # type: ignore[arg-type]
                combo.setCurrentIndex(index)
                combo.activated.emit(index)

            def change_and_check() -> None:
                change()
                if service.claim(str(chosen["claim"])).verdict_id != chosen["verdict"]:
                    raise RuntimeError("the verdict change was not stored")

            changed = repeat(change, runs, config.warmup, pick)
            pick()
            change_and_check()
            app.processEvents()
        finally:
            window.close()
            app.processEvents()
    return [
        Result("create_claim", "claim from a selection: stored, highlighted, listed", "ms", ms(created), limit=5, size=label),
        Result("change_verdict", "change a claim's verdict in the inspector", "ms", ms(changed), limit=5, size=label),
    ]
