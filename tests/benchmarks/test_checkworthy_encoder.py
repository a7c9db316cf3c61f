"""The training side of the word-piece view: the piece table from encoder states, and the numpy
encoder's forward pass on tiny made-up weights (the real weights are a training-only download)."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.checkworthy_encoder import HEADS, embedding_of, forward, piece_ids

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "tax", "##es", "rose", "fell"]


def test_a_pieces_vector_is_its_mean_state_over_the_sentences_centred_and_unseen_pieces_have_none():
    pytest.importorskip("scipy")  # training only: the `train` extra brings it
    states = [
        (np.array([4, 5, 6]), np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0]], dtype=np.float16)),
        (np.array([6]), np.array([[1.0, 1.0]], dtype=np.float16)),
    ]
    embedding = embedding_of(states, VOCAB)
    assert embedding.ids == [4, 5, 6]  # "fell" (7) never occurs: no vector
    means = np.array([[1.0, 0.0], [0.0, 2.0], [2.0, 2.0]])
    # stored as float16, as the model file keeps them
    assert embedding.table == pytest.approx(means - means.mean(axis=0), abs=1e-3)


def test_piece_ids_follow_the_bert_pieces_and_stop_at_the_encoders_length():
    assert piece_ids(["Taxes rose", "Taxes fell?"], VOCAB) == [[4, 5, 6], [4, 5, 7, 1]]
    assert len(piece_ids(["rose " * 300], VOCAB)[0]) == 254


def tiny_weights(dim: int = 2 * HEADS, rng: np.random.Generator | None = None):
    rng = rng or np.random.default_rng(0)
    w = {
        "embeddings.word_embeddings.weight": rng.standard_normal((len(VOCAB), dim)),
        "embeddings.position_embeddings.weight": rng.standard_normal((16, dim)),
        "embeddings.token_type_embeddings.weight": rng.standard_normal((2, dim)),
        "embeddings.LayerNorm.weight": np.ones(dim), "embeddings.LayerNorm.bias": np.zeros(dim),
    }  # fmt: skip
    p = "encoder.layer.0."
    square = ["attention.self.query", "attention.self.key", "attention.self.value",
              "attention.output.dense"]  # fmt: skip
    shapes = [(n, (dim, dim)) for n in square]
    shapes += [("intermediate.dense", (2 * dim, dim)), ("output.dense", (dim, 2 * dim))]
    for name, shape in shapes:
        w[p + name + ".weight"] = rng.standard_normal(shape) * 0.1
        w[p + name + ".bias"] = np.zeros(shape[0])
    for name in ("attention.output.LayerNorm", "output.LayerNorm"):
        w[p + name + ".weight"], w[p + name + ".bias"] = np.ones(dim), np.zeros(dim)
    return {k: v.astype(np.float32) for k, v in w.items()}


def test_padding_changes_nothing_in_the_states_of_the_real_pieces():
    pytest.importorskip("scipy")
    w = tiny_weights()
    alone = forward(w, np.array([[2, 4, 5, 3]]), np.array([[1, 1, 1, 1]]))
    padded = forward(w, np.array([[2, 4, 5, 3, 0, 0]]), np.array([[1, 1, 1, 1, 0, 0]]))
    assert padded[0, :4] == pytest.approx(alone[0], abs=1e-5)
    assert alone.shape == (1, 4, 2 * HEADS)
    # each state is layer-normalised (weight 1, bias 0): mean 0, variance 1
    assert alone.mean(axis=-1) == pytest.approx(np.zeros((1, 4)), abs=1e-5)
