"""SLA escalation: mark each enquiry once per due time it passes, and email the team each breach once.

The digest goes straight over SMTP rather than through the outbox, as the mailbox stall alert does:
an outbox row belongs to one enquiry, and a delivered row becomes a message in that enquiry's
thread, so a digest covering many enquiries would show up as if sent to one family. A digest that
cannot be sent records nothing and is tried again on the next run.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from email.utils import make_msgid

from flask import current_app, url_for
from sqlalchemy import Row, select

from config import Settings
from extensions import db
from intake.email_out import send_email
from intake.lease import acquire, new_holder, release
from outbox.errors import TransportError
from services import services
from store.base import utcnow
from store.models import AuditEvent, Enquiry, OutboxEntry
from team.display import FLAG_LABELS, due_phrase, local_time
from team.forms import CATEGORY_LABELS
from team.queue_query import OVERDUE_STATUSES, overdue

logger = logging.getLogger(__name__)
BREACHED = "sla_breached"
DIGESTED = "sla_digest"
DIGEST_SECONDS = 120
LEASE = "sla_escalation"
LEASE_TTL = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class Breach:
    """One line of a digest: nothing from the messages, only what the queue shows in its columns."""

    enquiry_id: int
    reference: str
    category: str
    flags: list[str]
    priority: int
    due_at: dt.datetime


def escalate() -> None:
    """The worker's "sla" job: raise new breaches, then send the digest of those not yet sent."""
    holder = new_holder()
    # A second worker started by mistake would otherwise send the same digest twice.
    if not acquire(LEASE, holder, LEASE_TTL):
        return
    try:
        now = utcnow()
        raise_breaches(now)
        send_digest(services().settings, now)
    except BaseException:
        db.session.rollback()  # so the lease can still be released on this session
        raise
    finally:
        release(LEASE, holder)


def raise_breaches(now: dt.datetime) -> int:
    """Record an sla_breached event for each enquiry newly past its due time; returns how many."""
    late = db.session.execute(select(Enquiry.id, Enquiry.due_at, Enquiry.category, Enquiry.flags)
                              .where(overdue(now))).all()
    raised = _raised({row.id for row in late})
    new = [row for row in late if (row.id, row.due_at.isoformat()) not in raised]
    for row in new:
        db.session.add(AuditEvent(actor="worker", action=BREACHED, enquiry_id=row.id, detail={
            "due_at": row.due_at.isoformat(), "category": row.category, "flags": list(row.flags or [])}))
    db.session.commit()
    if new:
        logger.info("%d enquiries passed their due time", len(new))
    return len(new)


def _raised(enquiry_ids: set[int]) -> set[tuple[int, str]]:
    """(enquiry id, due time) of every breach already recorded for these enquiries."""
    if not enquiry_ids:
        return set()
    events = db.session.execute(select(AuditEvent.enquiry_id, AuditEvent.detail).where(
        AuditEvent.action == BREACHED, AuditEvent.enquiry_id.in_(enquiry_ids))).all()
    return {(enquiry_id, (detail or {}).get("due_at")) for enquiry_id, detail in events}


def send_digest(settings: Settings, now: dt.datetime) -> bool:
    """Email CDOP_TEAM_EMAIL the breaches raised since the last digest; True when one went out."""
    pending = db.session.execute(
        select(AuditEvent.id, AuditEvent.detail, Enquiry)
        .join(Enquiry, Enquiry.id == AuditEvent.enquiry_id)
        .where(AuditEvent.action == BREACHED, AuditEvent.id > _digested_through())
        .order_by(AuditEvent.id)).all()
    if not pending:
        return False
    breaches = still_overdue(pending, now)
    if breaches and not _send(settings, breaches, now):
        return False
    # Breaches dealt with before any digest could go out are passed over, not reported late.
    db.session.add(AuditEvent(actor="worker", action=DIGESTED, detail={
        "through_event_id": pending[-1].id, "enquiry_ids": [b.enquiry_id for b in breaches]}))
    db.session.commit()
    return bool(breaches)


def _digested_through() -> int:
    """The last breach event id a digest covered (breach events only ever grow in id)."""
    detail = db.session.scalar(select(AuditEvent.detail).where(AuditEvent.action == DIGESTED)
                               .order_by(AuditEvent.id.desc()).limit(1))
    return int((detail or {}).get("through_event_id", 0))


def still_overdue(pending: list[Row], now: dt.datetime) -> list[Breach]:
    """The pending breaches whose enquiry is still overdue on the same due time; crisis first."""
    breaches = {enquiry.id: Breach(enquiry.id, enquiry.reference or f"#{enquiry.id}", enquiry.category,
                                   list(enquiry.flags or []), enquiry.priority, enquiry.due_at)
                for _, detail, enquiry in pending
                if enquiry.status in OVERDUE_STATUSES and enquiry.due_at and enquiry.due_at < now
                and (detail or {}).get("due_at") == enquiry.due_at.isoformat()}
    return sorted(breaches.values(), key=lambda b: (b.priority, b.due_at))


def _send(settings: Settings, breaches: list[Breach], now: dt.datetime) -> bool:
    if not settings.team_email or settings.smtp is None:
        logger.error("%d enquiries are overdue and CDOP_TEAM_EMAIL or SMTP is not set: nobody can be told",
                     len(breaches))
        return False
    try:
        send_email(digest(settings, breaches, now), settings)
    except TransportError as error:
        logger.warning("SLA digest not sent, will try again: %s", error)
        return False
    logger.info("SLA digest of %d enquiries sent to the team", len(breaches))
    return True


def digest(settings: Settings, breaches: list[Breach], now: dt.datetime) -> OutboxEntry:
    """The digest as an unsaved outbox entry, the shape the SMTP transport sends."""
    assert settings.smtp is not None
    crisis = sum("crisis" in b.flags for b in breaches)
    subject = (f"CDOP intake: {_plural(len(breaches), 'enquiry', 'enquiries')} past the due time"
               + (f" ({crisis} crisis)" if crisis else ""))
    return OutboxEntry(kind="alert", automatic=True, channel="email", recipient=settings.team_email,
                       subject=subject, body_text=_body(settings, breaches, now), references=[],
                       message_id_header=make_msgid(domain=settings.smtp.mail_from.rsplit("@", 1)[-1]).strip("<>"))


def _body(settings: Settings, breaches: list[Breach], now: dt.datetime) -> str:
    # The worker has no request to build links from; the public address stands in for one.
    with current_app.test_request_context(base_url=settings.public_url):
        lines = [_line(b, now) for b in breaches]
        queue = url_for("team.queue.index", overdue="1", _external=True)
    return ("These enquiries have passed their due time and are not yet dealt with:\n\n"
            + "\n\n".join(lines)
            + f"\n\nEvery overdue enquiry: {queue}\n\n"
            "Each breach is sent once. Another digest follows only when more enquiries pass their due time.\n")


def _line(breach: Breach, now: dt.datetime) -> str:
    labels = [FLAG_LABELS.get(f, f) for f in breach.flags] + [CATEGORY_LABELS.get(breach.category, breach.category)]
    link = url_for("team.enquiry.show", enquiry_id=breach.enquiry_id, _external=True)
    return (f"{breach.reference}: {', '.join(labels)}\n"
            f"  due {local_time(breach.due_at)}, {due_phrase(breach.due_at, now)}\n  {link}")


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
