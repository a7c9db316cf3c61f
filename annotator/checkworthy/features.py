"""The features the check-worthiness model reads: TF-IDF over word 1-n-grams and character
n-grams within words (the ranges are the model's `Analysis`), numbers folded into one token.
It is written to compute what scikit-learn's TfidfVectorizer computes for the shipped model
(`check_parity` in benchmarks/checkworthy_f1.py reports the largest difference in probability
when scikit-learn is installed), so scoring needs numpy but no scikit-learn and no model
download."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_SPACES = re.compile(r"\s\s+")


@dataclass(frozen=True)
class Analysis:
    """How a model cuts text into terms; the defaults are those of models written before the
    ranges were stored (a newsroom's retrained model in an older project)."""

    word_ngrams: int = 2
    char_range: tuple[int, int] = (2, 4)


def preprocess(text: str) -> str:
    """Lower-case, and every number one token: "3.5 million" and "12 million" look alike."""
    return _NUMBER.sub(" 0num ", text.lower())


def word_terms(clean: str, longest: int = 2) -> list[str]:
    """scikit-learn's word 1-to-`longest`-grams of a preprocessed text."""
    tokens = _TOKEN.findall(clean)
    if longest < 2:
        return tokens
    terms = tokens + [
        f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)
    ]  # the common case, fast
    for n in range(3, longest + 1):
        terms += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return terms


def char_terms_of_word(word: str, char_range: tuple[int, int] = (2, 4)) -> list[str]:
    """scikit-learn's `char_wb` n-grams of one white-space separated word."""
    padded = f" {word} "
    length = len(padded)
    grams = []
    for n in range(char_range[0], char_range[1] + 1):
        offset = 0
        grams.append(padded[offset : offset + n])
        while offset + n < length:
            offset += 1
            grams.append(padded[offset : offset + n])
        if offset == 0:  # a word shorter than n is counted once
            break
    return grams


class Vocabulary:
    """Term → (column, idf) for one vectorizer."""

    def __init__(self, terms: dict[str, tuple[int, float]]) -> None:
        self.terms = terms
        self.columns = {term: entry[0] for term, entry in terms.items()}


@dataclass(frozen=True)
class Batch:
    """Sparse TF-IDF rows of many sentences: row, column and value arrays (numpy)."""

    rows: np.ndarray
    columns: np.ndarray
    values: np.ndarray

    def row_dicts(self, count: int) -> list[dict[int, float]]:
        found: list[dict[int, float]] = [{} for _ in range(count)]
        for row, column, value in zip(
            self.rows.tolist(), self.columns.tolist(), self.values.tolist(), strict=True
        ):
            found[row][column] = value
        return found


class FeatureMaker:
    """TF-IDF rows of sentences, computed for a whole article at once: Python only looks words
    up; counting, logs and norms are numpy array operations (how long a 1 MB article takes
    end to end: the `suggest_cpu` row of `python -m benchmarks`)."""

    def __init__(
        self, words: Vocabulary, chars: Vocabulary, analysis: Analysis | None = None
    ) -> None:
        self.words = words
        self.chars = chars
        self.analysis = analysis or Analysis()
        size = 1 + max((e[0] for v in (words, chars) for e in v.terms.values()), default=0)
        self.size = size
        self.idf = np.zeros(size)
        for vocabulary in (words, chars):
            for column, idf in vocabulary.terms.values():
                self.idf[column] = idf
        self._char_cache: dict[str, np.ndarray] = {}

    def batch(self, sentences: list[str]) -> Batch:
        word_cols: list[int] = []
        word_counts: list[int] = []
        tokens: list[str] = []
        token_counts: list[int] = []
        get = self.words.columns.get
        longest = self.analysis.word_ngrams
        for sentence in sentences:
            clean = preprocess(sentence)
            columns = [c for c in map(get, word_terms(clean, longest)) if c is not None]
            word_cols += columns
            word_counts.append(len(columns))
            split = clean.split()
            tokens += split
            token_counts.append(len(split))
        rows = np.arange(len(sentences), dtype=np.int64)
        char_rows, char_cols = self._char_matrix(tokens, np.repeat(rows, token_counts))
        word_rows = np.repeat(rows, word_counts)
        first = self._tfidf(word_rows, np.asarray(word_cols, dtype=np.int64))
        second = self._tfidf(char_rows, char_cols)
        return Batch(*(np.concatenate([a, b]) for a, b in zip(first, second, strict=True)))

    def _char_matrix(
        self, tokens: list[str], token_rows: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of every character n-gram of every token: each distinct word's n-grams
        are looked up once, then gathered for all its occurrences with array indexing."""
        index = {word: i for i, word in enumerate(dict.fromkeys(tokens))}
        token_ids = np.fromiter(map(index.__getitem__, tokens), dtype=np.int64, count=len(tokens))
        parts = [self._char_columns(word) for word in index]
        lengths = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
        flat = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        starts = (
            np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64) if parts else lengths
        )
        token_lengths = lengths[token_ids]
        total = int(token_lengths.sum())
        token_offsets = np.cumsum(token_lengths) - token_lengths
        positions = np.repeat(starts[token_ids] - token_offsets, token_lengths) + np.arange(total)
        return np.repeat(token_rows, token_lengths), flat[positions]

    def _char_columns(self, word: str) -> np.ndarray:
        found = self._char_cache.get(word)
        if found is None:
            get = self.chars.columns.get
            found = np.asarray(
                [
                    c
                    for c in map(get, char_terms_of_word(word, self.analysis.char_range))
                    if c is not None
                ],
                dtype=np.int64,
            )
            if len(self._char_cache) < 500_000:
                self._char_cache[word] = found
        return found

    def _tfidf(
        self, rows: np.ndarray, columns: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sublinear TF-IDF, L2-normalised per row (TfidfVectorizer(sublinear_tf=True))."""
        size = self.size
        # int32 keys sort about twice as fast as int64 when every key fits
        narrow = (int(rows.max(initial=0)) + 1) * size < 2**31
        kind = np.int32 if narrow else np.int64
        packed = rows.astype(kind) * size + columns.astype(kind)  # size fits: checked above
        keys, counts = np.unique(packed, return_counts=True)
        rows, columns = np.divmod(keys.astype(np.int64), size)
        values = (1.0 + np.log(counts)) * self.idf[columns]
        norms = np.sqrt(np.bincount(rows, values * values, minlength=int(rows.max(initial=-1)) + 1))
        return rows, columns, values / norms[rows]

    def vector(self, sentence: str) -> dict[int, float]:
        return self.batch([sentence]).row_dicts(1)[0]
