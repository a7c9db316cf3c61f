"""Random sequences of service edits keep the project file consistent (hypothesis, stateful)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from annotator.domain import ArticleDraft
from annotator.services import ProjectService

TEXTS = [
    "Unemployment fell to 4.2% in March, the lowest since 2008.\n\nThe minister said so twice.",
    "Zéro\u200bwidth and \u202eRTL\u202c text, emoji 👩‍👩‍👧 and combining e\u0301 marks.",
    "x" * 3000 + " the end.",
]
FIELD_TEXT = st.text(
    alphabet=st.characters(exclude_categories=("Cs",)), max_size=40
)  # anything storable, including controls and bidi marks
STATUSES = ["draft", "ready_for_review", "approved", "changes_requested"]


class ServiceEdits(RuleBasedStateMachine):
    """Keeps a model (claim ids, sources per claim) next to the real project.

    Ids are random uuids, so choices are drawn from the model in creation order (never
    sorted by id), which keeps every run of a test case the same for hypothesis.
    """

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
        self.service = ProjectService.open(self.folder / "fuzz.annotator", "Fuzzer")
        self.articles: list[str] = []
        self.claims: dict[str, str] = {}  # claim id -> article id
        self.sources: dict[str, str] = {}  # source id -> claim id
        self.deleted_claims: list = []  # snapshots for restore
        self.deleted_sources: list = []

    @initialize(texts=st.lists(st.sampled_from(TEXTS), min_size=1, max_size=2))
    def add_articles(self, texts: list[str]) -> None:
        for i, text in enumerate(texts):
            self.articles.append(
                self.service.add_article(ArticleDraft(title=f"A{i}", text=text)).id
            )

    @rule(data=st.data())
    def create_claim(self, data: st.DataObject) -> None:
        article_id = data.draw(st.sampled_from(self.articles))
        length = len(self.service.article(article_id).text)
        start = data.draw(st.integers(-5, length + 5))
        end = data.draw(st.integers(-5, length + 5))
        try:
            claim = self.service.create_claim(article_id, start, end)
        except Exception as error:  # only a clear "select some text" is acceptable
            assert type(error).__name__ == "ValidationError", error
            return
        self.claims[claim.id] = article_id

    @precondition(lambda self: self.claims)
    @rule(
        data=st.data(),
        explanation=FIELD_TEXT,
        claimant=FIELD_TEXT,
        tags=st.lists(FIELD_TEXT, max_size=4),
    )
    def update_claim(self, data, explanation, claimant, tags) -> None:
        claim_id = data.draw(st.sampled_from(list(self.claims)))
        verdict = data.draw(st.sampled_from([None, *(v.id for v in self.service.verdicts())]))
        status = data.draw(st.sampled_from(STATUSES))
        _, after = self.service.update_claim(
            claim_id,
            explanation=explanation,
            claimant=claimant,
            tags=tags,
            verdict_id=verdict,
            status=status,
        )
        stored = self.service.claim(claim_id)
        assert stored.explanation == explanation and stored.claimant == claimant
        assert stored == after

    @precondition(lambda self: self.claims)
    @rule(data=st.data(), title=FIELD_TEXT, path=st.text(alphabet="abc/-_.", max_size=10))
    def add_source(self, data, title, path) -> None:
        claim_id = data.draw(st.sampled_from(list(self.claims)))
        source = self.service.add_source(claim_id, url=f"https://example.org/{path}", title=title)
        self.sources[source.id] = claim_id

    @precondition(lambda self: self.sources)
    @rule(data=st.data(), excerpt=FIELD_TEXT)
    def edit_source(self, data, excerpt) -> None:
        source_id = data.draw(st.sampled_from(list(self.sources)))
        self.service.update_source(source_id, excerpt=excerpt)
        assert self.service.source(source_id).excerpt == excerpt.strip()

    @precondition(lambda self: self.sources)
    @rule(data=st.data())
    def remove_source(self, data) -> None:
        source_id = data.draw(st.sampled_from(list(self.sources)))
        self.deleted_sources.append(self.service.remove_source(source_id))
        del self.sources[source_id]

    @precondition(lambda self: self.deleted_sources)
    @rule()
    def restore_source(self) -> None:
        source = self.deleted_sources.pop()
        if source.claim_id in self.claims:
            self.service.restore_source(source)
            self.sources[source.id] = source.claim_id

    @precondition(lambda self: self.claims)
    @rule(data=st.data())
    def delete_claim(self, data) -> None:
        claim_id = data.draw(st.sampled_from(list(self.claims)))
        snapshot = self.service.delete_claim(claim_id)
        assert {s.id for s in snapshot.sources} == {
            s for s, c in self.sources.items() if c == claim_id
        }
        self.deleted_claims.append(snapshot)
        del self.claims[claim_id]
        self.sources = {s: c for s, c in self.sources.items() if c != claim_id}

    @precondition(lambda self: self.deleted_claims)
    @rule()
    def restore_claim(self) -> None:
        snapshot = self.deleted_claims.pop()
        self.service.restore_claim(snapshot)
        self.claims[snapshot.claim.id] = snapshot.claim.article_id
        self.sources.update({s.id: s.claim_id for s in snapshot.sources})

    @rule()
    def reopen(self) -> None:
        path = self.service.path
        self.service.close()
        self.service = ProjectService.open(path, "Fuzzer", create=False)

    @invariant()
    def consistent(self) -> None:
        store = self.service.store
        assert store.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
        claims = store.all_claims()
        assert {c.id: c.article_id for c in claims} == self.claims
        assert {s.id: c for c, ss in store.sources_by_claim().items() for s in ss} == self.sources
        for claim in claims:
            assert (
                claim.exact == self.service.article(claim.article_id).text[claim.start : claim.end]
            )

    def teardown(self) -> None:
        try:
            assert self.service.store.integrity_check() == "ok"
            self.service.close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


ServiceEdits.TestCase.settings = settings(
    max_examples=50,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# Fuzzing: 50 random sequences of 30 edits, each on a new project file (about 25 CPU-seconds);
# in the `-m slow` part of the README's test command, which CI runs too.
TestServiceEdits = pytest.mark.slow(ServiceEdits.TestCase)
