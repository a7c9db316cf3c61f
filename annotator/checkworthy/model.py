"""A linear check-worthiness model over `features.FeatureMaker` vectors, kept as JSON.

The shipped model (resources/checkworthy/model.json.gz, see its README for data and licence)
is checked against its SHA-256 before use; a newsroom's retrained model lives in the project.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from annotator.checkworthy.embedding import Embedding
from annotator.checkworthy.features import Analysis, FeatureMaker, Vocabulary
from annotator.errors import AnnotatorError, msg
from annotator.resources import resource_path

FORMAT = "annotator-checkworthy/1"  # n-gram TF-IDF only
FORMAT_DENSE = "annotator-checkworthy/2"  # and the word-piece vectors (embedding.py)
SHIPPED = resource_path("checkworthy", "model.json.gz")
SHIPPED_SHA256 = resource_path("checkworthy", "model.json.gz.sha256")


class ModelError(AnnotatorError):
    """A check-worthiness model is missing, damaged or of an unknown format."""


@dataclass
class LinearModel:
    words: dict[str, tuple[int, float]]
    chars: dict[str, tuple[int, float]]
    coef: list[float]
    intercept: float
    threshold: float = 0.5
    info: dict[str, object] = field(default_factory=dict)
    analysis: Analysis = field(default_factory=Analysis)
    embedding: Embedding | None = None

    def __post_init__(self) -> None:
        self.features = FeatureMaker(Vocabulary(self.words), Vocabulary(self.chars), self.analysis)
        self._coef = np.asarray(self.coef, dtype=float)
        width = self.embedding.width if self.embedding else 0
        if len(self._coef) != self.features.size + width and (self.words or self.chars):
            raise ValueError(f"{len(self._coef)} weights for {self.features.size + width} features")

    def margin(self, vector: dict[int, float]) -> float:
        coef = self.coef
        return self.intercept + sum(coef[i] * v for i, v in vector.items())

    def vector(self, sentence: str) -> dict[int, float]:
        """All features of one sentence, by column: the n-grams', then the dense view's."""
        found = self.features.vector(sentence)
        if self.embedding is not None:
            dense = self.embedding.pooled([sentence])[0].tolist()
            found.update(enumerate(dense, start=self.features.size))
        return found

    def probability(self, sentence: str) -> float:
        return self.probabilities([sentence])[0]

    def probabilities(self, sentences: list[str]) -> list[float]:
        """The probability that each sentence is check-worthy, all in one batch."""
        if not sentences:
            return []
        batch = self.features.batch(sentences)
        coef = self._coef
        margins = self.intercept + np.bincount(
            batch.rows, batch.values * coef[batch.columns], minlength=len(sentences)
        )
        if self.embedding is not None:
            margins += self.embedding.pooled(sentences) @ coef[self.features.size :]
        probabilities: list[float] = (1.0 / (1.0 + np.exp(-np.clip(margins, -500, 500)))).tolist()
        return probabilities

    def to_json(self) -> str:
        dense = {"embedding": _embedding_dict(self.embedding)} if self.embedding else {}
        return json.dumps({
            "format": FORMAT_DENSE if self.embedding else FORMAT,
            "threshold": self.threshold, "intercept": self.intercept,
            "info": self.info, "word_ngrams": self.analysis.word_ngrams,
            "char_range": list(self.analysis.char_range), "words": self.words, "chars": self.chars,
            "coef": [round(c, 6) for c in self.coef], **dense,
        }, ensure_ascii=False, separators=(",", ":"))  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        try:
            data = json.loads(text)
            if data.get("format") not in (FORMAT, FORMAT_DENSE):
                raise ModelError(msg("unknown check-worthiness model format {format!r}",
                                     format=data.get('format')))
            return cls(
                words={t: (int(e[0]), float(e[1])) for t, e in data["words"].items()},
                chars={t: (int(e[0]), float(e[1])) for t, e in data["chars"].items()},
                coef=[float(c) for c in data["coef"]],
                intercept=float(data["intercept"]),
                threshold=float(data.get("threshold", 0.5)),
                info=dict(data.get("info", {})),
                analysis=_analysis(data),
                embedding=(
                    _embedding(data["embedding"]) if data.get("format") == FORMAT_DENSE else None
                ),
            )
        except (ValueError, KeyError, TypeError, IndexError) as error:
            raise ModelError(
                msg("the check-worthiness model is damaged ({error})", error=error)
            ) from None


def _embedding_dict(embedding: Embedding) -> dict[str, object]:
    """The vectors themselves, or only the digest of the shipped model's (a project's retrained
    model keeps them unchanged: storing its 9 MB again in every project would buy nothing)."""
    shipped = _shipped_or_none()
    if shipped is not None and embedding is shipped.embedding:
        return {"shipped": embedding.digest()}
    return embedding.to_dict()


def _embedding(data: dict[str, Any]) -> Embedding:
    if "shipped" not in data:
        return Embedding.from_dict(data)
    shipped = _shipped_or_none()
    found = shipped.embedding if shipped is not None else None
    if found is None or found.digest() != data["shipped"]:
        raise ModelError(msg("this project's retrained check-worthiness model was made from "
                             "another version of the shipped model; retrain it or reset it"))
    return found


def _shipped_or_none() -> LinearModel | None:
    try:
        return shipped_model()
    except ModelError:
        return None


def _analysis(data: dict[str, Any]) -> Analysis:
    """The term ranges a model was trained with (older models stored none: the defaults)."""
    default = Analysis()
    low, high = (int(n) for n in data.get("char_range", default.char_range))
    analysis = Analysis(int(data.get("word_ngrams", default.word_ngrams)), (low, high))
    if not (1 <= analysis.word_ngrams <= 5 and 1 <= low <= high <= 8):
        raise ModelError(msg("the check-worthiness model has unusable term ranges {analysis}",
                             analysis=analysis))
    return analysis


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@cache
def shipped_model() -> LinearModel:
    """The model trained on ClaimBuster, verified against its checksum; loaded once."""
    return load_file(SHIPPED, SHIPPED_SHA256)


def load_file(path: Path, checksum_path: Path | None = None) -> LinearModel:
    try:
        data = path.read_bytes()
        expected = checksum_path.read_text(encoding="ascii").split()[0] if checksum_path else None
    except OSError as error:
        raise ModelError(
            msg("cannot read the check-worthiness model {name}: {strerror}", name=path.name,
                strerror=error.strerror)
        ) from None
    if expected and hashlib.sha256(data).hexdigest() != expected:
        raise ModelError(msg("{name} does not match its SHA-256 checksum; reinstall Annotator.",
                             name=path.name))
    try:
        return LinearModel.from_json(gzip.decompress(data).decode("utf-8"))
    except (OSError, EOFError, UnicodeDecodeError):
        raise ModelError(msg("{name} is damaged.", name=path.name)) from None


def write_file(model: LinearModel, path: Path) -> str:
    """Write a gzipped model and its .sha256 beside it (reproducibly: no timestamp); the digest."""
    data = gzip.compress(model.to_json().encode("utf-8"), compresslevel=9, mtime=0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    Path(f"{path}.sha256").write_text(f"{digest}  {path.name}\n", encoding="ascii")
    return digest
