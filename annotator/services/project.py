"""`ProjectService`: the one API the window and the command line use to read and change a project.

It adds what storage does not know: ids, authors and timestamps, validation of
user input, quotes computed from the text, and change notices after each commit.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.anchoring import quote_at, trim_span
from annotator.domain import (
    SOURCE_KINDS,
    STANCES,
    Article,
    ArticleDraft,
    Claim,
    ReviewStatus,
    Source,
    Verdict,
    validate_web_url,
)
from annotator.domain.claim import EDITABLE_CLAIM_FIELDS
from annotator.domain.dates import today, utc_now, validate_partial_date
from annotator.errors import ValidationError
from annotator.services.changes import Change, ChangeKind, ChangeNotifier
from annotator.storage import ArticleSnapshot, ArticleSummary, ClaimSnapshot, ProjectStore

SOURCE_FIELDS = (
    "url", "title", "publisher", "source_author", "source_date", "accessed",
    "archive_url", "excerpt", "locator", "kind", "stance",
)  # fmt: skip


def new_id() -> str:
    return str(uuid.uuid4())


class ProjectService:
    """An open project plus the name of the person working on it."""

    def __init__(self, store: ProjectStore, author: str) -> None:
        self.store = store
        self.author = author
        self.changes = ChangeNotifier()
        self._text_cache: dict[str, Article] = {}
        self._verdicts: list[Verdict] | None = None
        self._verdicts_by_id: dict[str, Verdict] = {}

    @classmethod
    def open(cls, path: str | Path, author: str, *, create: bool = True, read_only: bool = False) -> ProjectService:
        return cls(ProjectStore.open(path, create=create, read_only=read_only), author)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.store.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several edits as one transaction; their change notices go out after the commit."""
        with self.changes.held(), self.store.transaction():
            yield

    def _notify(self, kind: ChangeKind, article_id: str | None = None, claim_id: str | None = None) -> None:
        self.changes.notify(Change(kind, article_id, claim_id))

    def reload(self) -> None:
        """Forget cached data (another process or a merge changed the file) and tell the views."""
        self._text_cache.clear()
        self._verdicts = None
        self._notify(ChangeKind.RELOADED)

    # -- settings and verdicts ----------------------------------------------------------

    def settings(self) -> dict[str, str]:
        return self.store.settings()

    def update_settings(self, values: dict[str, str]) -> None:
        """Store settings; a new URL setting must be an absolute http(s) URL (it becomes a link)."""
        current = self.store.settings()
        for key in URL_SETTINGS:
            if values.get(key, "").strip() and values[key] != current.get(key):
                values = {**values, key: validate_setting_url(key, values[key])}
        self.store.set_settings(values)
        self._notify(ChangeKind.SETTINGS_CHANGED)

    def verdicts(self) -> list[Verdict]:
        if self._verdicts is None:
            self._verdicts = self.store.verdicts()
            self._verdicts_by_id = {v.id: v for v in self._verdicts}
        return self._verdicts

    def verdict(self, verdict_id: str | None) -> Verdict | None:
        if verdict_id is None:
            return None
        if self._verdicts is None:
            self.verdicts()
        return self._verdicts_by_id.get(verdict_id)

    def verdict_by_label(self, label: str) -> Verdict | None:
        wanted = label.strip().casefold()
        return next((v for v in self.verdicts() if v.label.casefold() == wanted), None)

    # -- articles ------------------------------------------------------------------------

    def articles(self) -> list[ArticleSummary]:
        return self.store.article_summaries()

    def article_ids(self) -> list[str]:
        return self.store.article_ids()

    def article(self, article_id: str) -> Article:
        cached = self._text_cache.get(article_id)
        if cached is not None:
            return cached
        article = self.store.get_article(article_id)
        if article is None:
            raise KeyError(article_id)
        self._text_cache[article_id] = article
        return article

    def find_duplicate(self, text: str) -> str | None:
        """The id of an article already holding exactly this canonical text."""
        return self.store.find_article_by_text(text)

    def add_article(self, draft: ArticleDraft) -> Article:
        if not draft.text.strip():
            raise ValidationError("The article has no text.")
        now = utc_now()
        article = Article(
            id=new_id(),
            **{f.name: getattr(draft, f.name) for f in dataclasses.fields(ArticleDraft)},
            author=self.author,
            created=now,
            modified=now,
            modified_by=self.author,
        )
        if not article.title.strip():
            article.title = _title_from_text(article.text)
        # A file name that is not UTF-8 (bytes kept as lone surrogates) is shown with U+FFFD.
        article.source_name, article.title = _LONE_SURROGATE.sub("\ufffd", article.source_name), _LONE_SURROGATE.sub("\ufffd", article.title)
        self.store.add_article(article)
        self._notify(ChangeKind.ARTICLE_ADDED, article.id)
        return article

    def update_article(self, article_id: str, **changes: object) -> tuple[Article, Article]:
        """Change metadata (title, authors, publisher, published, url, language, standfirst)."""
        allowed = {"title", "standfirst", "authors", "publisher", "published", "url", "language"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"not article metadata: {sorted(unknown)}")
        if "url" in changes and changes["url"]:
            changes["url"] = validate_web_url(str(changes["url"]))
        if "published" in changes:
            changes["published"] = validate_partial_date(str(changes["published"]))
        with self.store.transaction():
            self._text_cache.pop(article_id, None)  # read the stored row, not a cached copy
            before = self.article(article_id)
            after = dataclasses.replace(before, **changes, modified=utc_now(), modified_by=self.author)
            self.store.update_article_metadata(after)
        self._text_cache[article_id] = after
        self._notify(ChangeKind.ARTICLE_CHANGED, article_id)
        return before, after

    def put_article_metadata(self, article: Article) -> None:
        self.store.update_article_metadata(article)
        self._text_cache[article.id] = article
        self._notify(ChangeKind.ARTICLE_CHANGED, article.id)

    def remove_article(self, article_id: str) -> ArticleSnapshot:
        snapshot = self.store.delete_article(article_id)
        self._text_cache.pop(article_id, None)
        self._notify(ChangeKind.ARTICLE_REMOVED, article_id)
        return snapshot

    def restore_article(self, snapshot: ArticleSnapshot) -> None:
        self.store.restore_article(snapshot)
        self._notify(ChangeKind.ARTICLE_ADDED, snapshot.article_row["id"])

    # -- claims --------------------------------------------------------------------------

    def claims(self, article_id: str) -> list[Claim]:
        return self.store.claims_for_article(article_id)

    def claim(self, claim_id: str) -> Claim:
        claim = self.store.get_claim(claim_id)
        if claim is None:
            raise KeyError(claim_id)
        return claim

    def create_claim(self, article_id: str, start: int, end: int, **fields: object) -> Claim:
        """Anchor a new claim on `text[start:end]` (code points), trimmed of surrounding space."""
        article = self.article(article_id)
        start, end = trim_span(article.text, max(0, start), min(end, len(article.text)))
        if start >= end:
            raise ValidationError("Select some text of the article to make a claim.")
        quote = quote_at(article.text, start, end)
        now = utc_now()
        claim = Claim(
            id=str(fields.pop("id", None) or new_id()),
            article_id=article_id,
            start=start,
            end=end,
            exact=quote.exact,
            prefix=quote.prefix,
            suffix=quote.suffix,
            original_exact=quote.exact,
            anchor_version=article.version,
            author=self.author,
            created=now,
            modified=now,
            modified_by=self.author,
        )
        claim = dataclasses.replace(claim, **self._validated_claim_fields(fields))
        self.store.insert_claim(claim)
        self._notify(ChangeKind.CLAIM_ADDED, article_id, claim.id)
        return claim

    def _validated_claim_fields(self, changes: dict[str, object]) -> dict[str, object]:
        unknown = set(changes) - set(EDITABLE_CLAIM_FIELDS)
        if unknown:
            raise ValueError(f"not editable claim fields: {sorted(unknown)}")
        clean = dict(changes)
        if "claim_date" in clean:
            clean["claim_date"] = validate_partial_date(str(clean["claim_date"] or ""))
        if "verdict_id" in clean and clean["verdict_id"] is not None and self.verdict(str(clean["verdict_id"])) is None:
            raise ValidationError("That verdict is not on this project's scale.")
        if "status" in clean:
            try:
                clean["status"] = ReviewStatus(clean["status"])
            except ValueError as error:
                raise ValidationError(f"Unknown review status {clean['status']!r}.") from error
        if "tags" in clean:
            clean["tags"] = normalise_tags(clean["tags"])  # type: ignore[arg-type]
        for name in ("claim_reviewed", "claimant", "explanation", "internal_note"):
            if name in clean:
                clean[name] = str(clean[name] or "")
        return clean

    def update_claim(self, claim_id: str, **changes: object) -> tuple[Claim, Claim]:
        """Change editable fields of a claim; returns (before, after) for undo."""
        fields = self._validated_claim_fields(changes)
        with self.store.transaction():  # read and write together: another window may be editing too
            before = self.claim(claim_id)
            after = dataclasses.replace(before, **fields, modified=utc_now(), modified_by=self.author)
            self.store.put_claim(after)
        self._notify(ChangeKind.CLAIM_CHANGED, after.article_id, after.id)
        return before, after

    def put_claim(self, claim: Claim) -> None:
        """Store `claim` exactly as given (undo and redo restore whole rows this way)."""
        self.store.put_claim(claim)
        self._notify(ChangeKind.CLAIM_CHANGED, claim.article_id, claim.id)

    def delete_claim(self, claim_id: str) -> ClaimSnapshot:
        snapshot = self.store.delete_claim(claim_id)
        self._notify(ChangeKind.CLAIM_REMOVED, snapshot.claim.article_id, claim_id)
        return snapshot

    def restore_claim(self, snapshot: ClaimSnapshot) -> None:
        self.store.restore_claim(snapshot)
        self._notify(ChangeKind.CLAIM_ADDED, snapshot.claim.article_id, snapshot.claim.id)

    # -- sources -------------------------------------------------------------------------

    def sources(self, claim_id: str) -> list[Source]:
        return self.store.sources_for_claim(claim_id)

    def source(self, source_id: str) -> Source:
        source = self.store.get_source(source_id)
        if source is None:
            raise KeyError(source_id)
        return source

    def add_source(self, claim_id: str, **fields: object) -> Source:
        claim = self.claim(claim_id)
        values = self._validated_source_fields(fields)
        values.setdefault("accessed", today())
        now = utc_now()
        source = Source(
            id=str(fields.get("id") or new_id()),
            claim_id=claim_id,
            position=self.store.next_source_position(claim_id),
            author=self.author,
            created=now,
            modified=now,
            modified_by=self.author,
            **values,  # type: ignore[arg-type]
        )
        if not source.url:
            raise ValidationError("A source needs a URL.")
        self.store.insert_source(source)
        self._notify(ChangeKind.SOURCES_CHANGED, claim.article_id, claim_id)
        return source

    def _validated_source_fields(self, fields: dict[str, object]) -> dict[str, object]:
        clean = {k: ("" if v is None else str(v).strip()) for k, v in fields.items() if k in SOURCE_FIELDS}
        if "url" in clean:
            clean["url"] = validate_web_url(clean["url"])
        if clean.get("archive_url"):
            clean["archive_url"] = validate_web_url(clean["archive_url"])
        for name in ("source_date", "accessed"):
            if name in clean:
                clean[name] = validate_partial_date(clean[name])
        if "kind" in clean and clean["kind"] not in SOURCE_KINDS:
            raise ValidationError(f"A source's kind is one of {', '.join(SOURCE_KINDS)}.")
        if "stance" in clean and clean["stance"] not in STANCES:
            raise ValidationError(f"A source's stance is one of {', '.join(STANCES)}.")
        return clean

    def update_source(self, source_id: str, **changes: object) -> tuple[Source, Source]:
        fields = self._validated_source_fields(changes)
        with self.store.transaction():
            before = self.source(source_id)
            after = dataclasses.replace(before, **fields, modified=utc_now(), modified_by=self.author)
            self.store.put_source(after)
        self._notify_sources(after.claim_id)
        return before, after

    def put_source(self, source: Source) -> None:
        self.store.put_source(source)
        self._notify_sources(source.claim_id)

    def remove_source(self, source_id: str) -> Source:
        source = self.store.delete_source(source_id)
        self._notify_sources(source.claim_id)
        return source

    def restore_source(self, source: Source) -> None:
        self.store.insert_source(source)
        self._notify_sources(source.claim_id)

    def _notify_sources(self, claim_id: str) -> None:
        claim = self.store.get_claim(claim_id)
        self._notify(ChangeKind.SOURCES_CHANGED, claim.article_id if claim else None, claim_id)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
URL_SETTINGS = ("organisation_url", "report_url")


def validate_setting_url(key: str, url: str) -> str:
    try:
        return validate_web_url(url)
    except ValidationError as error:
        label = key.replace("_", " ").capitalize()
        raise ValidationError(f"{label}: only an absolute http or https address is allowed, not {url!r}.") from error


def normalise_tags(tags: object) -> list[str]:
    """Tags from a list or a comma-separated string: trimmed, no empties, no duplicates, order kept."""
    items = tags.split(",") if isinstance(tags, str) else list(tags or [])  # type: ignore[call-overload]
    seen: dict[str, None] = {}
    for tag in items:
        tag = " ".join(str(tag).split())
        if tag and tag.casefold() not in {t.casefold() for t in seen}:
            seen[tag] = None
    return list(seen)


def _title_from_text(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= 120 else first[:117].rstrip() + "…"
