"""One enquiry's whole conversation in time order: messages both ways, unsent replies, notes."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import defer, selectinload

from extensions import db
from store.models import Attachment, AuditEvent, Message, OutboxEntry
from store.team_models import Note

REPLY_ACTION = "reply_queued"


@dataclass(frozen=True)
class ThreadItem:
    kind: str  # message | outbox | note
    at: dt.datetime
    direction: str  # in | out | note
    channel: str
    text: str
    sender: str | None = None
    recipients: list[str] = field(default_factory=list)
    subject: str | None = None
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    delivery: str | None = None  # for what we sent: pending, sending, sent, delivered, failed…
    error: str | None = None
    auto_reply: bool = False
    automatic: bool = False
    author: str | None = None  # the person who wrote a staff reply or a note


def outbox_key(entry: OutboxEntry) -> str:
    """The external id a delivered entry's Message row carries (outbox/deliver.py)."""
    return entry.message_id_header or f"outbox:{entry.id}"


def thread(enquiry_id: int) -> list[ThreadItem]:
    """Every item of the enquiry, oldest first."""
    entries = list(db.session.scalars(select(OutboxEntry).where(OutboxEntry.enquiry_id == enquiry_id)))
    by_key = {outbox_key(entry): entry for entry in entries}
    authors = _reply_authors(enquiry_id)
    # Raw mail and attachment bytes can be megabytes each: the page needs neither.
    messages = db.session.scalars(select(Message).where(Message.enquiry_id == enquiry_id).options(
        defer(Message.raw), selectinload(Message.attachments).defer(Attachment.content)))
    items = [_from_message(m, by_key.get(m.external_id), authors) for m in messages]
    items += [_from_entry(e, authors) for e in entries if e.status != "sent"]
    items += [_from_note(n) for n in db.session.scalars(select(Note).where(Note.enquiry_id == enquiry_id))]
    return sorted(items, key=lambda item: item.at)


def _reply_authors(enquiry_id: int) -> dict[int, str]:
    events = db.session.scalars(select(AuditEvent).where(AuditEvent.enquiry_id == enquiry_id,
                                                         AuditEvent.action == REPLY_ACTION))
    return {event.detail.get("outbox_id"): event.actor for event in events}


def _from_message(message: Message, entry: OutboxEntry | None, authors: dict[int, str]) -> ThreadItem:
    at = message.received_at or message.sent_at or message.created_at
    return ThreadItem(
        kind="message", at=at, direction=message.direction, channel=message.channel, text=message.text,
        sender=message.sender, recipients=list(message.recipients or []), subject=message.subject,
        html=message.html, attachments=list(message.attachments), auto_reply=message.auto_reply,
        delivery=(entry.provider_status or entry.status) if entry else None,
        error=entry.last_error if entry else None, automatic=bool(entry and entry.automatic),
        author=authors.get(entry.id) if entry else None)


def _from_entry(entry: OutboxEntry, authors: dict[int, str]) -> ThreadItem:
    return ThreadItem(
        kind="outbox", at=entry.created_at, direction="out", channel=entry.channel, text=entry.body_text,
        recipients=[entry.recipient], subject=entry.subject, delivery=entry.status, error=entry.last_error,
        automatic=entry.automatic, author=authors.get(entry.id))


def _from_note(note: Note) -> ThreadItem:
    return ThreadItem(kind="note", at=note.created_at, direction="note", channel="note", text=note.text,
                      author=note.author)
