"""``receive()``: the single entry point every channel calls."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from extensions import db
from intake.acknowledge import ack_recipient, blocked_reason, queue_reply
from intake.contacts import get_or_create_contact
from intake.inbound import InboundMessage
from intake.thread_match import find_enquiry
from replies.render import render_acknowledgement
from services import services
from store.base import utcnow
from store.models import Attachment, AuditEvent, Contact, Enquiry, Message
from triage.routing import route
from triage.types import SAFETY_ORDER, Decision, TriageInput
from web.metrics import CLASSIFIER_LATENCY

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Received:
    enquiry_id: int
    reference: str
    message_id: int
    duplicate: bool
    new_enquiry: bool
    category: str
    flags: tuple[str, ...]
    ack_blocked: str | None = None


def receive(inbound: InboundMessage) -> Received:
    """Store the message exactly once, thread it, triage it and queue the reply, in one transaction."""
    existing = _existing(inbound)
    if existing is not None:
        return existing
    triager = services().triager()
    with CLASSIFIER_LATENCY.time():
        decision = triager.classify([triage_input(inbound)])[0]
    try:
        received = _store(inbound, decision)
        db.session.commit()
    except IntegrityError:
        # Another process stored the same (channel, external id) first: theirs stands.
        db.session.rollback()
        existing = _existing(inbound)
        if existing is None:
            raise
        return existing
    except BaseException:
        db.session.rollback()
        raise
    logger.info("received %s message %s into %s (%s)", inbound.channel, received.message_id,
                received.reference, received.category)
    return received


def triage_input(inbound: InboundMessage) -> TriageInput:
    return TriageInput(id=inbound.external_id, channel=inbound.channel, sender=inbound.sender,
                       subject=inbound.subject or "", body=inbound.triage_text, role=inbound.role or "",
                       headers=inbound.headers, content_type=inbound.headers.get("content-type", ""))


def _existing(inbound: InboundMessage) -> Received | None:
    message = db.session.scalar(select(Message).where(
        Message.channel == inbound.channel, Message.external_id == inbound.external_id))
    if message is None:
        return None
    enquiry = message.enquiry
    return Received(enquiry.id, enquiry.reference or "", message.id, duplicate=True, new_enquiry=False,
                    category=enquiry.category, flags=tuple(enquiry.flags))


def _store(inbound: InboundMessage, decision: Decision) -> Received:
    settings = services().settings
    contact = get_or_create_contact(inbound.sender, inbound.sender_name) if inbound.sender else None
    received_at = inbound.received_at or utcnow()
    enquiry = find_enquiry(inbound, contact, settings.secret_key)
    new = enquiry is None
    if new:
        enquiry = _new_enquiry(inbound, decision, contact, received_at)
    else:
        _update_enquiry(enquiry, decision, received_at)
    message = _message(inbound, enquiry, contact, received_at)
    blocked = _acknowledge(inbound, decision, enquiry, contact)
    db.session.add(AuditEvent(actor="system", action="received", enquiry_id=enquiry.id, detail={
        "message_id": message.id, "channel": inbound.channel, "new_enquiry": new,
        "category": decision.category, "flags": decision.flags, "confidence": round(decision.confidence, 4),
        "reasons": decision.reasons, "model": decision.model_version, "acknowledgement": blocked or "queued"}))
    return Received(enquiry.id, enquiry.reference or "", message.id, duplicate=False, new_enquiry=new,
                    category=enquiry.category, flags=tuple(enquiry.flags), ack_blocked=blocked)


def _new_enquiry(inbound: InboundMessage, decision: Decision, contact: Contact | None,
                 received_at: dt.datetime) -> Enquiry:
    routing = route(decision.category, decision.flags, received_at, services().settings.slas)
    enquiry = Enquiry(
        contact_id=contact.id if contact else None, channel=inbound.channel,
        subject=(inbound.subject or "")[:500] or None, category=decision.category,
        flags=list(decision.flags), confidence=decision.confidence, triage_reasons=decision.reasons,
        model_version=decision.model_version, priority=routing.priority, due_at=routing.due_at,
        created_at=received_at)
    db.session.add(enquiry)
    db.session.flush()
    enquiry.reference = f"CDOP-{received_at.year}-{enquiry.id:05d}"
    return enquiry


def _update_enquiry(enquiry: Enquiry, decision: Decision, received_at: dt.datetime) -> None:
    """A later message may raise urgency (a safer category, a crisis), never lower it."""
    if "auto_reply" in decision.flags:
        return
    category = min(enquiry.category, decision.category, key=SAFETY_ORDER.__getitem__)
    flags = sorted(set(enquiry.flags) | ({"crisis"} & set(decision.flags)))
    if enquiry.status in ("closed", "waiting"):
        enquiry.status = "open"
        enquiry.closed_at = None
    if category != enquiry.category or flags != sorted(enquiry.flags) or enquiry.due_at is None:
        routing = route(category, flags, received_at, services().settings.slas)
        enquiry.category, enquiry.flags, enquiry.priority = category, flags, routing.priority
        enquiry.due_at = min(filter(None, (enquiry.due_at, routing.due_at)))


def _message(inbound: InboundMessage, enquiry: Enquiry, contact: Contact | None,
             received_at: dt.datetime) -> Message:
    message = Message(
        enquiry_id=enquiry.id, direction="in", channel=inbound.channel, external_id=inbound.external_id[:500],
        sender=contact.address if contact else inbound.sender.lower(), recipients=inbound.recipients,
        subject=(inbound.subject or "")[:500] or None, text=inbound.text, html=inbound.html, raw=inbound.raw,
        headers=inbound.headers, in_reply_to=inbound.in_reply_to, references=inbound.references,
        thread_key=inbound.thread_key, auto_reply=inbound.auto_reply or inbound.bounce,
        auto_reply_reason=inbound.auto_reply_reason, bounce=inbound.bounce, received_at=received_at,
        sent_at=inbound.sent_at)
    db.session.add(message)
    db.session.flush()
    for item in inbound.attachments:
        db.session.add(Attachment(message_id=message.id, name=item.name[:255], content_type=item.content_type[:255],
                                  size=len(item.content), sha256=hashlib.sha256(item.content).hexdigest(),
                                  content=item.content))
    return message


def _acknowledge(inbound: InboundMessage, decision: Decision, enquiry: Enquiry,
                 contact: Contact | None) -> str | None:
    svc = services()
    blocked = blocked_reason(inbound, decision, enquiry, contact, svc.settings)
    if blocked:
        return blocked
    channel, address = ack_recipient(inbound)  # type: ignore[misc]
    reply = render_acknowledgement(
        category=enquiry.category, flags=enquiry.flags + ["needs_review"] * ("needs_review" in decision.flags),
        channel=channel, reference=enquiry.reference or "", received_at=enquiry.created_at,
        first_name=first_name(inbound), registry=svc.registry)
    if reply is None:
        return "no reply for this kind of message"
    is_email = channel == "email"
    queue_reply(enquiry, channel, address, reply.subject, reply.text, reply.html, svc.settings,
                kind="acknowledgement", automatic=True,
                in_reply_to=inbound.external_id if is_email and inbound.channel == "email" else None,
                references=[*inbound.references, inbound.external_id] if is_email and inbound.channel == "email" else [])
    enquiry.acknowledged = True
    return None


def first_name(inbound: InboundMessage) -> str | None:
    """Only a name the sender typed themselves (form, chat); never one guessed from a mail header."""
    if inbound.channel not in ("form", "chat") or not inbound.sender_name:
        return None
    return inbound.sender_name.split()[0][:40]
