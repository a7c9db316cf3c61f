"""The dense view of the check-worthiness model: static vectors of MiniLM's word pieces.

Each word piece of all-MiniLM-L6-v2's uncased vocabulary that occurs in the training
sentences has one 384-d vector, the encoder's last hidden state for that piece averaged over
all its occurrences there (centred); a sentence reads as the mean and the element-wise maximum
of the vectors of its pieces, each L2-normalised, side by side and scaled by 1/sqrt(2).
Pieces without a vector are left out. The encoder runs only to train
(benchmarks/checkworthy_encoder.py); scoring needs numpy and this table.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field

import numpy as np

from annotator.checkworthy.wordpiece import pre_tokens_fast, word_pieces

CHUNK = 2048  # sentences pooled at once
BLOCK = 32_768  # word pieces gathered at once (50 MB of float32 vectors)
_NONE = np.zeros(0, dtype=np.int64)


def _unit(block: np.ndarray) -> np.ndarray:
    """Each row scaled to length 1/sqrt(2) (so mean and maximum side by side have length 1)."""
    norms = np.sqrt((block.astype(np.float64) ** 2).sum(axis=1))[:, None] + 1e-9
    unit: np.ndarray = (block / norms / np.sqrt(2.0)).astype(np.float32)
    return unit


@dataclass
class Embedding:
    """`vocab`: the tokenizer's word pieces in id order; `rows[id]`: the piece's row of
    `table` or -1 (no vector)."""

    vocab: list[str]
    ids: list[int]
    table: np.ndarray
    _rows: np.ndarray = field(init=False, repr=False)
    _pieces: dict[str, int] = field(init=False, repr=False)
    _cache: dict[str, np.ndarray] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.table = np.asarray(self.table, dtype=np.float32)
        self._rows = np.full(len(self.vocab), -1, dtype=np.int64)
        self._rows[np.asarray(self.ids, dtype=np.int64)] = np.arange(len(self.ids))
        self._pieces = {piece: i for i, piece in enumerate(self.vocab)}
        self._cache = {}

    @property
    def width(self) -> int:
        """Columns this view adds to a sentence's features (mean and maximum)."""
        return 2 * int(self.table.shape[1])

    def rows_of_word(self, word: str) -> np.ndarray:
        found = self._cache.get(word)
        if found is None:
            pieces = word_pieces(word, self._pieces, self._pieces.get("[UNK]", 0))
            rows = self._rows[np.asarray(pieces, dtype=np.int64)]
            found = rows[rows >= 0]
            if len(self._cache) < 500_000:
                self._cache[word] = found
        return found

    def pooled(self, sentences: list[str]) -> np.ndarray:
        """(len(sentences), width) float32: the dense features of each sentence."""
        out = np.zeros((len(sentences), self.width), dtype=np.float32)
        for start in range(0, len(sentences), CHUNK):
            out[start : start + CHUNK] = self._pool(sentences[start : start + CHUNK])
        return out

    def _pool(self, sentences: list[str]) -> np.ndarray:
        """Sentences with the same number of pieces are pooled together, as one
        (sentences, pieces, dim) block: contiguous sums and maxima, no per-sentence loop."""
        flat = [
            np.concatenate([self.rows_of_word(w) for w in pre_tokens_fast(sentence)] or [_NONE])
            for sentence in sentences
        ]
        counts = np.fromiter(map(len, flat), dtype=np.int64, count=len(flat))
        dim = int(self.table.shape[1])
        out = np.zeros((len(sentences), 2 * dim), dtype=np.float32)
        for count in np.unique(counts[counts > 0]).tolist():
            same = np.flatnonzero(counts == count)
            step = max(1, BLOCK // count)
            for first in range(0, len(same), step):
                rows = same[first : first + step]
                block = self.table[np.concatenate([flat[r] for r in rows]).reshape(-1, count)]
                out[rows, :dim] = _unit(block.sum(axis=1))
                out[rows, dim:] = _unit(block.max(axis=1))
        return out

    def digest(self) -> str:
        """SHA-256 of the pieces and their vectors: a retrained model names the shipped
        table by it instead of copying it."""
        found = hashlib.sha256(np.asarray(self.ids, dtype="<i8").tobytes())
        found.update(self.table.astype("<f2").tobytes())
        return found.hexdigest()

    def to_dict(self) -> dict[str, object]:
        data = self.table.astype("<f2").tobytes()
        return {"vocab": self.vocab, "ids": self.ids, "dim": int(self.table.shape[1]),
                "float16": base64.b64encode(data).decode("ascii")}  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Embedding:
        ids = [int(i) for i in data["ids"]]  # type: ignore[attr-defined]
        raw = base64.b64decode(str(data["float16"]))
        table = np.frombuffer(raw, dtype="<f2").reshape(len(ids), int(data["dim"]))  # type: ignore[call-overload]
        vocab = [str(p) for p in data["vocab"]]  # type: ignore[attr-defined]
        if len(set(ids)) != len(ids) or any(not 0 <= i < len(vocab) for i in ids):
            raise ValueError("embedding ids out of range")
        return cls(vocab, ids, table)
