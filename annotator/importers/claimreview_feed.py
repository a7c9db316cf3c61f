"""Reading published fact-checks: ClaimReview JSON-LD (one object, a list, an `@graph`, JSON
Lines, a DataFeed) and the JSON and CSV layouts of public ClaimReview feeds (Google Fact Check
Tools' `claims[].claimReview[]`, flattened CSV exports). Gzipped files are read as well."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.domain.factcheck import FactCheck
from annotator.errors import FactCheckImportError, msg

MAX_BYTES = 1 << 30
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


def read_factchecks(path: str | Path) -> list[FactCheck]:
    """Every usable fact-check in the file; records without a claim or headline are skipped."""
    text = _read_text(Path(path))
    if Path(path).suffix.lower() in (".csv", ".tsv") or _looks_like_csv(text):
        records = list(_csv_records(text))
    else:
        records = [fc for value in _json_values(text, Path(path).name) for fc in _walk(value)]
    if not records:
        raise FactCheckImportError(msg("{name} holds no ClaimReview fact-checks.",
                                       name=Path(path).name))
    return records


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise FactCheckImportError(msg("{name} is larger than 1 GB; split it first.",
                                           name=path.name))
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
    except OSError as error:
        raise FactCheckImportError(msg("Cannot read {name}: {value}", name=path.name,
                                       value=error.strerror or error)) from None
    except (EOFError, gzip.BadGzipFile):
        raise FactCheckImportError(msg("{name} is a damaged gzip file.", name=path.name)) from None
    if b"\x00" in data[:4096]:
        raise FactCheckImportError(msg("{name} is a binary file, not JSON or CSV.", name=path.name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FactCheckImportError(msg("{name} is not UTF-8 text.", name=path.name)) from None


def _looks_like_csv(text: str) -> bool:
    first = text.lstrip()[:1]
    return first not in ("{", "[", "")


def _json_values(text: str, name: str) -> Iterator[object]:
    try:
        yield json.loads(text)
        return
    except json.JSONDecodeError:
        pass
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                raise FactCheckImportError(msg("{name}: line {number} is not JSON.", name=name,
                                               number=number)) from None


def _walk(value: object) -> Iterator[FactCheck]:
    """Find the ClaimReviews in a JSON value, whatever wraps them."""
    if isinstance(value, list):
        for item in value:
            yield from _walk(item)
        return
    if not isinstance(value, dict):
        return
    if _is_claim_review(value):
        factcheck = _from_claim_review(value)
        if factcheck:
            yield factcheck
        return
    for container in ("@graph", "dataFeedElement", "item", "itemListElement", "claimReviews"):
        if container in value:
            yield from _walk(value[container])
    if isinstance(value.get("claims"), list):  # Google Fact Check Tools API / its exports
        for claim in value["claims"]:
            yield from _from_api_claim(claim)


def _is_claim_review(value: dict[str, Any]) -> bool:
    kind = value.get("@type", value.get("type", ""))
    kinds = kind if isinstance(kind, list) else [kind]
    return "ClaimReview" in kinds or any(str(k).endswith("/ClaimReview") for k in kinds)


def _text(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("url") or ""
    return " ".join(str(value).split()) if value is not None else ""


def _date(value: object) -> str:
    match = _ISO_DATE.match(_text(value))
    return match.group(0) if match else ""


def _first(value: object) -> dict[str, Any]:
    if isinstance(value, list):
        value = value[0] if value else {}
    return value if isinstance(value, dict) else {}


def _appearance_url(item: dict[str, Any]) -> str:
    for key in ("appearance", "firstAppearance"):
        found = item.get(key)
        if found:
            return _text(_first(found).get("url", "")) if not isinstance(found, str) else found
    return ""


def _from_claim_review(review: dict[str, Any]) -> FactCheck | None:
    item = _first(review.get("itemReviewed"))
    rating = _first(review.get("reviewRating"))
    organisation = _first(review.get("author")) or _first(review.get("publisher"))
    claim = _text(review.get("claimReviewed"))
    headline = _text(review.get("headline") or review.get("name"))
    if not claim and not headline:
        return None
    return FactCheck(
        url=_text(review.get("url") or review.get("@id")),
        claim_reviewed=claim or headline,
        verdict=_text(rating.get("alternateName") or rating.get("ratingExplanation")),
        organisation=_text(organisation.get("name")),
        organisation_url=_text(organisation.get("url")),
        date_published=_date(review.get("datePublished") or review.get("dateCreated")),
        headline=headline,
        description=_text(review.get("description")),
        identifier=_text(review.get("identifier")),
        claimant=_text(_first(item.get("author")).get("name") or item.get("author")),
        claim_date=_date(item.get("datePublished") or item.get("dateCreated")),
        appearance_url=_appearance_url(item),
        language=_text(review.get("inLanguage")),
    )


def _from_api_claim(claim: object) -> Iterator[FactCheck]:
    if not isinstance(claim, dict):
        return
    for review in claim.get("claimReview") or []:
        if not isinstance(review, dict) or not (claim.get("text") or review.get("title")):
            continue
        publisher = _first(review.get("publisher"))
        yield FactCheck(
            url=_text(review.get("url")),
            claim_reviewed=_text(claim.get("text") or review.get("title")),
            verdict=_text(review.get("textualRating")),
            organisation=_text(publisher.get("name") or publisher.get("site")),
            organisation_url=_text(publisher.get("site")),
            date_published=_date(review.get("reviewDate")),
            headline=_text(review.get("title")),
            claimant=_text(claim.get("claimant")),
            claim_date=_date(claim.get("claimDate")),
            language=_text(review.get("languageCode")),
        )


_CSV_COLUMNS = {
    "url": ("url", "reviewurl", "factcheckurl", "claimreviewurl", "link"),
    "claim_reviewed": ("claimreviewed", "claim", "claimtext", "text"),
    "verdict": ("reviewratingalternatename", "alternatename", "textualrating", "rating", "verdict"),
    "organisation": (
        "authorname",
        "author",
        "publishername",
        "publisher",
        "organisation",
        "organization",
    ),
    "organisation_url": ("authorurl", "publishersite", "publisherurl", "organisationurl"),
    "date_published": ("datepublished", "reviewdate", "date"),
    "headline": ("headline", "title", "reviewtitle", "name"),
    "description": ("description",),
    "identifier": ("identifier", "id"),
    "claimant": ("claimant", "itemreviewedauthorname", "itemreviewedauthor"),
    "claim_date": ("claimdate", "itemrevieweddatepublished"),
    "appearance_url": (
        "appearanceurl",
        "appearance",
        "firstappearance",
        "itemreviewedappearanceurl",
    ),
    "language": ("inlanguage", "language", "languagecode"),
}


def _csv_records(text: str) -> Iterator[FactCheck]:
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = [re.sub(r"[^a-z0-9]", "", h.lower()) for h in next(reader, [])]
    columns = {}
    for name, aliases in _CSV_COLUMNS.items():
        for alias in aliases:
            if alias in header:
                columns[name] = header.index(alias)
                break
    if "claim_reviewed" not in columns and "headline" not in columns:
        raise FactCheckImportError(
            msg("The CSV file has no claim column (claimReviewed, claim_text...).")
        )
    for row in reader:
        values = {name: _text(row[i]) if i < len(row) else "" for name, i in columns.items()}
        values["claim_reviewed"] = values.get("claim_reviewed") or values.get("headline", "")
        if values["claim_reviewed"]:
            for name in ("date_published", "claim_date"):
                values[name] = _date(values.get(name, ""))
            yield FactCheck(**values)
