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
from dataclasses import dataclass, field

import numpy as np

from annotator.checkworthy.wordpiece import pre_tokens_fast, word_pieces

CHUNK = 2048  # sentences pooled at once, so the gathered vectors stay small


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
        parts = [
            [self.rows_of_word(w) for w in pre_tokens_fast(sentence)] for sentence in sentences
        ]
        flat = [np.concatenate(p) if p else np.zeros(0, dtype=np.int64) for p in parts]
        counts = np.fromiter(map(len, flat), dtype=np.int64, count=len(flat))
        dim = int(self.table.shape[1])
        out = np.zeros((len(sentences), 2 * dim), dtype=np.float32)
        full = np.flatnonzero(counts)
        if not len(full):
            return out
        vectors = self.table[np.concatenate([flat[i] for i in full])]
        starts = np.concatenate([[0], np.cumsum(counts[full])[:-1]])
        mean = np.add.reduceat(vectors, starts, axis=0) / counts[full, None]
        peak = np.maximum.reduceat(vectors, starts, axis=0)
        for block, column in ((mean, 0), (peak, dim)):
            norms = np.sqrt((block.astype(np.float64) ** 2).sum(axis=1))[:, None] + 1e-9
            out[full, column : column + dim] = block / norms / np.sqrt(2.0)
        return out

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
