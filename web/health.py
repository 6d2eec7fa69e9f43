"""/healthz: database, channels and worker at a glance."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, jsonify
from sqlalchemy import func, select, text

from extensions import db
from intake.imap_poll import mailbox_health
from privacy.crypto import encryption_enabled
from services import services
from store.base import utcnow
from store.models import AuditEvent, Heartbeat
from web.metrics import outbox_counts

bp = Blueprint("health", __name__)
WORKER_STALE_AFTER = dt.timedelta(minutes=2)


@bp.get("/healthz")
def healthz():
    svc = services()
    try:
        db.session.execute(text("SELECT 1"))
        database = "ok"
        beat = db.session.scalar(select(Heartbeat.beat_at).where(Heartbeat.name == "worker"))
        mailbox = mailbox_health(imap) if (imap := svc.settings.imap) else None
        outbox, retention = outbox_counts(), _last_retention_run()
    except Exception as error:  # the endpoint must answer even when the database does not
        database, beat, mailbox, outbox, retention = f"error: {type(error).__name__}", None, None, None, None
    worker = {"last_heartbeat": beat.isoformat() if beat else None,
              "alive": bool(beat and utcnow() - beat < WORKER_STALE_AFTER)}
    body = {"status": "ok" if database == "ok" else "error", "database": database,
            **svc.settings.channel_status(), "worker": worker, "mailbox": mailbox,
            "unconfirmed_resources": svc.registry.unconfirmed()}
    body |= {"outbox": outbox, "retention": {"last_run": retention},
             "encryption": "on" if encryption_enabled() else "off"}
    return jsonify(body), 200 if database == "ok" else 503


def _last_retention_run() -> str | None:
    last = db.session.scalar(select(func.max(AuditEvent.at)).where(AuditEvent.action == "retention_run"))
    return last.isoformat() if last else None
