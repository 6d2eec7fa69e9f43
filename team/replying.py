"""Staff replies: where a reply to an enquiry goes, what it will say, and queueing it."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from extensions import db
from intake.acknowledge import queue_reply
from replies.sms_segments import sms_segments
from services import services
from store.base import utcnow
from store.models import Contact, Enquiry, Message, OutboxEntry
from store.team_models import CannedReply
from team.audit import record
from team.canned import enquiry_values, fill
from team.thread import REPLY_ACTION

REPLY_CHANNELS = {"email": "email", "phone": "sms"}


@dataclass(frozen=True)
class ReplyTarget:
    channel: str  # email | sms
    recipient: str
    blocked: str | None = None  # why nothing may be sent to them


@dataclass(frozen=True)
class Draft:
    subject: str | None
    text: str
    sms_parts: int | None
    token: str  # proves the person saw exactly this before sending


def reply_target(enquiry: Enquiry) -> ReplyTarget | None:
    """The sender's own channel: the contact for email and SMS, else where we answered before."""
    contact = enquiry.contact
    if enquiry.channel not in ("email", "sms") or contact is None:
        answered = db.session.scalar(select(OutboxEntry).where(OutboxEntry.enquiry_id == enquiry.id)
                                     .order_by(OutboxEntry.id.desc()).limit(1))
        if answered is not None:
            return ReplyTarget(answered.channel, answered.recipient, _blocked(contact))
    if contact is None or contact.kind not in REPLY_CHANNELS:
        return None
    return ReplyTarget(REPLY_CHANNELS[contact.kind], contact.address, _blocked(contact))


def _blocked(contact: Contact | None) -> str | None:
    if contact is not None and contact.opted_out:
        return "The sender asked us to stop sending them messages."
    return None


def draft(enquiry: Enquiry, target: ReplyTarget, subject: str | None, body: str) -> Draft:
    """The reply as it will be sent, placeholders filled from this enquiry."""
    values = enquiry_values(enquiry, services().registry)
    text = fill(body, values).strip()
    if target.channel == "sms":
        return Draft(None, text, sms_segments(text)[1], _token(None, text))
    subject = fill(subject or f"Re: {enquiry.subject or 'your message'}", values)
    if enquiry.reference and enquiry.reference not in subject:
        subject = f"{subject} [{enquiry.reference}]"  # a reply to it threads by reference too
    return Draft(subject, text, None, _token(subject, text))


def _token(subject: str | None, text: str) -> str:
    return hashlib.sha256(f"{subject}\x00{text}".encode()).hexdigest()[:32]


def send_reply(enquiry: Enquiry, target: ReplyTarget, reply: Draft, status_after: str,
               canned: CannedReply | None) -> OutboxEntry:
    """Queue the reply for the worker, record who sent it, set the status: one transaction."""
    entry = _queue(enquiry, target, reply)
    db.session.flush()
    record(REPLY_ACTION, enquiry.id, outbox_id=entry.id, channel=target.channel,
           canned_id=canned.id if canned else None, canned_version=canned.version if canned else None)
    if enquiry.status != status_after:
        record("status_changed", enquiry.id, before=enquiry.status, after=status_after)
        enquiry.status = status_after
        enquiry.closed_at = utcnow() if status_after == "closed" else None
    db.session.commit()
    return entry


def _queue(enquiry: Enquiry, target: ReplyTarget, reply: Draft) -> OutboxEntry:
    """An outbox row on the sender's channel, threaded under their latest email."""
    last = db.session.scalar(select(Message).where(
        Message.enquiry_id == enquiry.id, Message.direction == "in", Message.channel == "email")
        .order_by(Message.id.desc()).limit(1)) if target.channel == "email" else None
    return queue_reply(enquiry, target.channel, target.recipient, reply.subject, reply.text, None,
                       services().settings, kind="staff", automatic=False,
                       in_reply_to=last.external_id if last else None,
                       references=[*(last.references or []), last.external_id] if last else None)
