"""A process that edits a project through ProjectService until it is killed.

Run as `python crash_worker.py PROJECT SEED [ROLE]`. After each committed edit it
prints one line and flushes, so the parent knows exactly what was reported done:

    DONE claim <claim id>           a claim was created
    DONE edit <claim id> <field> <n> a field of the claim was set to str(n)
    BEGIN delete <claim id>         about to delete the claim (it may be gone when killed)
    DONE delete <claim id>          the claim was deleted
    DONE source <source id> <claim id>  a source was added

Values n are time.time_ns() at the edit (role "all"), so a later edit has a larger n.
ROLE "all" (default) edits `explanation` and creates/deletes claims and sources;
ROLE "counter" increments a counter in the project settings in one transaction;
any other ROLE names one claim field this writer alone sets on existing claims
(two-writer test); if it finds its field changed behind its back it prints
"LOST <claim id> <field> <expected> became <found>".
A fourth argument stops the worker after that many edits. Roles other than "all" wait
for a line on stdin after READY, so two writers can be started at the same moment.
"""

from __future__ import annotations

import random
import sys
import time

from annotator.domain import ArticleDraft
from annotator.services import ProjectService

TEXT = "".join(f"Sentence number {i} says something checkable. " for i in range(300))


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def main(path: str, seed: int, role: str = "all", limit: int = 0) -> None:
    rng = random.Random(seed)
    service = ProjectService.open(path, f"worker-{seed}")
    ids = service.article_ids()
    if not ids:
        article = service.add_article(ArticleDraft(title="Crash test", text=TEXT))
        say("DONE article", article.id)
        ids = [article.id]
    article_id = ids[0]
    claims = [c.id for c in service.claims(article_id)]
    say("READY", len(claims))
    if role != "all":
        sys.stdin.readline()  # start together with the other writer
    count = 0
    written: dict[str, str] = {}  # what this writer last stored in its field, per claim
    while not limit or count < limit:
        count += 1
        action = rng.random()
        if role == "counter":  # read-modify-write in one transaction, racing another process
            with service.store.transaction():
                value = int(service.store.setting("counter", "0")) + 1
                service.store.set_settings({"counter": str(value)})
            say("DONE counter", value)
            continue
        if role != "all":  # count up in one field of existing claims, racing another writer
            claim_id = rng.choice(claims)
            stored = getattr(service.claim(claim_id), role)
            if claim_id in written and stored != written[claim_id]:
                say("LOST", claim_id, role, written[claim_id], "became", stored or "-")
            value = int(stored or 0) + 1
            service.update_claim(claim_id, **{role: str(value)})
            written[claim_id] = str(value)
            say("DONE edit", claim_id, role, value)
            continue
        if action < 0.3 or len(claims) < 3:
            start = rng.randrange(0, len(TEXT) - 40)
            claim = service.create_claim(article_id, start, start + rng.randrange(5, 40))
            claims.append(claim.id)
            say("DONE claim", claim.id)
        elif action < 0.8:
            claim_id = rng.choice(claims)
            value = time.time_ns()
            service.update_claim(claim_id, explanation=str(value))
            say("DONE edit", claim_id, "explanation", value)
        elif action < 0.9:
            source = service.add_source(rng.choice(claims), url=f"https://example.org/{count}")
            say("DONE source", source.id, source.claim_id)
        else:
            claim_id = claims.pop(rng.randrange(len(claims)))
            say("BEGIN delete", claim_id)  # so a delete committed but not yet reported is expected
            service.delete_claim(claim_id)
            say("DONE delete", claim_id)
    say("FINISHED")
    service.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), *(sys.argv[3:4] or ["all"]), *map(int, sys.argv[4:5]))
