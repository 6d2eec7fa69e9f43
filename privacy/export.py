"""Subject access: everything held about one email address or phone number, as JSON and a readable page.

Only what is about that person goes in: their own messages (not others' on a merged enquiry,
not the addresses they copied in), the replies sent to them, and the notes on their own
enquiries (with no staff names). The team reviews the notes for third parties before sending.
"""
from __future__ import annotations

import json
import re
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from extensions import db
from intake.contacts import normalise_address
from privacy.audit import address_digest, audit
from store.base import utcnow
from store.models import Attachment, Contact, Enquiry, Message, OutboxEntry
from store.team_models import Note

PAGE = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                   autoescape=select_autoescape(default=True)).get_template("subject_access.html")
UNSAFE_NAME = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class ExportSummary:
    messages: int
    replies: int
    notes: int
    attachments: int


def subject_address(raw: str) -> str:
    """The stored form of an email address or phone number; ValueError when it is neither."""
    normal = normalise_address(raw)
    if normal is None:
        raise ValueError("not an email address or phone number")
    return normal[1]


def export_contact(raw_address: str, target: IO[bytes], actor: str) -> ExportSummary:
    """Write the ZIP to ``target`` and audit the export (the caller commits)."""
    address = subject_address(raw_address)
    data, files = collect(address)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, indent=2, ensure_ascii=False))
        archive.writestr("index.html", PAGE.render(data=data))
        for name, content in files.items():
            archive.writestr(name, content)
    summary = ExportSummary(len(data["messages"]), len(data["replies"]), len(data["notes"]), len(files))
    audit("subject_access_export", actor, address_digest=address_digest(address), **asdict(summary))
    return summary


def collect(address: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The person's data as one JSON-ready dict, and their attachments by file name."""
    contact = db.session.scalar(select(Contact).where(Contact.address == address))
    own = _own_enquiries(contact)
    messages = db.session.scalars(select(Message).where(Message.direction == "in", Message.sender == address)
                                  .options(selectinload(Message.attachments)).order_by(Message.id)).all()
    replies = db.session.scalars(select(OutboxEntry).where(OutboxEntry.recipient == address)
                                 .order_by(OutboxEntry.id)).all()
    notes = db.session.scalars(select(Note).where(Note.enquiry_id.in_(own)).order_by(Note.id)).all()
    references = _references({*own, *(m.enquiry_id for m in messages), *(r.enquiry_id for r in replies)})
    files = {_file_name(m, a): a.content for m in messages for a in m.attachments if a.content is not None}
    data = {
        "address": address, "exported_at": utcnow().isoformat(), "contact": _contact(contact),
        "enquiries": [_enquiry(e) for e in own.values()],
        "messages": [_message(m, references) for m in messages],
        "replies": [_reply(r, references) for r in replies],
        "notes": [{"enquiry": references[n.enquiry_id], "at": n.created_at.isoformat(), "text": n.text}
                  for n in notes],
    }
    return data, files


def _own_enquiries(contact: Contact | None) -> dict[int, Enquiry]:
    if contact is None:
        return {}
    rows = db.session.scalars(select(Enquiry).where(Enquiry.contact_id == contact.id).order_by(Enquiry.id))
    return {enquiry.id: enquiry for enquiry in rows}


def _references(enquiry_ids: set[int]) -> dict[int, str]:
    rows = db.session.execute(select(Enquiry.id, Enquiry.reference).where(Enquiry.id.in_(enquiry_ids)))
    return {id_: reference or f"#{id_}" for id_, reference in rows}


def _contact(contact: Contact | None) -> dict[str, Any] | None:
    if contact is None:
        return None
    return {"kind": contact.kind, "address": contact.address, "name": contact.display_name,
            "asked_for_no_more_messages": contact.opted_out, "first_seen": contact.created_at.isoformat()}


def _enquiry(enquiry: Enquiry) -> dict[str, Any]:
    return {"reference": enquiry.reference, "channel": enquiry.channel, "subject": enquiry.subject,
            "category": enquiry.category, "flags": enquiry.flags, "status": enquiry.status,
            "created_at": enquiry.created_at.isoformat(),
            "closed_at": enquiry.closed_at.isoformat() if enquiry.closed_at else None}


def _message(message: Message, references: dict[int, str]) -> dict[str, Any]:
    at = message.received_at or message.created_at
    return {"enquiry": references[message.enquiry_id], "channel": message.channel, "received_at": at.isoformat(),
            "subject": message.subject, "text": message.text,
            "attachments": [{"name": a.name, "content_type": a.content_type, "size": a.size,
                             "file": _file_name(message, a) if a.content is not None else None}
                            for a in message.attachments]}


def _reply(entry: OutboxEntry, references: dict[int, str]) -> dict[str, Any]:
    return {"enquiry": references[entry.enquiry_id], "channel": entry.channel, "to": entry.recipient,
            "subject": entry.subject, "text": entry.body_text, "status": entry.status,
            "written_at": entry.created_at.isoformat(), "sent_at": entry.sent_at.isoformat() if entry.sent_at else None}


def _file_name(message: Message, attachment: Attachment) -> str:
    return f"attachments/{message.id}-{attachment.id}-{UNSAFE_NAME.sub('_', attachment.name)[:100] or 'file'}"
