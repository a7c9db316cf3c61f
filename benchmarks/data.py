"""Seeded generators for the benchmark data: article text, claims, sources and whole projects.

Everything comes from `random.Random(seed)`, so one seed always gives the same texts,
spans, field values and ids (ids are seeded UUIDs, not uuid4). The text mixes in
accented letters, CJK and an emoji so code-point and UTF-16 offsets differ, as they
do in real articles.
"""

from __future__ import annotations

import dataclasses
import html
import random
import shutil
import textwrap
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from annotator.anchoring import quote_at
from annotator.anchoring.synthetic import word_spans
from annotator.domain import Article, Block, Claim, ReviewStatus, Source, Verdict
from annotator.services import ProjectService

SEED = 20250301

_WORDS = (  # noqa: SIM905 - a word list reads better as prose
    "the of and to in a is that for it as was with be by on not he this are or his from at which "
    "but have an they you were her she there been one all we their has would when if so no will "
    "more can said who about up its than them out into some could other what only time new "
    "government minister president report million billion percent year years people country "
    "economy budget war peace trade tariffs deal agreement talks border election vote voters "
    "campaign official officials spokesperson according statement claimed claims evidence data "
    "study survey figures rate inflation unemployment growth exports imports energy prices oil "
    "gas minerals rare earths deposits supply chain market markets company companies bank "
    "central interest debt deficit spending tax taxes health hospital vaccine climate emissions "
    "carbon coal wind solar police crime court judge ruling law bill parliament senate congress "
    "ministry agency council city region province state federal national international global "
    "weekly monthly annual record highest lowest largest smallest since before after during "
    "against between under over nearly almost roughly about more than less fewer increase "
    "decrease rose fell doubled halved tripled"
).split()
_RARE = (
    "café",
    "naïve",
    "Zürich",
    "São Paulo",
    "Ελλάδα",
    "東京",
    "Kyiv’s",
    "“quoted”",
    "😀",
    "€4.2bn",
)
_NAMES = (
    "Ana Souza", "Ben Okafor", "Chloé Martin", "Dmytro Kovalenko", "Emma Larsen", "Farid Haddad",
    "Grace Liu", "Hugo Weber", "Ines García", "Jonas Berg", "Kenji Sato", "Lena Novak",
    "Marco Rossi", "Nadia Petrova", "Omar Aziz", "Priya Nair", "Quentin Moreau", "Rosa Díaz",
    "Samuel Adeyemi", "Tara Walsh",
)  # fmt: skip
AUTHORS = ("Alice", "Bob", "Carmen", "Deniz", "Elif", "Femi", "Greta", "Hiro")
_TAGS = (
    "economy", "health", "climate", "trade", "energy", "election", "crime", "war", "budget",
    "statistics", "quote", "viral", "follow-up", "numbers", "history", "science",
)  # fmt: skip
_DOMAINS = (
    "example.org",
    "stats.example.gov",
    "news.example.com",
    "archive.example.net",
    "data.example.int",
)


def seeded_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def stamp(rng: random.Random) -> str:
    """An ISO timestamp in 2025, as the service writes them."""
    day, second = rng.randrange(1, 29), rng.randrange(0, 86_400)
    return f"2025-03-{day:02d}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}.000Z"


def sentence(rng: random.Random, low: int = 8, high: int = 28) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(low, high))]
    if rng.random() < 0.35:
        words.insert(rng.randrange(len(words)), f"{rng.randint(1, 999)}.{rng.randint(0, 9)}%")
    if rng.random() < 0.15:
        words.insert(rng.randrange(len(words)), rng.choice(_RARE))
    if rng.random() < 0.2:
        words.insert(rng.randrange(len(words)), rng.choice(_NAMES))
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + rng.choice("....!?")


def article_text(rng: random.Random, size_bytes: int) -> tuple[str, list[Block]]:
    """Canonical text of about `size_bytes` UTF-8 bytes: headings and paragraphs joined by
    blank lines (the importers' canonical form), with its blocks."""
    parts: list[str] = []
    blocks: list[Block] = []
    offset = size = 0
    while size < size_bytes:
        if parts and rng.random() < 0.08:
            text, kind, level = sentence(rng, 3, 9).rstrip(".!?"), "heading", 2
        else:
            text, kind, level = (
                " ".join(sentence(rng) for _ in range(rng.randint(2, 7))),
                "paragraph",
                0,
            )
        if parts:
            offset += 2
        parts.append(text)
        blocks.append(Block(offset, offset + len(text), kind, level))
        offset += len(text)
        size += len(text.encode()) + 2
    return "\n\n".join(parts), blocks


def claim_spans(rng: random.Random, text: str, count: int) -> list[tuple[int, int]]:
    """`count` spans spread over the whole text: mostly disjoint runs of 4-25 words, about
    one in four nested inside another claim and a few crossing a neighbour, as real
    annotation does (which splits highlights into more segments than claims)."""
    words = word_spans(text)
    if not words or count <= 0:
        return []
    top = max(1, count - count // 4 - count // 25)
    slot = max(1, len(words) // top)
    spans: list[tuple[int, int, int, int]] = []  # start, end, first word, last word
    for i in range(top):
        first = min(len(words) - 1, i * slot + rng.randrange(max(1, slot // 3)))
        last = min(len(words) - 1, first + min(slot - 1, rng.randint(3, 24)))
        spans.append((words[first][0], words[last][1], first, last))
    result = [(s, e) for s, e, _, _ in spans]
    while len(result) < count:
        _, _, first, last = spans[rng.randrange(len(spans))]
        if rng.random() < 0.8 and last > first:  # nested inside
            a = rng.randint(first, last)
            b = rng.randint(a, last)
        else:  # crossing the end of this claim
            a = rng.randint(first, last)
            b = min(len(words) - 1, last + rng.randint(1, 6))
        result.append((words[a][0], words[b][1]))
    return result[:count]


def make_claims(
    rng: random.Random, article: Article, count: int, verdicts: list[Verdict]
) -> list[Claim]:
    """Claims on `article` with every field a fact-checker fills in, varied for sorting and
    filtering."""
    claims = []
    statuses = list(ReviewStatus)
    for start, end in claim_spans(rng, article.text, count):
        quote = quote_at(article.text, start, end)
        created = stamp(rng)
        verdict = rng.choice(verdicts) if verdicts and rng.random() < 0.8 else None
        claims.append(
            Claim(
                id=seeded_uuid(rng),
                article_id=article.id,
                start=start,
                end=end,
                exact=quote.exact,
                prefix=quote.prefix,
                suffix=quote.suffix,
                original_exact=quote.exact,
                claim_reviewed=sentence(rng, 6, 16),
                claimant=rng.choice(_NAMES),
                claim_date=f"2025-02-{rng.randrange(1, 29):02d}",
                verdict_id=verdict.id if verdict else None,
                explanation=" ".join(sentence(rng) for _ in range(rng.randint(1, 3))),
                tags=rng.sample(_TAGS, rng.randint(0, 3)),
                status=rng.choice(statuses),
                internal_note=sentence(rng, 4, 10) if rng.random() < 0.2 else "",
                author=rng.choice(AUTHORS),
                created=created,
                modified=created,
                modified_by=rng.choice(AUTHORS),
            )
        )
    return claims


def make_sources(rng: random.Random, claims: list[Claim], per_claim: int) -> list[Source]:
    sources = []
    for claim in claims:
        for position in range(per_claim):
            domain = rng.choice(_DOMAINS)
            created = claim.created
            sources.append(
                Source(
                    id=seeded_uuid(rng),
                    claim_id=claim.id,
                    url=f"https://{domain}/{rng.choice(_WORDS)}/{rng.randrange(10**6)}",
                    title=sentence(rng, 4, 10).rstrip(".!?"),
                    publisher=domain.split(".")[0].title(),
                    source_author=rng.choice(_NAMES),
                    source_date=f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                    accessed="2025-03-02",
                    archive_url=f"https://archive.example.net/{rng.randrange(10**9)}"
                    if rng.random() < 0.3
                    else "",
                    excerpt=sentence(rng) if rng.random() < 0.6 else "",
                    locator=f"p. {rng.randrange(1, 200)}" if rng.random() < 0.3 else "",
                    kind=rng.choice(("primary", "secondary", "expert", "dataset", "official")),
                    stance=rng.choice(("supports", "refutes", "context")),
                    position=position,
                    author=claim.author,
                    created=created,
                    modified=created,
                    modified_by=claim.author,
                )
            )
    return sources


def remove_project(path: Path) -> None:
    """Delete a project file and SQLite's companions: a stale -wal beside a fresh copy
    would be replayed into it and damage it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


@dataclass(frozen=True)
class ArticleSpec:
    """One article of a generated project."""

    size_bytes: int
    claims: int
    sources_per_claim: int = 0
    title: str = ""


@dataclass
class GeneratedProject:
    path: Path
    article_ids: list[str] = field(default_factory=list)
    text_bytes: int = 0
    claim_count: int = 0
    source_count: int = 0


def build_project(path: Path, specs: list[ArticleSpec], seed: int = SEED) -> GeneratedProject:
    """Write a project file holding the given articles, claims and sources (replacing `path`).

    Goes through `ProjectStore`'s public write methods inside one transaction per
    article, so the schema's triggers record revisions and history as the app does."""
    rng = random.Random(seed)
    remove_project(path)
    result = GeneratedProject(path)
    project = ProjectService.open(path, "Benchmark")
    try:
        verdicts = project.verdicts()
        for number, spec in enumerate(specs):
            text, blocks = article_text(rng, spec.size_bytes)
            created = stamp(rng)
            article = Article(
                id=seeded_uuid(rng),
                title=spec.title or f"Generated article {number + 1}",
                text=text,
                blocks=blocks,
                standfirst=sentence(rng, 10, 20),
                authors=[rng.choice(_NAMES)],
                publisher="Example News",
                published="2025-02-27",
                url=f"https://news.example.com/{number + 1}",
                language="en",
                author="Benchmark",
                created=created,
                modified=created,
                modified_by="Benchmark",
            )
            claims = make_claims(rng, article, spec.claims, verdicts)
            sources = make_sources(rng, claims, spec.sources_per_claim)
            store = project.store
            with store.transaction():
                store.add_article(article)
                for claim in claims:
                    store.insert_claim(claim)
                for source in sources:
                    store.insert_source(source)
            result.article_ids.append(article.id)
            result.text_bytes += len(text.encode())
            result.claim_count += len(claims)
            result.source_count += len(sources)
    finally:
        project.close()
    return result


def project_copy(path: Path, specs: list[ArticleSpec], seed: int = SEED) -> GeneratedProject:
    """`build_project`, but generated once per folder and spec list and then copied, so
    scenarios that change their project each get a fresh copy of the same data cheaply."""
    key = uuid.uuid5(uuid.NAMESPACE_OID, repr((specs, seed))).hex[:12]
    template = path.parent / f".template-{key}.annotator"
    manifest = _TEMPLATES.get(template)
    if manifest is None or not template.exists():
        manifest = build_project(template, specs, seed)
        _TEMPLATES[template] = manifest
    remove_project(path)
    shutil.copyfile(template, path)
    return dataclasses.replace(manifest, path=path, article_ids=list(manifest.article_ids))


_TEMPLATES: dict[Path, GeneratedProject] = {}


# -- files to import ---------------------------------------------------------------------------


def text_file(rng: random.Random, size_bytes: int) -> bytes:
    """A plain-text article hard-wrapped at 72 columns (as e-mail and old text files are),
    so the importer has to join lines back into paragraphs."""
    text, blocks = article_text(rng, size_bytes)
    lines = []
    for block in blocks:
        paragraph = text[block.start : block.end]
        lines.append(
            "\n".join(textwrap.wrap(paragraph, 72)) if block.kind == "paragraph" else paragraph
        )
    return ("\n\n".join(lines) + "\n").encode()


def news_page(rng: random.Random, size_bytes: int) -> bytes:
    """A saved news page of about `size_bytes`: metadata and JSON-LD in the head, inline
    scripts and styles, navigation, a cookie banner, the article (about an eighth of the
    bytes), related links, comments and a footer, as real pages have."""
    title = sentence(rng, 6, 12).rstrip(".!?")
    author = rng.choice(_NAMES)

    def links(count: int) -> str:
        return "".join(
            f'<li><a href="https://news.example.com/{rng.choice(_WORDS)}/{rng.randrange(10**6)}">'
            f"{html.escape(sentence(rng, 3, 8))}</a></li>"
            for _ in range(count)
        )

    script = (
        "var cfg="
        + ",".join(f'"{rng.choice(_WORDS)}{rng.randrange(10**6)}"' for _ in range(400))
        + ";"
    )
    style = "".join(
        f".c{i}{{margin:{i % 9}px;color:#{rng.randrange(16**6):06x}}}" for i in range(300)
    )
    head = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | '
        'Example News</title>'
        f'<meta property="og:title" content="{html.escape(title)}">'
        f'<meta name="author" content="{author}"><meta property="article:published_time" '
        'content="2025-02-27T08:30:00Z">'
        f'<meta name="description" content="{html.escape(sentence(rng))}">'
        f'<link rel="canonical" href="https://news.example.com/world/{rng.randrange(10**6)}">'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"{html.escape(title)}","author":{{"@type":"Person","name":"{author}"}},'
        '"datePublished":"2025-02-27T08:30:00Z",'
        '"publisher":{"@type":"Organization","name":"Example News"}}</script>'
        f"<style>{style}</style><script>{script}</script></head><body>"
    )
    top = (
        f'<div class="cookie-banner">{html.escape(sentence(rng))}<button>Accept</button></div>'
        f'<header class="site-header"><nav><ul>{links(60)}</ul></nav></header>'
    )
    body_bytes = max(2000, size_bytes // 8)
    text, blocks = article_text(rng, body_bytes)
    parts = []
    for block in blocks:
        content = html.escape(text[block.start : block.end])
        parts.append(f"<h2>{content}</h2>" if block.kind == "heading" else f"<p>{content}</p>")
        if rng.random() < 0.1:
            parts.append(f'<div class="ad-slot"><script>{script[:2000]}</script></div>')
    article = (
        f'<main><article><h1>{html.escape(title)}</h1><p class="byline">By {author}</p>'
        f'<time datetime="2025-02-27T08:30:00Z">27 February 2025</time>{"".join(parts)}</article>'
    )
    bottom_parts = [f'<aside class="related"><h3>Related</h3><ul>{links(40)}</ul></aside></main>']
    page = head + top + article
    comments = []
    while (
        len(page.encode()) + sum(len(c) for c in comments) + sum(len(b) for b in bottom_parts)
        < size_bytes - 4000
    ):
        comments.append(
            f'<div class="comment"><b>{rng.choice(_NAMES)}</b>'
            f"<p>{html.escape(sentence(rng))}</p></div>"
        )
        if len(comments) % 50 == 0:
            bottom_parts.append(f"<script>{script}</script>")
    footer = (
        f'<section class="comments">{"".join(comments)}</section>'
        f"<footer><ul>{links(30)}</ul></footer></body></html>"
    )
    return (page + "".join(bottom_parts) + footer).encode()


def pdf_file(path: Path, rng: random.Random, pages: int) -> int:
    """Write a PDF of at least `pages` A4 pages of headings and paragraphs (laid out by
    QTextDocument and printed with QtGui's QPdfWriter, which numbers the pages); returns
    the page count. Needs a QGuiApplication."""
    import pypdfium2
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    text, blocks = article_text(rng, 3600 * pages)
    while True:
        writer = QPdfWriter(str(path))
        writer.setResolution(72)
        writer.setTitle("Generated report")
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                        QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        )  # fmt: skip
        parts = []
        for block in blocks:
            content = html.escape(text[block.start : block.end])
            parts.append(f"<h2>{content}</h2>" if block.kind == "heading" else f"<p>{content}</p>")
        document = QTextDocument()
        document.setHtml("".join(parts))
        document.print_(writer)
        del writer  # finishes the file
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            count = len(pdf)
        finally:
            pdf.close()
        if count >= pages:
            return count
        more, more_blocks = article_text(rng, len(text.encode()) * (pages - count) // count + 3600)
        offset = len(text) + 2
        text += "\n\n" + more
        blocks += [Block(b.start + offset, b.end + offset, b.kind, b.level) for b in more_blocks]
