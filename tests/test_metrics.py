"""/metrics: what Prometheus scrapes, read from the database, plus the classifier's latency."""
from __future__ import annotations

import datetime as dt

from prometheus_client.parser import text_string_to_metric_families

from extensions import db
from intake.receive import receive
from store.base import utcnow
from store.models import MailboxState, OutboxEntry
from tests.factories import email, sms
from tests.team_support import make_enquiry
from worker import heartbeat


def scrape(app) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = app.test_client().get("/metrics")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    return {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(response.get_data(as_text=True))
            for sample in family.samples}


def test_messages_are_counted_by_channel_and_category(app):
    receive(email("Could you send me the annual report?"))
    receive(email("And the leaflet, please?", sender="other@example.org"))
    receive(sms("Please call me back about the meeting"))
    samples = scrape(app)
    received = {labels: value for (name, labels), value in samples.items() if name == "cdop_messages_received"}
    assert sum(received.values()) == 3
    assert sum(v for labels, v in received.items() if ("channel", "email") in labels) == 2
    assert all(dict(labels)["category"] in ("notification", "family_support", "general") for labels in received)


def test_outbox_backlog_failures_and_age_are_reported(app):
    enquiry = make_enquiry()
    db.session.add_all([OutboxEntry(enquiry_id=enquiry.id, kind="staff", channel="email", recipient="a@example.org",
                                    body_text="Thank you", status=status, created_at=utcnow() - dt.timedelta(minutes=10))
                        for status in ("pending", "failed", "sent")])
    db.session.commit()
    samples = scrape(app)
    assert samples[("cdop_outbox_backlog", (("channel", "email"),))] == 1
    assert samples[("cdop_outbox_failed", (("channel", "email"),))] == 1
    assert samples[("cdop_outbox_oldest_unsent_seconds", ())] >= 600


def test_poll_lag_and_worker_heartbeat_age_come_from_the_database(app):
    db.session.add(MailboxState(folder="INBOX", last_uid=4, last_success_at=utcnow() - dt.timedelta(minutes=5)))
    db.session.commit()
    heartbeat()
    samples = scrape(app)
    assert 300 <= samples[("cdop_mailbox_poll_lag_seconds", (("folder", "INBOX"),))] < 360
    assert samples[("cdop_heartbeat_age_seconds", (("name", "worker"),))] < 60


def test_each_triage_is_timed(app):
    before = scrape(app).get(("cdop_classifier_latency_seconds_count", ()), 0)
    receive(email("Could you send me the annual report?", external_id="timed@example.org"))
    receive(email("Could you send me the annual report?", external_id="timed@example.org"))  # a repeat: no triage
    after = scrape(app)
    assert after[("cdop_classifier_latency_seconds_count", ())] == before + 1
    assert after[("cdop_classifier_latency_seconds_sum", ())] > 0


def test_open_enquiries_are_counted_by_category(app):
    receive(email("Could you send me the annual report?"))
    samples = scrape(app)
    assert sum(v for (name, _), v in samples.items() if name == "cdop_enquiries_open") == 1
