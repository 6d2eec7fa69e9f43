"""Outbox delivery: an interrupted send is never repeated on its own."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from extensions import db
from intake.receive import receive
from outbox.deliver import STALE_SENDING, deliver_due
from services import services
from store.base import utcnow
from store.models import OutboxEntry
from tests.factories import email


def test_an_entry_left_sending_by_a_crash_is_failed_for_a_person_not_sent_again(app):
    receive(email())
    entry = db.session.scalar(select(OutboxEntry))
    entry.status, entry.next_attempt_at = "sending", utcnow() - STALE_SENDING - dt.timedelta(seconds=1)
    db.session.commit()

    counts = deliver_due(services().settings)

    db.session.refresh(entry)
    assert counts["failed"] == 1 and counts["sent"] == 0
    assert entry.status == "failed" and "not sent again" in entry.last_error


def test_an_entry_still_being_sent_is_left_alone(app):
    receive(email())
    entry = db.session.scalar(select(OutboxEntry))
    entry.status, entry.next_attempt_at = "sending", utcnow()
    db.session.commit()

    assert deliver_due(services().settings)["failed"] == 0
    db.session.refresh(entry)
    assert entry.status == "sending"
