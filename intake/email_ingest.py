"""Raw email bytes to ``receive()``, or to quarantine with a reason: shared by IMAP and import-eml."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select

from extensions import db
from intake.email_parse import EmailParseError, parse_email
from intake.inbound import InboundMessage
from intake.quarantine import quarantine
from intake.receive import Received, receive
from services import services
from store.base import utcnow
from store.models import AuditEvent, Contact, OutboxEntry

logger = logging.getLogger(__name__)
SUPPRESS_AFTER_BOUNCE = dt.timedelta(days=30)
RAW_OVERHEAD = 1.4


@dataclass(frozen=True)
class Ingested:
    received: Received | None
    reason: str | None = None  # why it was quarantined


def ingest_email(raw: bytes, source: str) -> Ingested:
    limit = services().settings.max_message_bytes
    # The limit is on what a message carries; base64 makes the raw mail a third bigger.
    if len(raw) > limit * RAW_OVERHEAD:
        reason = f"message is {len(raw)} bytes, over the {int(limit * RAW_OVERHEAD)}-byte limit"
        quarantine("email", source, raw, reason)
        return Ingested(None, reason)
    try:
        inbound = parse_email(raw, max_bytes=limit)
    except EmailParseError as error:
        quarantine("email", source, raw, str(error))
        return Ingested(None, str(error))
    received = receive(inbound)
    if inbound.bounce and not received.duplicate:
        record_bounce(inbound)
    return Ingested(received)


def record_bounce(inbound: InboundMessage) -> None:
    """A bounce of our own mail fails that outbox entry; a permanent one pauses automatic mail."""
    if not inbound.bounced_message_id:
        return
    entry = db.session.scalar(select(OutboxEntry).where(
        OutboxEntry.message_id_header == inbound.bounced_message_id.strip("<> ")))
    if entry is None:
        return
    if inbound.bounce_permanent:
        entry.status, entry.last_error = "failed", f"bounced: {inbound.auto_reply_reason or 'permanent failure'}"
        contact = db.session.scalar(select(Contact).where(Contact.address == entry.recipient))
        if contact is not None:
            contact.suppressed_until = utcnow() + SUPPRESS_AFTER_BOUNCE
    else:
        entry.provider_status = "delayed"
    db.session.add(AuditEvent(actor="system", action="bounce", enquiry_id=entry.enquiry_id,
                              detail={"outbox_id": entry.id, "permanent": inbound.bounce_permanent}))
    db.session.commit()
