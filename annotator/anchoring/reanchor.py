"""Finding claims again after an article's text changes (see docs/ANCHORING.md).

Each claim carries a position selector (start, end) and a quote selector (exact,
prefix, suffix). When the old text is known, positions are first carried through a
diff of old -> new; a claim whose carried-over span still reads the same needs no
search. Otherwise the quote is searched for, exactly, then ignoring white space and
prose punctuation, then approximately, and every candidate is scored the way the
Hypothesis client does: quote similarity 50, prefix 20, suffix 20, closeness 2.
Approximate matches are snapped to word boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from annotator.anchoring.posmap import PositionMap
from annotator.anchoring.selectors import trim_span
from annotator.anchoring.textunits import (
    is_word_boundary,
    loose_pattern,
    same_text,
    tokens,
    word_ends,
    word_starts,
)
from annotator.domain import AnchorState

ORPHAN_THRESHOLD = 0.6
"""Lowest confidence (weighted score, 0..1) at which a claim is placed rather than orphaned."""

MIN_QUOTE_SIMILARITY = 0.5
"""Lowest similarity of the placed text to the old quote: at most half the quote in edits."""

_WHITE_RUN = re.compile(r"\s+")
_WEIGHTS = (50.0, 20.0, 20.0, 2.0)  # quote, prefix, suffix, position (Hypothesis client)
_MAX_OCCURRENCES = 100  # occurrences of a common quote scored, nearest to the hint first
_CONTEXT_PROBE = 12  # characters of prefix/suffix used to find the fitting occurrence quickly


@dataclass(frozen=True)
class AnchorTarget:
    """What is known about a claim: its old position and its quote selector."""

    key: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Placement:
    """Where a claim sits in the new text, and how sure we are."""

    key: str
    state: AnchorState
    start: int | None
    end: int | None
    exact: str | None
    confidence: float


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    confidence: float
    edit_similarity: float  # plain normalised Levenshtein similarity to the quote


def reanchor(
    targets: Sequence[AnchorTarget], new_text: str, old_text: str | None = None
) -> list[Placement]:
    """Place every target in `new_text`, one Placement per target, in order.

    `old_text` is the text the targets' positions refer to; give it whenever it is
    known. Without it (annotations made elsewhere) only the selectors are used.
    """
    finder = _Finder(new_text)
    position_map: PositionMap | None = None
    result: list[Placement | None] = [None] * len(targets)
    shift = 0  # how far the last claim found by its quote alone had moved
    for i in sorted(range(len(targets)), key=lambda i: targets[i].start):
        target = targets[i]
        if old_text is not None and _fits(target, old_text):
            if position_map is None:
                position_map = PositionMap(old_text, new_text)
            mapped = position_map.span(target.start, target.end)
            result[i] = finder.place(target, hint=mapped[0], mapped=mapped)
            continue
        # Without a diff, expect the claim to have moved about as far as the one before it.
        placement = finder.place(target, hint=max(0, target.start + shift), mapped=None)
        if placement.start is not None and placement.state is not AnchorState.CHANGED:
            shift = placement.start - target.start
        result[i] = placement
    return [p for p in result if p is not None]


def locate(
    text: str, exact: str, prefix: str = "", suffix: str = "", start_hint: int | None = None
) -> Placement | None:
    """Find one quote in `text` (e.g. an imported annotation); None when it cannot be placed.

    The state is EXACT when the quote sits at `start_hint` (or anywhere, if there is
    no hint), MOVED when it sits elsewhere, CHANGED when only similar text was found.
    """
    hint = start_hint if start_hint is not None else 0
    target = AnchorTarget("", hint, hint + len(exact), exact, prefix, suffix)
    placement = _Finder(text).place(target, hint=start_hint, mapped=None)
    if placement.state is AnchorState.ORPHANED:
        return None
    if start_hint is None and placement.state is AnchorState.MOVED:
        return _with_state(placement, AnchorState.EXACT)
    return placement


def quote_similarity(a: str, b: str) -> float:
    """1.0 for the same text (ignoring white space and prose punctuation), else normalised
    Levenshtein."""
    from rapidfuzz.distance import Levenshtein  # rapidfuzz loads with the first re-anchoring

    return 1.0 if same_text(a, b) else Levenshtein.normalized_similarity(a, b)


def _fits(target: AnchorTarget, text: str) -> bool:
    return (
        0 <= target.start < target.end <= len(text)
        and text[target.start : target.end] == target.exact
    )


def _with_state(p: Placement, state: AnchorState) -> Placement:
    return Placement(p.key, state, p.start, p.end, p.exact, p.confidence)


class _Finder:
    """Searches one new text for many quotes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: set[str] | None = None

    def _may_contain(self, quote: str) -> bool:
        """Cheap test before searching the whole text: do enough of the quote's words occur?

        Text at most half-edited keeps most of its words; this spares the whole-text
        search for claims whose passage is gone (the common case after a rewrite).
        """
        if self._words is None:
            self._words = {t for t in tokens(self.text) if t[0].isalnum()}
        words = [t for t in tokens(quote) if t[0].isalnum()]
        return not words or 3 * sum(w in self._words for w in words) >= len(words)

    # --- the decision for one target ---

    def place(
        self, target: AnchorTarget, hint: int | None, mapped: tuple[int, int] | None
    ) -> Placement:
        text, quote = self.text, target.exact
        if not quote:
            return Placement(target.key, AnchorState.ORPHANED, None, None, None, 0.0)
        fits = _BoundaryCheck(target)
        if mapped is not None:
            start, end = trim_span(text, *mapped) if mapped[0] < mapped[1] else mapped
            if start < end and same_text(text[start:end], quote) and fits(text, start, end):
                return self._placed(target, _Candidate(start, end, 1.0, 1.0))
        elif (
            target.start >= 0
            and text[target.start : target.end] == quote
            and fits(text, target.start, target.end)
        ):
            return self._placed(target, _Candidate(target.start, target.end, 1.0, 1.0))

        scorer = _Scorer(text, target, hint)
        # 1. The quote's own text, exactly or apart from white space and punctuation.
        best = scorer.best(s for s in self._exact_occurrences(target, hint) if fits(text, *s))
        if best is None:
            best = scorer.best(self._key_occurrences(target, hint))
        # 2. What the diff says the claim's text became.
        if mapped is not None and mapped[0] < mapped[1]:
            best = _better(best, scorer.refine(*mapped))
        if best is not None and _acceptable(best, text, quote):
            return self._placed(target, best)
        # 3. Similar text: after the surviving context, then near the old place, then anywhere.
        rough = self._context_spans(target, hint)
        near = self._align_near(quote, hint)
        if near is not None:
            rough.append(near)
        best = _better(best, scorer.best(scorer.refine(*span) for span in rough))
        if not _acceptable(best, text, quote) and self._may_contain(quote):
            whole = self._align(quote, 0, len(text))
            if whole is not None:
                best = _better(best, scorer.refine(*whole))
        if best is None or not _acceptable(best, text, quote):
            confidence = best.confidence if best else 0.0
            return Placement(
                target.key, AnchorState.ORPHANED, None, None, None, round(confidence, 4)
            )
        return self._placed(target, best)

    def _placed(self, target: AnchorTarget, c: _Candidate) -> Placement:
        now = self.text[c.start : c.end]
        if same_text(now, target.exact):
            state = AnchorState.EXACT if c.start == target.start else AnchorState.MOVED
        else:
            state = AnchorState.CHANGED
        return Placement(target.key, state, c.start, c.end, now, round(c.confidence, 4))

    # --- candidate spans ---

    def _exact_occurrences(self, target: AnchorTarget, hint: int | None) -> list[tuple[int, int]]:
        text, quote = self.text, target.exact
        if target.prefix or target.suffix:
            with_context = target.prefix + quote + target.suffix
            found = _nearest(_find_all(text, with_context), hint, len(target.prefix))
            if found:
                return [(s, s + len(quote)) for s in found]
        starts = set(_nearest(_find_all(text, quote), hint, 0))
        probes = (target.prefix[-_CONTEXT_PROBE:], target.suffix[:_CONTEXT_PROBE])
        if probes[0]:
            starts.update(_nearest(_find_all(text, probes[0] + quote), hint, len(probes[0])))
        if probes[1]:
            starts.update(_nearest(_find_all(text, quote + probes[1]), hint, 0))
        return [(s, s + len(quote)) for s in sorted(starts)]

    def _key_occurrences(self, target: AnchorTarget, hint: int | None) -> list[tuple[int, int]]:
        """Occurrences that differ from the quote only in white space and prose punctuation."""
        pattern = loose_pattern(target.exact)
        if pattern is None:
            return []
        text, spans = self.text, []
        for m in pattern.finditer(text):
            start, end = _extend_punctuation(text, m.start(), m.end(), target.exact)
            if (
                is_word_boundary(text, start)
                and is_word_boundary(text, end)
                and same_text(text[start:end], target.exact)
            ):
                spans.append((start, end))
        return _nearest_spans(spans, hint)

    def _context_spans(self, target: AnchorTarget, hint: int | None) -> list[tuple[int, int]]:
        """Rough spans next to where the prefix's tail or the suffix's head still occurs."""
        text, length = self.text, len(target.exact)
        head, tail = target.prefix[-_CONTEXT_PROBE:], target.suffix[:_CONTEXT_PROBE]
        after_prefix = _nearest(_find_all(text, head), hint, len(head), 3) if head.strip() else []
        before_suffix = _nearest(_find_all(text, tail), hint, 0, 3) if tail.strip() else []
        spans = [(p, min(len(text), p + length)) for p in after_prefix]
        spans += [(max(0, p - length), p) for p in before_suffix]
        spans += [
            (p, q) for p in after_prefix for q in before_suffix if 0 < q - p <= 3 * length + 32
        ]
        return spans

    def _align_near(self, quote: str, hint: int | None) -> tuple[int, int] | None:
        if hint is None:
            return None
        pad = max(64, len(quote))
        return self._align(quote, hint - pad, hint + len(quote) + pad)

    def _align(self, quote: str, lo: int, hi: int) -> tuple[int, int] | None:
        """Roughly where in text[lo:hi] the quote best fits, if anywhere."""
        lo, hi = max(0, lo), min(len(self.text), hi)
        if hi - lo <= len(quote):
            return (lo, hi) if lo < hi else None
        from rapidfuzz import fuzz

        found = fuzz.partial_ratio_alignment(
            quote, self.text[lo:hi], score_cutoff=100 * MIN_QUOTE_SIMILARITY * 0.8
        )
        if not found or found.score <= 0:
            return None
        return lo + found.dest_start, lo + found.dest_end


class _Scorer:
    """Scores candidate spans for one target; approximate spans are snapped to word boundaries."""

    def __init__(self, text: str, target: AnchorTarget, hint: int | None) -> None:
        self.text, self.target, self.hint = text, target, hint
        self._prefix_scores: dict[int, float] = {}
        self._suffix_scores: dict[int, float] = {}

    def score(self, start: int, end: int) -> _Candidate:
        # Ranking uses the plain edit similarity, so a span that merely takes in extra
        # punctuation ranks below the bare quote; `_acceptable` ignores such differences.
        from rapidfuzz.distance import Levenshtein

        edit_sim = Levenshtein.normalized_similarity(self.text[start:end], self.target.exact)
        w_quote, w_prefix, w_suffix, w_pos = _WEIGHTS
        position = 1.0
        if self.hint is not None and self.text:
            position = max(0.0, 1.0 - abs(start - self.hint) / len(self.text))
        raw = (
            w_quote * edit_sim
            + w_prefix * self._prefix_score(start)
            + w_suffix * self._suffix_score(end)
            + w_pos * position
        )
        return _Candidate(start, end, raw / sum(_WEIGHTS), edit_sim)

    def best(self, spans: Iterable[tuple[int, int] | _Candidate | None]) -> _Candidate | None:
        best = None
        for span in spans:
            if span is None:
                continue
            c = span if isinstance(span, _Candidate) else self.score(*span)
            best = _better(best, c)
        return best

    def refine(self, rough_start: int, rough_end: int) -> _Candidate | None:
        """The best word-aligned span near a rough one, by coordinate ascent on start and end."""
        text, length = self.text, len(self.target.exact)
        reach = min(max(12, length // 3), 160)
        starts = word_starts(text, rough_start - reach, rough_start + reach)
        ends = word_ends(text, rough_end - reach, rough_end + reach)
        if not starts or not ends:
            return None
        start = min(starts, key=lambda p: abs(p - rough_start))
        end = min(ends, key=lambda p: abs(p - rough_end))
        best = self.score(start, end) if start < end else None
        for _ in range(4):
            before = best
            best = _better(best, self.best((s, end) for s in starts if s < end))
            if best is not None:
                start, end = best.start, best.end
            best = _better(best, self.best((start, e) for e in ends if e > start))
            if best is not None:
                start, end = best.start, best.end
            if best == before:
                break
        return best

    # Context is compared with runs of white space as one character (a line break or a
    # space): a web page's context, as Hypothesis records it, is full of layout white space
    # the canonical text does not have; a line break still says the quote starts or ends a
    # block (a headline), and the text's start and end count as line breaks.

    def _prefix_score(self, start: int) -> float:
        prefix = _squash(self.target.prefix)
        if not prefix.strip(" "):
            return 1.0
        if start not in self._prefix_scores:
            begin = max(0, start - len(self.target.prefix))
            text_start = "\n" if begin == 0 else ""  # only where the window reaches the start
            before = _squash(text_start + self.text[begin:start])[-len(prefix) :]
            self._prefix_scores[start] = _context_similarity(before[::-1], prefix[::-1])
        return self._prefix_scores[start]

    def _suffix_score(self, end: int) -> float:
        suffix = _squash(self.target.suffix)
        if not suffix.strip(" "):
            return 1.0
        if end not in self._suffix_scores:
            stop = end + len(self.target.suffix)
            text_end = (
                "\n" if stop >= len(self.text) else ""
            )  # only where the window reaches the end
            after = _squash(self.text[end:stop] + text_end)[: len(suffix)]
            self._suffix_scores[end] = _context_similarity(after, suffix)
        return self._suffix_scores[end]


def _context_similarity(found: str, recorded: str) -> float:
    """Similarity of context read away from the quote. Recorded context that starts with a
    line break (the quote ends its block) counts half for the text's doing the same."""
    from rapidfuzz.distance import Levenshtein

    if recorded.startswith("\n"):
        return 0.5 * found.startswith("\n") + 0.5 * Levenshtein.normalized_similarity(
            found[1:], recorded[1:]
        )
    return Levenshtein.normalized_similarity(found, recorded)


def _squash(text: str) -> str:
    """Runs of white space as one character: a line break if the run has one, else a space."""
    return _WHITE_RUN.sub(lambda run: "\n" if "\n" in run.group(0) else " ", text)


class _BoundaryCheck:
    """Whether a span of the quote's own text starts and ends like the original did.

    The prefix and suffix show whether the claim began and ended on word boundaries; an
    occurrence that now runs into a longer word ("March" inside "Marchand") is not the
    same text.
    """

    def __init__(self, target: AnchorTarget) -> None:
        quote = target.exact
        self.start = bool(target.prefix) and is_word_boundary(
            target.prefix + quote, len(target.prefix)
        )
        self.end = bool(target.suffix) and is_word_boundary(quote + target.suffix, len(quote))

    def __call__(self, text: str, start: int, end: int) -> bool:
        return (not self.start or is_word_boundary(text, start)) and (
            not self.end or is_word_boundary(text, end)
        )


def _better(a: _Candidate | None, b: _Candidate | None) -> _Candidate | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if (b.confidence, b.edit_similarity) > (a.confidence, a.edit_similarity) else a


def _acceptable(c: _Candidate | None, text: str, quote: str) -> bool:
    if c is None or c.confidence < ORPHAN_THRESHOLD:
        return False
    return c.edit_similarity >= MIN_QUOTE_SIMILARITY or same_text(text[c.start : c.end], quote)


def _find_all(haystack: str, needle: str) -> Iterator[int]:
    i = haystack.find(needle)
    while i != -1:
        yield i
        i = haystack.find(needle, i + 1)


def _nearest(
    starts: Iterator[int], hint: int | None, shift: int, limit: int = _MAX_OCCURRENCES
) -> list[int]:
    """Up to `limit` of `starts` (moved on by `shift`), nearest to `hint` first."""
    found = [s + shift for s in starts]
    if hint is not None and len(found) > 1:
        found.sort(key=lambda s: abs(s - hint))
    return found[:limit]


def _nearest_spans(spans: list[tuple[int, int]], hint: int | None) -> list[tuple[int, int]]:
    if hint is not None and len(spans) > _MAX_OCCURRENCES:
        spans = sorted(spans, key=lambda span: abs(span[0] - hint))
    return spans[:_MAX_OCCURRENCES]


def _extend_punctuation(text: str, start: int, end: int, quote: str) -> tuple[int, int]:
    """Take in punctuation next to a found span when the quote itself began/ended with some."""
    lead = len(quote) - len(quote.lstrip(_PUNCT_EDGE))
    trail = len(quote) - len(quote.rstrip(_PUNCT_EDGE))
    while lead and start > 0 and text[start - 1] in _PUNCT_EDGE:
        start, lead = start - 1, lead - 1
    while trail and end < len(text) and text[end] in _PUNCT_EDGE:
        end, trail = end + 1, trail - 1
    return start, end


_PUNCT_EDGE = "\"'“”‘’„‚«»‹›()[]{}.,;:!?…—–-¿¡「」『』《》。，、！？"
