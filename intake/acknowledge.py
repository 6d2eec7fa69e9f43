"""Whether an acknowledgement is due, and queueing it in the outbox."""
from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import func, select

from config import Settings
from extensions import db
from intake.inbound import InboundMessage
from intake.message_ids import mint_message_id
from store.base import utcnow
from store.models import Contact, Enquiry, OutboxEntry
from triage.types import Decision

NO_REPLY_SENDER = re.compile(r"^(mailer-daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply)(\+[^@]*)?@", re.I)


def ack_recipient(inbound: InboundMessage) -> tuple[str, str] | None:
    """(channel, address) to acknowledge on; chat and form answer in their own response."""
    if inbound.channel in ("email", "sms"):
        return inbound.channel, inbound.sender
    if inbound.channel == "form" and inbound.reply_by == "email" and inbound.sender:
        return "email", inbound.sender
    if inbound.channel == "form" and inbound.reply_by == "sms" and inbound.phone:
        return "sms", inbound.phone
    return None


def blocked_reason(inbound: InboundMessage, decision: Decision, enquiry: Enquiry,
                   contact: Contact | None, settings: Settings) -> str | None:
    """Why no acknowledgement may go out, or None when one is due."""
    if "auto_reply" in decision.flags or inbound.auto_reply or inbound.bounce:
        return "auto-reply or bounce"
    if enquiry.acknowledged:
        return "enquiry already acknowledged"
    target = ack_recipient(inbound)
    if target is None:
        return "no reply channel"
    address = target[1].lower()
    if address in {a.lower() for a in (settings.smtp.mail_from if settings.smtp else "", settings.team_email) if a}:
        return "our own address"
    if NO_REPLY_SENDER.match(address):
        return "no-reply sender"
    if contact is not None and contact.opted_out:
        return "recipient opted out"
    if contact is not None and contact.suppressed_until and contact.suppressed_until > utcnow():
        return "recipient suppressed after a delivery failure"
    if _sent_today(address) >= settings.acks_per_sender_per_day:
        return "daily acknowledgement limit reached"
    return None


def _sent_today(address: str) -> int:
    since = utcnow() - dt.timedelta(days=1)
    return db.session.scalar(select(func.count(OutboxEntry.id)).where(
        OutboxEntry.recipient == address, OutboxEntry.automatic.is_(True),
        OutboxEntry.created_at >= since)) or 0


def queue_reply(enquiry: Enquiry, channel: str, recipient: str, subject: str | None, text: str,
                html: str | None, settings: Settings, *, kind: str, automatic: bool,
                in_reply_to: str | None = None, references: list[str] | None = None) -> OutboxEntry:
    """Write an outbox row; the worker delivers it."""
    entry = OutboxEntry(
        enquiry_id=enquiry.id, kind=kind, automatic=automatic, channel=channel,
        recipient=recipient.lower() if channel == "email" else recipient,
        subject=subject, body_text=text, body_html=html, in_reply_to=in_reply_to,
        references=references or [], next_attempt_at=utcnow())
    if channel == "email":
        domain = (settings.smtp.mail_from if settings.smtp else "cdop.invalid").rsplit("@", 1)[-1]
        entry.message_id_header = mint_message_id(settings.secret_key, enquiry.id, domain)
    db.session.add(entry)
    return entry
