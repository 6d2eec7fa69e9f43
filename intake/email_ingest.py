"""Raw email bytes to ``receive_batch()``, or to quarantine with a reason: shared by IMAP and import-eml."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from extensions import db
from intake.email_parse import Parsed, parse_all
from intake.inbound import InboundMessage
from intake.quarantine import quarantine
from intake.receive import Received, receive_batch
from services import services
from store.base import utcnow
from store.models import AuditEvent, Contact, OutboxEntry

logger = logging.getLogger(__name__)
SUPPRESS_AFTER_BOUNCE = dt.timedelta(days=30)


@dataclass(frozen=True)
class Ingested:
    received: Received | None
    reason: str | None = None  # why it was quarantined


def ingest_email(raw: bytes, source: str) -> Ingested:
    """One message stored or quarantined, committed."""
    try:
        [ingested] = ingest_emails([(raw, source)])
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise
    return ingested


def ingest_emails(mails: Sequence[tuple[bytes, str]], parsed: Sequence[Parsed] | None = None) -> list[Ingested]:
    """Store or quarantine each (raw, source) in the caller's transaction, which the caller commits.

    ``parsed`` is what ``parse_all()`` gave for the raw mails, when it ran elsewhere (a worker
    process). A message that fails to store (our bug) is quarantined with its bytes; the others go in.
    """
    if parsed is None:
        parsed = parse_all([raw for raw, _ in mails], services().settings.max_message_bytes)
    items = list(zip(mails, parsed))
    stored = iter(receive_batch([item for _, item in items if not isinstance(item, str)], after_each=_bounced))
    outcomes = []
    for (raw, source), item in items:
        if isinstance(item, str):
            quarantine("email", source, raw, item)
            outcomes.append(Ingested(None, item))
        else:
            outcomes.append(_outcome(next(stored), raw, source))
    return outcomes


def _outcome(result: Received | Exception, raw: bytes, source: str) -> Ingested:
    if isinstance(result, Received):
        return Ingested(result)
    logger.error("ingesting %s failed", source, exc_info=result)
    reason = f"could not be ingested ({type(result).__name__}); kept for the team"
    quarantine("email", source, raw, reason)
    return Ingested(None, reason)


def _bounced(inbound: InboundMessage) -> None:
    if inbound.bounce:
        record_bounce(inbound)


def record_bounce(inbound: InboundMessage) -> None:
    """A bounce of our own mail fails that outbox entry; a permanent one pauses automatic mail.

    Written with the bounce message itself, so the two are kept or lost together.
    """
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
