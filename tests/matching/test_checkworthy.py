"""Check-worthiness: sentence spans, reasons, suggestions in code points, decisions, retraining."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.checkworthy import reasons as r
from annotator.checkworthy.features import Analysis, char_terms_of_word, word_terms
from annotator.checkworthy.model import (
    LinearModel,
    ModelError,
    load_file,
    shipped_model,
    write_file,
)
from annotator.checkworthy.sentences import sentence_spans
from annotator.checkworthy.train import fine_tune
from annotator.cli import main
from annotator.domain import ArticleDraft
from annotator.errors import ValidationError
from annotator.services import ProjectService
from annotator.services import suggestions as s

WORTHY = "The unemployment rate fell to 3.5 percent last year, the lowest in fifty years."
CHATTER = "Thank you very much, and good evening to all of you."


def spans_text(text):
    return [text[a:b] for a, b in sentence_spans(text)]


def test_sentences_split_at_boundaries_but_not_after_abbreviations_or_across_paragraphs():
    text = "Dr. Smith said it. 😀 Then Mr. Jones left! Did he?\n\n  A new paragraph  \nno stop here"
    assert spans_text(text) == [
        "Dr. Smith said it.",
        "😀 Then Mr. Jones left!",
        "Did he?",
        "A new paragraph",
        "no stop here",
    ]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Crime went up by 40% in two years.", r.NUMBER),
        ("This is the largest tax increase in history.", r.COMPARISON),
        ("Prices rose because the plant closed.", r.CAUSAL),
        ("The Ministry of Health said the wards are full.", r.ATTRIBUTION),
        ("Senator Warren told reporters the bill is dead.", r.ATTRIBUTION),
        ("Inflation will come down by 2026.", r.PREDICTION),
        ("Our plan protects families.", r.FACTUAL),
    ],
)
def test_each_reason_is_found_where_a_checker_would_see_it(sentence, reason):
    assert reason in r.reasons_for(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Costs Increased sharply after the merger.", [r.COMPARISON]),
        ("It is the tallest tower in the region.", [r.COMPARISON]),
        ("The nest is empty again.", [r.FACTUAL]),  # "-est" needs a word of six letters or more
        ("The delay was due to heavy rain.", [r.CAUSAL]),
        ("According to Eurostat, prices went up by a quarter.", [r.NUMBER, r.ATTRIBUTION]),
        ("Prices are going to climb.", [r.PREDICTION]),
        ("They won't stop the project.", [r.PREDICTION]),  # "project" alone predicts nothing
        ("We started the project early.", [r.FACTUAL]),
        ("The mine closes by 2030 for good.", [r.NUMBER, r.PREDICTION]),
        ("Turnout was 5 per cent.", [r.NUMBER]),
    ],
)
def test_reasons_from_word_beginnings_endings_and_phrases(sentence, expected):
    assert r.reasons_for(sentence) == expected


def test_a_verb_of_saying_without_anyone_named_is_not_an_attribution():
    assert r.ATTRIBUTION not in r.reasons_for("it was said long ago that the river flooded")


def test_the_shipped_model_loads_verified_and_separates_claims_from_chatter():
    model = shipped_model()
    worthy, chatter = model.probabilities([WORTHY, CHATTER])
    assert worthy > 0.8 > 0.2 > chatter
    assert model.probability(WORTHY) == pytest.approx(worthy)


def test_a_model_that_does_not_match_its_checksum_is_refused(tmp_path):
    path = tmp_path / "m.json.gz"
    write_file(shipped_model(), path)
    assert load_file(path, tmp_path / "m.json.gz.sha256").coef == pytest.approx(
        shipped_model().coef, abs=1e-6
    )
    (tmp_path / "m.json.gz.sha256").write_text("0" * 64 + "  m.json.gz\n", encoding="ascii")
    with pytest.raises(ModelError):
        load_file(path, tmp_path / "m.json.gz.sha256")


def test_a_missing_model_is_refused_with_a_message_and_the_shipped_one_has_its_licence(tmp_path):
    with pytest.raises(ModelError, match="cannot read the check-worthiness model"):
        load_file(tmp_path / "absent.json.gz")
    licence = shipped_model_licence().read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence


def shipped_model_licence():
    from annotator.checkworthy.model import SHIPPED

    return SHIPPED.with_name("COPYING.GPL-3.0")


def add(project, text):
    return project.add_article(ArticleDraft(title="T", text=text))


def test_suggestions_are_code_point_spans_of_the_worthy_sentences_only(project):
    # a time stamp scores high alone
    text = f"Héllo 👋🏽 wörld.\n\nUpdated:\n\n0:00\n\n{CHATTER}\n\n{WORTHY}\n"
    article = add(project, text)
    found = s.suggest(project, article.id)
    assert [article.text[x.start : x.end] for x in found] == [WORTHY]
    assert r.NUMBER in found[0].reasons and r.COMPARISON in found[0].reasons


def test_accept_makes_a_claim_dismiss_hides_and_both_are_stored(project):
    other = "Exports to China doubled in 2019 because of the new trade deal."
    article = add(project, f"{WORTHY}\n\n{other}\n")
    first, second = s.suggest(project, article.id)
    claim = s.accept(project, article.id, first.start, first.end)
    assert project.claim(claim.id).exact == WORTHY
    s.dismiss(project, article.id, second.start, second.end)
    assert s.suggest(project, article.id) == []
    assert [(d.decision, d.claim_id) for d in s.decisions(project, article.id)] == [
        ("accepted", claim.id),
        ("dismissed", None),
    ]
    with pytest.raises(ValidationError):
        s.dismiss(project, article.id, 5, 10_000)


def test_retraining_on_decisions_changes_what_is_suggested(project):
    sport = [f"The team scored {n} goals in the {n}th minute of the final." for n in range(2, 9)]
    policy = [
        f"The new law cut hospital waiting lists by {n} percent last year." for n in range(10, 17)
    ]
    article = add(project, "\n\n".join(sport + policy) + "\n")
    before = {article.text[x.start : x.end] for x in s.suggest(project, article.id)}
    assert set(sport[:5]) <= before  # the shipped model finds sports figures worth checking
    for x in s.suggest(project, article.id):
        sentence = article.text[x.start : x.end]
        if sentence in sport[:5] or sentence in policy[:5]:
            (s.dismiss if sentence in sport else s.accept)(project, article.id, x.start, x.end)
    with pytest.raises(ValidationError):
        s.train(_with_too_few(project))
    report = s.train(project)
    assert (report.accepted, report.dismissed) == (5, 5) and report.agreement_after == 1.0
    after = {article.text[x.start : x.end] for x in s.suggest(project, article.id)}
    assert (
        sport[5] not in after and sport[6] not in after
    )  # unseen sentences like the dismissed ones
    assert policy[5] in after and policy[6] in after
    s.reset_model(project)
    assert sport[5] in {article.text[x.start : x.end] for x in s.suggest(project, article.id)}


def _with_too_few(project):
    fresh = ProjectService.open(project.path.with_name("other.annotator"), "Ana")
    article = add(fresh, WORTHY)
    s.accept(fresh, article.id, 0, len(WORTHY))
    return fresh


def test_cli_suggest_json_counts_code_points_of_show(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(f"Title 🇺🇦\n\n{CHATTER}\n\n— {WORTHY}\n", encoding="utf-8")
    project = tmp_path / "p.annotator"
    assert main(["import", str(project), str(path)]) == 0
    article_id = capsys.readouterr().out.split("\t")[0]
    assert main(["show", str(project), article_id]) == 0
    shown = capsys.readouterr().out
    assert main(["suggest", str(project), article_id, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [shown[x["start"] : x["end"]] for x in found] == [f"— {WORTHY}"]
    assert set(found[0]) == {"start", "end", "score", "reasons"}
    assert (
        main(
            [
                "suggest",
                str(project),
                article_id,
                "--dismiss",
                f"{found[0]['start']}:{found[0]['end']}",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["suggest", str(project), article_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["suggest", "--train", str(project)]) == 1
    assert "at least 10 decisions" in capsys.readouterr().err


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab C.!?\n \u00e9\U0001f600\u0301\u05d0\u4e2d\"'")),
        max_size=200,
    )
)
def test_sentence_spans_are_ordered_trimmed_and_cover_every_visible_character(text):
    spans = sentence_spans(text)
    covered = set()
    last_end = 0
    for start, end in spans:
        assert last_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert "\n" not in text[start:end]  # paragraphs never merge
        covered.update(range(start, end))
        last_end = end
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered


def test_word_terms_are_the_one_to_n_grams_scikit_learn_counts():
    assert word_terms("the tax rate fell", 3) == [
        "the",
        "tax",
        "rate",
        "fell",
        "the tax",
        "tax rate",
        "rate fell",
        "the tax rate",
        "tax rate fell",
    ]
    assert word_terms("a tax cut", 2) == [
        "tax",
        "cut",
        "tax cut",
    ]  # one-letter words are not tokens
    assert word_terms("a tax cut", 1) == ["tax", "cut"]


def test_char_terms_follow_the_model_range_and_count_a_short_word_once():
    assert char_terms_of_word("tax", (2, 5)) == [
        " t",
        "ta",
        "ax",
        "x ",
        " ta",
        "tax",
        "ax ",
        " tax",
        "tax ",
        " tax ",
    ]
    assert char_terms_of_word("a", (2, 5)) == [" a", "a ", " a "]


def test_a_model_keeps_its_term_ranges_and_an_older_model_without_them_reads_as_before():
    model = LinearModel({"tax rate fell": (0, 1.0)}, {}, [3.0], -1.0, 0.4, {}, Analysis(3, (2, 5)))
    again = LinearModel.from_json(model.to_json())
    assert (again.analysis, again.threshold) == (Analysis(3, (2, 5)), 0.4)
    assert again.probability("The tax rate fell.") == pytest.approx(1 / (1 + math.exp(-2.0)))
    legacy = json.loads(model.to_json())
    del legacy["word_ngrams"], legacy["char_range"]
    assert LinearModel.from_json(json.dumps(legacy)).analysis == Analysis(2, (2, 4))
    assert LinearModel.from_json(json.dumps(legacy)).probability(
        "The tax rate fell."
    ) == pytest.approx(1 / (1 + math.e))  # no trigrams: the intercept alone
    with pytest.raises(ModelError):
        LinearModel.from_json(json.dumps(dict(legacy, char_range=[5, 2])))


def test_retraining_keeps_the_base_models_term_ranges_and_threshold():
    base = shipped_model()
    tuned = fine_tune(base, [WORTHY, CHATTER] * 5, [1, 0] * 5)
    assert (tuned.analysis, tuned.threshold) == (base.analysis, base.threshold)
