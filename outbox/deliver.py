"""Deliver what is due in the outbox, with retries and backoff."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlalchemy import select, update

from config import Settings
from extensions import db
from intake.email_out import send_email
from outbox.errors import NotConfigured, TransportError
from store.base import utcnow
from store.models import AuditEvent, Contact, Message, OutboxEntry

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
STALE_SENDING = dt.timedelta(minutes=10)
NOT_CONFIGURED_WAIT = dt.timedelta(minutes=5)

Transport = Callable[[OutboxEntry, Settings], str]


def transports() -> dict[str, Transport]:
    from intake.sms_out import send_sms

    return {"email": send_email, "sms": send_sms}


def backoff(attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=min(30 * 2 ** (attempts - 1), 3600))


def due_entries(now: dt.datetime, limit: int) -> list[int]:
    return list(db.session.scalars(select(OutboxEntry.id).where(
        OutboxEntry.status == "pending", OutboxEntry.next_attempt_at <= now)
        .order_by(OutboxEntry.next_attempt_at).limit(limit)))


def fail_interrupted(now: dt.datetime) -> int:
    """Entries left "sending" by a crashed deliverer may have gone out: a person decides, no resend."""
    stale = list(db.session.scalars(select(OutboxEntry).where(
        OutboxEntry.status == "sending", OutboxEntry.next_attempt_at <= now - STALE_SENDING)))
    for entry in stale:
        _finish(entry, "failed", "interrupted while sending: it may have been delivered, so it was not "
                                 "sent again; check with the recipient before resending")
    return len(stale)


def deliver_due(settings: Settings, limit: int = 100) -> dict[str, int]:
    counts = {"sent": 0, "retry": 0, "failed": fail_interrupted(utcnow()), "waiting": 0}
    for entry_id in due_entries(utcnow(), limit):
        if _claim(entry_id):
            counts[_deliver(db.session.get(OutboxEntry, entry_id), settings)] += 1
    return counts


def _claim(entry_id: int) -> bool:
    """Mark the entry as being sent, so a second deliverer skips it."""
    now = utcnow()
    result = db.session.execute(update(OutboxEntry).where(
        OutboxEntry.id == entry_id, OutboxEntry.status == "pending").values(status="sending", next_attempt_at=now))
    db.session.commit()
    return result.rowcount == 1


def _deliver(entry: OutboxEntry, settings: Settings) -> str:
    if not _recipient_allowed(entry):
        return _finish(entry, "failed", "recipient opted out")
    transport = transports().get(entry.channel)
    try:
        if transport is None:
            raise TransportError(f"no transport for channel {entry.channel}", permanent=True)
        entry.attempts += 1
        provider_id = transport(entry, settings)
    except NotConfigured as error:
        entry.attempts -= 1
        entry.next_attempt_at = utcnow() + NOT_CONFIGURED_WAIT
        return _finish(entry, "pending", str(error), outcome="waiting")
    except TransportError as error:
        if error.permanent or entry.attempts >= MAX_ATTEMPTS:
            return _finish(entry, "failed", str(error))
        entry.next_attempt_at = utcnow() + backoff(entry.attempts)
        return _finish(entry, "pending", str(error), outcome="retry")
    entry.provider_id, entry.sent_at = provider_id, utcnow()
    record_sent(entry, settings.smtp.mail_from if entry.channel == "email" and settings.smtp else "team")
    return _finish(entry, "sent", None)


def _recipient_allowed(entry: OutboxEntry) -> bool:
    contact = db.session.scalar(select(Contact).where(Contact.address == entry.recipient))
    return not (contact and contact.opted_out)


def record_sent(entry: OutboxEntry, sender: str) -> None:
    """The sent entry as an outbound message in its enquiry's thread."""
    db.session.add(Message(
        enquiry_id=entry.enquiry_id, direction="out", channel=entry.channel,
        external_id=entry.message_id_header or f"outbox:{entry.id}", sender=sender,
        recipients=[entry.recipient], subject=entry.subject, text=entry.body_text, html=entry.body_html,
        in_reply_to=entry.in_reply_to, references=entry.references, sent_at=entry.sent_at))
    if not entry.automatic and entry.enquiry.first_response_at is None:
        entry.enquiry.first_response_at = entry.sent_at


def _finish(entry: OutboxEntry, status: str, error: str | None, outcome: str | None = None) -> str:
    entry.status, entry.last_error = status, error
    if status in ("sent", "failed"):
        db.session.add(AuditEvent(actor="worker", action=f"outbox_{status}", enquiry_id=entry.enquiry_id,
                                  detail={"outbox_id": entry.id, "channel": entry.channel, "error": error}))
    db.session.commit()
    if status == "failed":
        logger.warning("outbox %s failed: %s", entry.id, error)
    return outcome or status
