"""Whether an acknowledgement is due, queueing it in the outbox, and answering it inline."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from config import Settings
from extensions import db
from intake.inbound import InboundMessage
from intake.message_ids import mint_message_id
from outbox.deliver import record_sent
from store.base import utcnow
from store.models import AuditEvent, Contact, Enquiry, OutboxEntry
from triage.types import Decision

# Set by a channel on a command such as SMS STOP or HELP: stored, answered by the channel, never acknowledged.
KEYWORD_HEADER = "Keyword"
NO_REPLY_SENDER = re.compile(r"^(mailer-daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply)(\+[^@]*)?@", re.I)


@dataclass(frozen=True)
class InlineReply:
    """A reply sent in the channel's own answer (TwiML for SMS), already recorded as sent."""

    outbox_id: int
    text: str


def ack_recipient(inbound: InboundMessage) -> tuple[str, str] | None:
    """(channel, address) to acknowledge on; chat and form answer in their own response."""
    if inbound.channel in ("email", "sms"):
        return inbound.channel, inbound.sender
    if inbound.channel == "form" and inbound.reply_by == "email" and inbound.sender:
        return "email", inbound.sender
    if inbound.channel == "form" and inbound.reply_by == "sms" and inbound.phone:
        return "sms", inbound.phone
    return None


class SentToday:
    """Automatic replies to each address in the last day, read once and then counted as more are queued."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._read: set[str] = set()

    def read(self, addresses: Iterable[str]) -> None:
        """Read these addresses in one query, before anything is queued to them (a batch does this first)."""
        wanted = {_normal(address) for address in addresses} - self._read - {""}
        if not wanted:
            return
        since = utcnow() - dt.timedelta(days=1)
        rows = db.session.execute(select(OutboxEntry.recipient, func.count(OutboxEntry.id)).where(
            OutboxEntry.recipient.in_(wanted), OutboxEntry.automatic.is_(True),
            OutboxEntry.created_at >= since).group_by(OutboxEntry.recipient))
        for recipient, count in rows:
            self._counts[recipient] += count
        self._read |= wanted

    def __getitem__(self, address: str) -> int:
        self.read([address])
        return self._counts[_normal(address)]

    def add(self, address: str) -> None:
        """One more queued to ``address`` since it was read."""
        self._counts[_normal(address)] += 1


def _normal(address: str) -> str:
    return address.lower().strip()


def blocked_reason(inbound: InboundMessage, decision: Decision, enquiry: Enquiry | None,
                   contact: Contact | None, settings: Settings, sent_today: SentToday) -> str | None:
    """Why no acknowledgement may go out, or None when one is due; ``enquiry`` is None for a new one."""
    if "auto_reply" in decision.flags or inbound.auto_reply or inbound.bounce:
        return "auto-reply or bounce"
    if inbound.headers.get(KEYWORD_HEADER):
        return "channel keyword, answered by its channel"
    if enquiry is not None and enquiry.acknowledged:
        return "enquiry already acknowledged"
    target = ack_recipient(inbound)
    if target is None:
        return "no reply channel"
    return recipient_blocked(target[1], contact, settings, sent_today)


def recipient_blocked(address: str, contact: Contact | None, settings: Settings,
                      sent_today: SentToday | None = None) -> str | None:
    """Why nothing automatic may go to this address now, or None."""
    address = _normal(address)
    if not address:
        return "no reply address"
    if address in {a.lower() for a in (settings.smtp.mail_from if settings.smtp else "", settings.team_email) if a}:
        return "our own address"
    if NO_REPLY_SENDER.match(address):
        return "no-reply sender"
    if contact is not None and contact.opted_out:
        return "recipient opted out"
    if contact is not None and contact.suppressed_until and contact.suppressed_until > utcnow():
        return "recipient suppressed after a delivery failure"
    if (sent_today or SentToday())[address] >= settings.acks_per_sender_per_day:
        return "daily acknowledgement limit reached"
    return None


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


def send_inline(entry: OutboxEntry) -> None:
    """Sent in the channel's own answer: marked before it is first written, so no worker sees it pending."""
    entry.status, entry.attempts, entry.sent_at = "sent", 1, utcnow()


def record_inline(entry: OutboxEntry) -> InlineReply:
    """The flushed entry's message for the thread view and its audit event; the caller commits."""
    record_sent(entry, "team")
    db.session.add(AuditEvent(actor="system", action="outbox_sent", enquiry_id=entry.enquiry_id, detail={
        "outbox_id": entry.id, "channel": entry.channel, "via": "the channel's own answer"}))
    return InlineReply(entry.id, entry.body_text)


def answer_inline(entry: OutboxEntry) -> InlineReply:
    """Record a new entry as sent in the channel's own answer, committed."""
    send_inline(entry)
    db.session.flush()
    reply = record_inline(entry)
    db.session.commit()
    return reply
