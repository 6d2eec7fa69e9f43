"""/healthz reports the database, each channel and the worker."""
from __future__ import annotations

from worker import heartbeat


def test_healthz_reports_channels_not_configured_and_no_worker(app):
    body = app.test_client().get("/healthz").get_json()
    assert body["database"] == "ok"
    assert body["imap"] == body["smtp"] == body["twilio"] == "not configured"
    assert body["worker"] == {"last_heartbeat": None, "alive": False}


def test_healthz_sees_the_worker_heartbeat(app):
    heartbeat()
    assert app.test_client().get("/healthz").get_json()["worker"]["alive"] is True
