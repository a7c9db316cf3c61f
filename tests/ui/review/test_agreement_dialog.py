"""The review dashboard: agreement figures, disagreements that open claims, blind review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.services.agreement import article_agreement, is_blind, rate_blind
from annotator.ui.review.agreement_dialog import HIDDEN, AgreementDialog
from annotator.ui.review.blind import (
    hidden_claim_ids,
    rate_blind_command,
    shown_verdict_id,
    verdict_hidden,
)


def second_opinions(desk) -> dict[str, str]:
    """Bob rates Alice's ready claims: agrees on one, disagrees on the others."""
    service = desk.as_person("Bob")
    labels = {"Ukraine would trade Kursk": "Half true", "$500 billion of rare earths": "False",
              "China is the world's largest supplier": "Mostly true"}  # fmt: skip
    return {
        passage: rate_blind(
            service, desk.alice[passage], service.verdict_by_label(label).id
        ).claim_id
        for passage, label in labels.items()
    }


def test_dashboard_shows_figures_and_opens_a_disagreement(qtbot, desk):
    bobs = second_opinions(desk)
    opened: list[str] = []
    dialog = AgreementDialog.show_for(None, desk.service, desk.article_id, opened.append)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)

    report = article_agreement(desk.service, desk.article_id)
    title, raters, paired, agreement, coefficient = dialog.row_texts(desk.article_id)
    assert (title, raters) == ("Test article", "Alice, Bob")
    assert paired == f"{report.paired_units} of {report.units}" == "3 of 5"
    assert agreement == f"{report.percent_agreement * 100:.0f}%"
    assert coefficient.startswith("weighted κ (quadratic)")
    assert dialog.row_texts(None)[0] == "All articles"

    assert dialog.current_article_key() == desk.article_id
    # Only passages both rated differently: Kursk agrees, Bob's own claim has one rater.
    assert len(dialog.disagreement_claim_ids()) == len(report.disagreements) == 2
    rare_earths = bobs["$500 billion of rare earths"]
    assert (
        rare_earths == desk.alice["$500 billion of rare earths"]
    )  # the rating is of Alice's claim
    assert rare_earths in dialog.disagreement_claim_ids()
    row = dialog.disagreement_claim_ids().index(rare_earths)
    item = dialog.disagreements.topLevelItem(row)
    assert "Alice: Mostly false" in item.text(1) and "Bob: False" in item.text(1)
    rect = dialog.disagreements.visualItemRect(item)
    viewport = dialog.disagreements.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a double click
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a press
    assert opened == [rare_earths]
    dialog.close()


def test_blind_toggle_hides_colleagues_verdicts_until_revealed(qtbot, desk):
    service = desk.as_person("Bob")
    alices = desk.alice["Ukraine would trade Kursk"]
    [bobs] = desk.bob.values()
    dialog = AgreementDialog(None, service, desk.article_id)
    qtbot.addWidget(dialog)
    changes: list[tuple[str, bool]] = []
    dialog.blind_changed.connect(lambda a, b: changes.append((a, b)))

    assert not dialog.blind.isChecked()
    qtbot.mouseClick(dialog.blind, Qt.MouseButton.LeftButton)
    assert is_blind(service, desk.article_id)
    assert changes == [(desk.article_id, True)]
    claim = service.claim(alices)
    assert verdict_hidden(service, claim, "Bob") and shown_verdict_id(service, claim, "Bob") is None
    assert not verdict_hidden(service, service.claim(bobs), "Bob")
    assert not verdict_hidden(service, claim, "Alice")  # Alice is not blind
    assert hidden_claim_ids(service, desk.article_id, "Bob") == set(desk.alice.values())
    assert dialog.row_texts(desk.article_id)[1] == HIDDEN
    assert dialog.report_for(None) is None and dialog.disagreement_claim_ids() == []

    claims_before = len(service.claims(desk.article_id))
    command = rate_blind_command(service, alices, service.verdict_by_label("False").id)
    assert (command.after.rater, command.after.claim_id) == ("Bob", alices)
    assert len(service.claims(desk.article_id)) == claims_before  # a rating, not a claim

    qtbot.mouseClick(dialog.blind, Qt.MouseButton.LeftButton)
    assert not is_blind(service, desk.article_id)
    assert changes[-1] == (desk.article_id, False)
    assert shown_verdict_id(service, claim, "Bob") == claim.verdict_id
    assert dialog.row_texts(desk.article_id)[1] == "Alice, Bob"
    assert dialog.disagreement_claim_ids()


def test_without_an_article_the_blind_switch_is_off(qtbot, desk):
    dialog = AgreementDialog(None, desk.service, None)
    qtbot.addWidget(dialog)
    assert not dialog.blind.isEnabled()
    assert dialog.current_article_key() == ""  # the whole project is shown


def test_dashboard_credits_the_person_who_set_the_verdict(qtbot, desk):
    """Tom sets the verdicts on Maria's claims: they are Tom's ratings, and nobody disagreed."""
    service = desk.as_person("Tom")
    for claim_id in desk.alice.values():
        service.update_claim(claim_id, verdict_id=service.verdict_by_label("False").id)
    dialog = AgreementDialog(None, service, desk.article_id)
    qtbot.addWidget(dialog)
    title, raters, paired, _, _ = dialog.row_texts(desk.article_id)
    assert raters == "Bob, Tom"  # Alice wrote four claims but rated none of their verdicts now
    assert paired == "0 of 5" and dialog.disagreement_claim_ids() == []
