"""The check-worthiness model's dense view: BERT word pieces in pure Python, pooled vectors,
model format 2 (and format 1 still read), retraining with the view."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.checkworthy.embedding import Embedding
from annotator.checkworthy.features import Analysis
from annotator.checkworthy.model import FORMAT, FORMAT_DENSE, LinearModel, ModelError
from annotator.checkworthy.train import fine_tune
from annotator.checkworthy.wordpiece import pre_tokens, pre_tokens_fast, word_pieces

VOCAB = ["[PAD]", "[UNK]", "tax", "##es", "rose", "fell", "un", "##employ", "##ment", ".", "0"]


def test_bert_pre_tokens_lower_strip_accents_split_punctuation_and_cjk():
    expected = ["taxes", "rose", ",", "by", "3", ".", "5", "%", "!"]
    assert pre_tokens("Taxes ROSE, by 3.5%!") == expected
    assert pre_tokens("Café naïve\u200b x\x00y 中文") == ["cafe", "naive", "xy", "中", "文"]
    assert pre_tokens("“Quoted” — fine") == ["“", "quoted", "”", "—", "fine"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_the_ascii_fast_path_cuts_as_the_general_one(text):
    assert pre_tokens_fast(text) == pre_tokens(text)


def test_word_pieces_take_the_longest_match_first_and_unknown_words_whole():
    index = {p: i for i, p in enumerate(VOCAB)}
    assert word_pieces("unemployment", index, 1) == [6, 7, 8]
    assert word_pieces("taxes", index, 1) == [2, 3]
    assert word_pieces("taxqz", index, 1) == [1]  # no piece for "qz": the whole word unknown
    assert word_pieces("x" * 101, index, 1) == [1]


def small_embedding():
    # vectors only for "tax" (row 0), "##es" (row 1) and "rose" (row 2); "fell" has none
    table = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 4.0]])
    return Embedding(VOCAB, [2, 3, 4], table)


def test_a_sentence_is_the_normalised_mean_and_maximum_of_its_pieces_vectors():
    pooled = small_embedding().pooled(["Taxes rose", "fell", "Taxes fell."])
    mean, peak = np.array([4 / 3, 2.0]), np.array([3.0, 4.0])
    expected = np.concatenate([mean / np.linalg.norm(mean), peak / np.linalg.norm(peak)])
    assert pooled[0] == pytest.approx(expected / math.sqrt(2), abs=1e-6)
    assert pooled[1] == pytest.approx(np.zeros(4))  # no piece with a vector: all zero
    mean = np.array([0.5, 1.0])
    assert pooled[2][:2] == pytest.approx(mean / np.linalg.norm(mean) / math.sqrt(2), abs=1e-6)


def test_pooling_in_chunks_gives_what_one_sentence_at_a_time_gives(monkeypatch):
    from annotator.checkworthy import embedding

    sentences = ["Taxes rose", "", "fell", "rose rose tax"] * 5
    whole = small_embedding().pooled(sentences)
    monkeypatch.setattr(embedding, "CHUNK", 3)
    assert small_embedding().pooled(sentences) == pytest.approx(whole)
    one = np.vstack([small_embedding().pooled([s]) for s in sentences])
    assert one == pytest.approx(whole)


def dense_model():
    words = {"tax": (0, 1.0), "rose": (1, 1.5)}
    return LinearModel(words, {}, [0.5, -0.25, 1.0, 0.0, -2.0, 0.5], -0.1, 0.5,
                       {"data": "test"}, Analysis(2, (2, 4)), small_embedding())  # fmt: skip


def test_the_dense_model_scores_the_ngrams_and_the_pooled_vectors_together_in_format_2():
    model = dense_model()
    sentence = "Taxes rose"
    sparse = model.features.vector(sentence)
    pooled = small_embedding().pooled([sentence])[0]
    margin = -0.1 + sum([0.5, -0.25][c] * v for c, v in sparse.items())
    margin += float(pooled @ np.array([1.0, 0.0, -2.0, 0.5]))
    assert model.probability(sentence) == pytest.approx(1 / (1 + math.exp(-margin)))
    assert model.margin(model.vector(sentence)) == pytest.approx(margin)
    data = json.loads(model.to_json())
    assert data["format"] == FORMAT_DENSE
    again = LinearModel.from_json(model.to_json())
    assert again.probabilities([sentence, "fell"]) == pytest.approx(
        model.probabilities([sentence, "fell"]), abs=1e-6
    )
    assert again.embedding is not None and again.embedding.ids == [2, 3, 4]


def test_a_model_without_the_dense_view_stays_format_1_and_a_broken_view_is_refused():
    plain = LinearModel({"tax": (0, 1.0)}, {}, [1.0], 0.0)
    assert json.loads(plain.to_json())["format"] == FORMAT
    assert LinearModel.from_json(plain.to_json()).embedding is None
    data = json.loads(dense_model().to_json())
    data["embedding"]["ids"] = [2, 3, 99]
    with pytest.raises(ModelError):
        LinearModel.from_json(json.dumps(data))
    data = json.loads(dense_model().to_json())
    data["coef"] = data["coef"][:-1]  # one weight short of the features
    with pytest.raises(ModelError):
        LinearModel.from_json(json.dumps(data))


def test_retraining_keeps_and_uses_the_dense_view():
    base = dense_model()
    tuned = fine_tune(base, ["Taxes rose", "fell"] * 5, [0, 1] * 5)
    assert tuned.embedding is base.embedding
    assert tuned.coef[2:] != base.coef[2:]  # the dense weights moved too
    assert tuned.probability("Taxes rose") < base.probability("Taxes rose")


def test_a_retrained_model_names_the_shipped_vectors_instead_of_copying_them():
    from annotator.checkworthy.model import shipped_model

    base = shipped_model()
    assert base.embedding is not None
    tuned = fine_tune(base, ["Taxes rose by 5 percent.", "Thank you all."] * 5, [1, 0] * 5)
    text = tuned.to_json()
    assert json.loads(text)["embedding"] == {"shipped": base.embedding.digest()}
    assert "float16" not in text
    assert len(text) < len(json.dumps(base.embedding.to_dict())) / 3
    again = LinearModel.from_json(text)
    assert again.embedding is base.embedding
    assert again.probability("Taxes rose by 5 percent.") == pytest.approx(
        tuned.probability("Taxes rose by 5 percent."), abs=1e-6
    )
    stale = json.loads(text)
    stale["embedding"]["shipped"] = "0" * 64  # made from another release's vectors
    with pytest.raises(ModelError, match="another version of the shipped model"):
        LinearModel.from_json(json.dumps(stale))
