"""/healthz reports the database, each channel and the worker."""
from __future__ import annotations

from extensions import db
from privacy.policy import DEFAULT_RETENTION_DAYS
from privacy.retention import run_retention
from store.models import OutboxEntry
from tests.team_support import make_enquiry
from worker import heartbeat


def test_healthz_reports_channels_not_configured_and_no_worker(app):
    body = app.test_client().get("/healthz").get_json()
    assert body["database"] == "ok"
    assert body["imap"] == body["smtp"] == body["twilio"] == "not configured"
    assert body["worker"] == {"last_heartbeat": None, "alive": False}
    assert "ecdop_notification" in body["unconfirmed_resources"]


def test_healthz_sees_the_worker_heartbeat(app):
    heartbeat()
    assert app.test_client().get("/healthz").get_json()["worker"]["alive"] is True


def test_healthz_reports_waiting_and_failed_replies_per_channel(app):
    enquiry = make_enquiry()
    db.session.add_all([OutboxEntry(enquiry_id=enquiry.id, kind="staff", channel="email", recipient="a@example.org",
                                    body_text="Thank you", status=status) for status in ("pending", "failed", "sent")])
    db.session.commit()
    assert app.test_client().get("/healthz").get_json()["outbox"] == {"email": {"waiting": 1, "failed": 1}}


def test_healthz_says_whether_encryption_is_on_and_when_retention_last_ran(app):
    body = app.test_client().get("/healthz").get_json()
    assert body["encryption"] == "off" and body["retention"] == {"last_run": None}
    run_retention(DEFAULT_RETENTION_DAYS, dry_run=True, actor="test")
    assert app.test_client().get("/healthz").get_json()["retention"]["last_run"] is not None
