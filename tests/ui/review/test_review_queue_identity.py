"""Review mode's queue knows people by identity: taking a colleague's name changes nothing."""

from __future__ import annotations

from annotator.ui.review.review_mode import review_queue


def test_renaming_oneself_does_not_put_own_claims_in_the_queue(desk) -> None:
    service = desk.service  # acting as Bob
    assert review_queue(service, desk.article_id, "Bob") == desk.ready_by_alice()
    service.rename_me("Alice")  # Bob now calls himself Alice
    assert review_queue(service, desk.article_id, service.author) == desk.ready_by_alice()
