"""An invariant over random sequences: whatever the edits and the order of syncs, once
everyone has synced twice every desktop holds the same items, and conflicts appear only
where two desktops changed the same claim."""

from __future__ import annotations

import random

import pytest

from annotator.domain import ArticleDraft
from annotator.hub import sync as hub
from annotator.services.merge import conflicts

TEXT = "Random edits on a shared article: " + "the council spent 4 million on roads. " * 8


def _snapshot(project, article_id: str) -> dict[str, tuple]:
    return {c.id: (c.explanation, c.claimant) for c in project.claims(article_id)}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_and_syncs_converge(desktop, hub_db, seed):
    rng = random.Random(seed)
    names = ("Ana", "Bo", "Cid")
    desks = []
    for name in names:
        project = desktop(name, f"person-{name}")
        hub.connect(project, hub_db["user"](name.lower(), "checker"))
        desks.append(project)
    article = desks[0].add_article(ArticleDraft(title="Shared", text=TEXT))
    for project in desks:
        hub.sync(project)
    touched: dict[str, set[str]] = {}  # claim -> who changed it since everyone last synced
    for step in range(25):
        who = rng.randrange(3)
        project = desks[who]
        claims = project.claims(article.id)
        action = rng.random()
        if action < 0.35 or not claims:
            start = rng.randrange(0, len(TEXT) - 10)
            claim = project.create_claim(article.id, start, start + 8)
            touched.setdefault(claim.id, set()).add(names[who])
        elif action < 0.8:
            claim = rng.choice(claims)
            project.update_claim(claim.id, explanation=f"{names[who]} step {step}")
            touched.setdefault(claim.id, set()).add(names[who])
        else:
            hub.sync(project)
    for _round in range(2):
        for project in desks:
            hub.sync(project)
    first = _snapshot(desks[0], article.id)
    assert all(_snapshot(p, article.id) == first for p in desks[1:])
    conflicted = {c.item_id for p in desks for c in conflicts(p)}
    assert conflicted <= {cid for cid, who in touched.items() if len(who) > 1}
