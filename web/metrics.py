"""/metrics for Prometheus: counts read from the database at each scrape, and the classifier's latency.

The counts are gauges computed from the tables, so every web and worker process reports the
same numbers and nothing is lost on a restart. Only the latency histogram lives in the process.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from flask import Blueprint, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from extensions import db
from store.base import utcnow
from store.models import Enquiry, Heartbeat, MailboxState, Message, OutboxEntry

bp = Blueprint("metrics", __name__)
UNSENT = ("pending", "sending")
CLASSIFIER_LATENCY = Histogram(
    "cdop_classifier_latency_seconds", "Time to triage one inbound message.", registry=None,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0))


class DatabaseCollector(Collector):
    """Gauges from the tables, read when Prometheus scrapes."""

    def collect(self) -> Iterator[Metric]:
        yield from (self.messages(), *self.outbox(), self.open_enquiries(), self.poll_lag(), self.heartbeat_age())

    def messages(self) -> Metric:
        gauge = GaugeMetricFamily("cdop_messages_received", "Inbound messages stored, by channel and the "
                                  "category of their enquiry.", labels=["channel", "category"])
        rows = db.session.execute(select(Message.channel, Enquiry.category, func.count()).join(Enquiry)
                                  .where(Message.direction == "in").group_by(Message.channel, Enquiry.category))
        for channel, category, count in rows:
            gauge.add_metric([channel, category], count)
        return gauge

    def outbox(self) -> tuple[Metric, Metric, Metric]:
        backlog = GaugeMetricFamily("cdop_outbox_backlog", "Replies waiting to be sent.", labels=["channel"])
        failed = GaugeMetricFamily("cdop_outbox_failed", "Replies that could not be sent.", labels=["channel"])
        for channel, counts in outbox_counts().items():
            backlog.add_metric([channel], counts["waiting"])
            failed.add_metric([channel], counts["failed"])
        oldest = db.session.scalar(select(func.min(OutboxEntry.created_at)).where(OutboxEntry.status.in_(UNSENT)))
        age = GaugeMetricFamily("cdop_outbox_oldest_unsent_seconds", "Age of the oldest reply not yet sent.",
                                value=_seconds_since(oldest) if oldest else 0)
        return backlog, failed, age

    def open_enquiries(self) -> Metric:
        gauge = GaugeMetricFamily("cdop_enquiries_open", "Enquiries not closed, by category.", labels=["category"])
        rows = db.session.execute(select(Enquiry.category, func.count()).where(Enquiry.status != "closed")
                                  .group_by(Enquiry.category))
        for category, count in rows:
            gauge.add_metric([category], count)
        return gauge

    def poll_lag(self) -> Metric:
        gauge = GaugeMetricFamily("cdop_mailbox_poll_lag_seconds", "Time since the last successful pass over "
                                  "the mailbox folder.", labels=["folder"])
        for folder, last in db.session.execute(select(MailboxState.folder, MailboxState.last_success_at)):
            gauge.add_metric([folder], _seconds_since(last) if last else float("inf"))
        return gauge

    def heartbeat_age(self) -> Metric:
        gauge = GaugeMetricFamily("cdop_heartbeat_age_seconds", "Time since each process last beat.",
                                  labels=["name"])
        for name, beat in db.session.execute(select(Heartbeat.name, Heartbeat.beat_at)):
            gauge.add_metric([name], _seconds_since(beat))
        return gauge


def outbox_counts() -> dict[str, dict[str, int]]:
    """Per channel, how many replies are waiting to be sent and how many failed."""
    rows = db.session.execute(select(OutboxEntry.channel, OutboxEntry.status, func.count())
                              .group_by(OutboxEntry.channel, OutboxEntry.status)).all()
    counts = {channel: {"waiting": 0, "failed": 0} for channel, _, _ in sorted(rows)}
    for channel, status, n in rows:
        if status in UNSENT or status == "failed":
            counts[channel]["waiting" if status in UNSENT else "failed"] += n
    return counts


def _seconds_since(moment: dt.datetime) -> float:
    return (utcnow() - moment).total_seconds()


@bp.get("/metrics")
def metrics() -> Response:
    registry = CollectorRegistry()
    registry.register(DatabaseCollector())
    registry.register(CLASSIFIER_LATENCY)
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
