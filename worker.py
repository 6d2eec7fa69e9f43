"""The scheduled jobs, run by ``flask worker`` in exactly one process."""
from __future__ import annotations

import logging
from collections.abc import Callable

from apscheduler.schedulers.blocking import BlockingScheduler
from flask import Flask

from extensions import db
from intake.imap_poll import POLL_SECONDS, poll_and_watch
from outbox.deliver import deliver_due
from privacy.retention import scheduled_run as run_retention
from services import services
from store.base import utcnow
from store.models import Heartbeat
from team.sla import DIGEST_SECONDS, escalate

logger = logging.getLogger(__name__)


def heartbeat() -> None:
    row = db.session.get(Heartbeat, "worker")
    if row is None:
        db.session.add(Heartbeat(name="worker", beat_at=utcnow()))
    else:
        row.beat_at = utcnow()
    db.session.commit()


def deliver_outbox() -> None:
    deliver_due(services().settings)


JOBS: dict[str, tuple[Callable[[], None], int]] = {
    "heartbeat": (heartbeat, 30),
    "outbox": (deliver_outbox, 10),
    "retention": (run_retention, 24 * 3600),
    "imap": (poll_and_watch, POLL_SECONDS),
    "sla": (escalate, DIGEST_SECONDS),
}


def in_context(app: Flask, job: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        with app.app_context():
            try:
                job()
            except Exception:
                db.session.rollback()
                logger.exception("job %s failed", job.__name__)
    return run


def build_scheduler(app: Flask) -> BlockingScheduler:
    scheduler = BlockingScheduler(timezone="UTC")
    for name, (job, seconds) in JOBS.items():
        scheduler.add_job(in_context(app, job), "interval", seconds=seconds, id=name,
                          max_instances=1, coalesce=True, next_run_time=utcnow())
    return scheduler
