"""`ProjectService`: an open project's articles, claims, sources, settings and people.

The window, the command line, the exporters and the hub reach a project through it and
the service modules beside it, which take a `ProjectService`.

It adds what storage does not know: ids, authors and timestamps, validation of
user input, quotes computed from the text, and change notices once an edit has committed.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from annotator.anchoring import quote_at, trim_span
from annotator.domain import Article, ArticleDraft, Claim, Comment, ReviewStatus, Source, Verdict
from annotator.domain.dates import today, utc_now
from annotator.domain.people import Person, display_names
from annotator.errors import ValidationError, msg
from annotator.services import validation
from annotator.services.changes import Change, ChangeKind, ChangeNotifier
from annotator.services.people import identity_for_name, people_called
from annotator.services.stamps import stamp
from annotator.services.validation import (
    SOURCE_FIELDS,
    URL_SETTINGS,
    normalise_tags,
    validate_setting_url,
)
from annotator.storage import (
    ArticleSnapshot,
    ArticleSummary,
    ClaimSnapshot,
    ProjectStore,
    approvals,
)
from annotator.storage.person_stamp import stamp_acting_person

__all__ = [
    "SOURCE_FIELDS",
    "URL_SETTINGS",
    "ProjectService",
    "new_id",
    "normalise_tags",
    "nothing_changed",
    "people_called",
    "validate_setting_url",
]


def new_id() -> str:
    """A new random item id (UUID 4)."""
    return str(uuid.uuid4())


class ProjectService:
    """An open project plus the person working on it (a stable id and a display name).

    Without an explicit `author_id`, the name is taken as the one person of that name the
    file knows, else as the name's legacy identity (`legacy_person_id`).
    """

    def __init__(self, store: ProjectStore, author: str, author_id: str | None = None) -> None:
        self.store = store
        self._author = author
        self.author_id = author_id or identity_for_name(store, author)
        self.changes = ChangeNotifier()
        self._text_cache: dict[str, Article] = {}
        self._verdicts: list[Verdict] | None = None
        self._verdicts_by_id: dict[str, Verdict] = {}
        self._display_names: dict[str, str] | None = None
        store.on_rollback(self._forget_cached)
        stamp_acting_person(store, lambda: (self._author, self.author_id))

    def _forget_cached(self) -> None:
        """A rolled-back transaction may have left its values in the caches."""
        self._text_cache.clear()
        self._verdicts = None

    @classmethod
    def open(
        cls,
        path: str | Path,
        author: str,
        *,
        create: bool = True,
        read_only: bool = False,
        author_id: str | None = None,
        backup_dir: Path | None = None,
        verdict_names: Callable[[str], str] | None = None,
    ) -> ProjectService:
        """Open (or create) a project. With `backup_dir`, a project with an older schema is
        backed up there before it is upgraded (and not upgraded if that fails). A project this
        creates gets its verdicts named by `verdict_names` (`verdict_scale.name_new_scale`)."""
        name_scale = verdict_names if create and not Path(path).exists() else None
        before_upgrade = None
        if backup_dir is not None:
            from annotator.storage.backups import backup_before_upgrade

            folder = backup_dir
            before_upgrade = lambda p: backup_before_upgrade(p, folder)  # noqa: E731
        service = cls(
            ProjectStore.open(
                path, create=create, read_only=read_only, before_upgrade=before_upgrade
            ),
            author,
            author_id,
        )
        if name_scale is not None:  # (imported here: verdict_scale imports this module)
            from annotator.services.verdict_scale import name_new_scale
            name_new_scale(service, name_scale)
        return service

    @classmethod
    def open_for_reading(
        cls, path: str | Path, author: str, author_id: str | None = None
    ) -> ProjectService:
        """Open only to read (list, show, export, search): the file is not changed at all."""
        return cls(ProjectStore.open_for_reading(path), author, author_id)

    # -- people ----------------------------------------------------------------------------

    @property
    def author(self) -> str:
        """My display name (what name-only records and messages show)."""
        return self._author

    @author.setter
    def author(self, name: str) -> None:
        """Work as the person called `name` (a different identity); to rename, use rename_me."""
        self._author = name
        self.author_id = identity_for_name(self.store, name)

    def people_called(self, name: str) -> list[Person]:
        """Everyone `name` can mean in this file (see `people_called`)."""
        return people_called(self.store, name)

    def identity_for(self, name: str) -> str:
        """The id of the person called `name` in this file (or the name's legacy id)."""
        return self.author_id if name == self.author else identity_for_name(self.store, name)

    def remember_me(self) -> None:
        """Record my identity and current display name in the file (before I write in it)."""
        if not self.read_only and approvals.save_person(
            self.store, Person(self.author_id, " ".join(self.author.split()))
        ):
            self._display_names = None

    def rename_me(self, name: str) -> None:
        """A new display name for the same person: shown everywhere their id is."""
        self._author = " ".join(name.split())
        known = approvals.person(self.store, self.author_id) is not None
        if known and not self.read_only:
            self.remember_me()
            self._notify(ChangeKind.RELOADED)

    def display_name(self, person_id: str, fallback: str = "") -> str:
        """The person's current display name, with a short id when two people share it."""
        if self._display_names is None:
            self._display_names = display_names(approvals.people(self.store))
        return self._display_names.get(person_id) or fallback or "unknown"

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def open_notices(self) -> list[str]:
        """Messages about what opening the project did (a stale -wal set aside), to show once."""
        return list(self.store.notices)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.store.close()

    def transaction(self) -> AbstractContextManager[None]:
        """Group several service calls into one transaction (undo of a compound edit):
        all of it is saved or none, and the views hear of it only after the commit."""
        return self.store.transaction()

    def backup_to(self, target: str | Path) -> None:
        """A complete copy of the open project (SQLite's online backup API) at `target`."""
        self.store.backup_to(target)

    def wait_until_file_complete(self, timeout: float = 5.0) -> bool:
        """Wait until a copy of the project file alone would hold every edit made so far
        (they are copied in from the -wal as soon as edits pause, about 0.2 s)."""
        return self.store.wait_until_file_complete(timeout)

    def find_claim(self, claim_id: str) -> Claim | None:
        """The claim, or None if it is gone (deleted here or in another window)."""
        return self.store.get_claim(claim_id)

    def article_versions(self, article_id: str) -> list[tuple[int, str, str]]:
        """(version, created, author) of each stored version of an article, oldest first."""
        return self.store.article_versions(article_id)

    def _notify(
        self, kind: ChangeKind, article_id: str | None = None, claim_id: str | None = None
    ) -> None:
        """Tell the views, once the open transaction (if any) has committed; never on rollback."""
        change = Change(kind, article_id, claim_id)
        self.store.after_commit(lambda: self.changes.notify(change))

    def reload(self) -> None:
        """Forget cached data (another process or a merge changed the file) and tell the views."""
        self._text_cache.clear()
        self._verdicts = None
        self._display_names = None
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
            raise ValidationError(msg("The article has no text."))
        now = utc_now()
        article = Article(
            id=new_id(),
            **{f.name: getattr(draft, f.name) for f in dataclasses.fields(ArticleDraft)},
            author=self.author,
            created=now,
            **stamp(self, now),
        )
        if not article.title.strip():
            article.title = validation.title_from_text(article.text)
        article.source_name = validation.without_lone_surrogates(article.source_name)
        article.title = validation.without_lone_surrogates(article.title)
        self.store.add_article(article)
        self._notify(ChangeKind.ARTICLE_ADDED, article.id)
        return article

    def update_article(self, article_id: str, **changes: object) -> tuple[Article, Article]:
        """Change metadata (title, authors, publisher, published, url, language, standfirst,
        report_url: where the fact-check of this article is published)."""
        metadata = validation.article_metadata(changes)
        with self.store.transaction():
            self._text_cache.pop(article_id, None)  # read the stored row, not a cached copy
            before = self.article(article_id)
            if all(getattr(before, name) == value for name, value in metadata.items()):
                return before, before  # nothing changed: no write, no revision, no notice
            after = dataclasses.replace(before, **metadata, **stamp(self))
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
        with approvals.approval_checks_paused(self.store, self.author):
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
            raise ValidationError(msg("Select some text of the article to make a claim."))
        quote, now = quote_at(article.text, start, end), utc_now()
        with self.store.transaction():  # one commit: the stamp records me (remember_me) in it
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
                author_id=self.author_id,
                **stamp(self, now),
            )
            claim = dataclasses.replace(claim, **self._validated_claim_fields(fields))
            self.store.insert_claim(claim)
            claim = self.claim(claim.id)  # as stored: an approval it cannot have is undone
        self._notify(ChangeKind.CLAIM_ADDED, article_id, claim.id)
        return claim

    def _validated_claim_fields(self, changes: dict[str, object]) -> dict[str, Any]:
        return validation.claim_fields(changes, lambda v: self.verdict(v) is not None)

    def update_claim(self, claim_id: str, **changes: object) -> tuple[Claim, Claim]:
        """Change editable fields of a claim; returns (before, after) for undo.

        When the values are what the claim already holds (tags "a,b" saved again as
        ["a", "b"]), nothing is written and `after is before`: see `nothing_changed`.
        """
        fields = self._validated_claim_fields(changes)
        # read and write together: another window may be editing too
        with self.store.transaction():
            before = self.claim(claim_id)
            if all(getattr(before, name) == value for name, value in fields.items()):
                return before, before  # nothing changed: no write, no revision, no notice
            after = dataclasses.replace(before, **fields, **stamp(self))
            self.store.put_claim(after)
            after = self.claim(claim_id)  # as stored: a change to reviewed content voids approval
        self._notify(ChangeKind.CLAIM_CHANGED, after.article_id, after.id)
        return before, after

    def put_claim(self, claim: Claim) -> None:
        """Store `claim` as given (undo and redo restore whole rows this way); the storage rules
        still apply, so an approval the row may not keep is withdrawn (migration 0006)."""
        self.store.put_claim(claim)
        self._notify(ChangeKind.CLAIM_CHANGED, claim.article_id, claim.id)

    def delete_claim(self, claim_id: str) -> ClaimSnapshot:
        snapshot = self.store.delete_claim(claim_id)
        self._notify(ChangeKind.CLAIM_REMOVED, snapshot.claim.article_id, claim_id)
        return snapshot

    def restore_claim(self, snapshot: ClaimSnapshot) -> None:
        with approvals.approval_checks_paused(self.store, self.author):
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
            author_id=self.author_id,
            created=now,
            **stamp(self, now),
            **values,
        )
        self._check_url_required(source)
        self.store.insert_source(source)
        self._notify_sources(claim_id, claim.status)
        return source

    def _check_url_required(self, source: Source) -> None:
        from annotator.services.source_kinds import kind_requires_url

        if not source.url and kind_requires_url(self, source.kind):
            raise ValidationError(msg("A source needs a URL."))

    def _validated_source_fields(self, fields: dict[str, object]) -> dict[str, Any]:
        from annotator.services.source_kinds import known_kind_ids

        kinds = known_kind_ids(self) if "kind" in fields else None
        return validation.source_fields(fields, kinds)

    def update_source(self, source_id: str, **changes: object) -> tuple[Source, Source]:
        fields = self._validated_source_fields(changes)
        with self.store.transaction():
            before = self.source(source_id)
            status = self._status_of(before.claim_id)
            if all(getattr(before, name) == value for name, value in fields.items()):
                return before, before  # nothing changed: no write, no revision, no notice
            after = dataclasses.replace(before, **fields, **stamp(self))
            self._check_url_required(after)
            self.store.put_source(after)
        self._notify_sources(after.claim_id, status)
        return before, after

    def put_source(self, source: Source) -> None:
        status = self._status_of(source.claim_id)
        self.store.put_source(source)
        self._notify_sources(source.claim_id, status)

    def remove_source(self, source_id: str) -> Source:
        status = self._status_of(self.source(source_id).claim_id)
        source = self.store.delete_source(source_id)
        self._notify_sources(source.claim_id, status)
        return source

    def restore_source(self, source: Source) -> None:
        status = self._status_of(source.claim_id)
        self.store.insert_source(source)
        self._notify_sources(source.claim_id, status)

    def _status_of(self, claim_id: str) -> ReviewStatus | None:
        claim = self.store.get_claim(claim_id)
        return claim.status if claim else None

    def sources_by_claim(self) -> dict[str, list[Source]]:
        """Every source of the project grouped by claim id, in order (one read, for exports)."""
        return self.store.sources_by_claim()

    def comments_by_claim(self) -> dict[str, list[Comment]]:
        """Every comment and reply grouped by claim id, oldest first (for exports)."""
        from annotator.storage.review_store import ReviewStore

        grouped: dict[str, list[Comment]] = {}
        for stored in ReviewStore(self.store).all_comments():
            grouped.setdefault(stored.comment.claim_id, []).append(stored.comment)
        return grouped

    def _notify_sources(self, claim_id: str, status_before: ReviewStatus | None) -> None:
        claim = self.store.get_claim(claim_id)
        self._notify(ChangeKind.SOURCES_CHANGED, claim.article_id if claim else None, claim_id)
        if claim is not None and claim.status != status_before:
            # a source change took the claim's approval back (storage triggers)
            self._notify(ChangeKind.CLAIM_CHANGED, claim.article_id, claim_id)


def nothing_changed(before: object, after: object) -> bool:
    """True when an update_* call found nothing to change (it returns one object twice)."""
    return before is after
