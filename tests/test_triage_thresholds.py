"""Thresholds chosen from out-of-fold scores, and the yes/no notification check in the decision."""
from __future__ import annotations

import pytest

from triage.decide import decide
from triage.rules import Hit
from triage.thresholds import CHECK_FLOOR, Thresholds, choose


def _scores(notification: float, check: float, category: str = "general", auto_reply: float = 0.0) -> dict[str, float]:
    rest = {"family_support": 0.0, "general": 0.0, category: 1.0 - notification}
    return {"notification": notification, **rest, "crisis": 0.0, "auto_reply": auto_reply, "is_notification": check}


def _rows(categories: list[str]) -> list[dict]:
    return [{"category": category, "flags": []} for category in categories]


def test_the_check_is_set_as_high_as_keeps_notification_recall_with_the_category_model():
    # 100 notifications: the category model finds 95 above its floor; the check must find the rest.
    scores = [_scores(0.9, 0.9)] * 95 + [_scores(0.01, 0.3)] * 4 + [_scores(0.01, 0.01)]
    chosen = choose(_rows(["notification"] * 100), scores)
    assert chosen.is_notification == 0.3  # the highest on the grid that catches the four


def test_the_pair_with_fewer_false_alarms_wins():
    # Ten notifications, one of which only the check is sure of; ten general messages that the
    # category model half-suspects. Catching the tenth by the category model would take a
    # threshold that files the general messages as notifications too; the check catches it alone.
    notifications = [_scores(0.9, 0.9)] * 9 + [_scores(0.2, 0.6)]
    general = [_scores(0.25, 0.05)] * 10
    chosen = choose(_rows(["notification"] * 10 + ["general"] * 10), notifications + general)
    assert chosen.notification > 0.25 and chosen.is_notification == 0.5
    catches = [s["notification"] >= chosen.notification or s["is_notification"] >= chosen.is_notification
               for s in notifications + general]
    assert catches == [True] * 10 + [False] * 10


def test_the_check_never_falls_below_its_floor():
    scores = [_scores(0.01, 0.01)] * 10
    assert choose(_rows(["notification"] * 10), scores).is_notification == CHECK_FLOOR


def test_a_notification_the_check_alone_finds_goes_to_a_person_to_confirm():
    thresholds = Thresholds(notification=0.12, crisis=0.15, auto_reply=0.5, is_notification=0.09)
    decision = decide(_scores(0.05, 0.3, "family_support"), [], 0.6, "v", thresholds)
    assert decision.category == "notification"
    assert "needs_review" in decision.flags
    assert "model: notification check 0.30" in decision.reasons


def test_a_model_without_the_check_never_fires_it():
    decision = decide(_scores(0.05, 1.0, "family_support"), [], 0.6, "v", Thresholds())
    assert decision.category == "family_support"


THRESHOLDS = Thresholds(notification=0.12, crisis=0.15, auto_reply=0.25, is_notification=0.09)


@pytest.mark.parametrize("category", ["family_support", "general"])
def test_machine_mail_only_the_model_sees_goes_to_a_person(category):
    decision = decide(_scores(0.0, 0.0, category, auto_reply=0.3), [], 0.6, "v", THRESHOLDS)
    assert decision.category == category
    assert decision.flags == ["auto_reply", "needs_review"]


def test_machine_mail_a_rule_confirms_needs_no_review():
    hit = Hit("out_of_office_text", "auto_reply", "text says 'I am out of the office'")
    decision = decide(_scores(0.0, 0.0, "family_support", auto_reply=0.3), [hit], 0.6, "v", THRESHOLDS)
    assert decision.flags == ["auto_reply"]
