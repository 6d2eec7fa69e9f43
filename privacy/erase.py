"""Erasure: remove one person's messages, the replies to them and every trace of their address.

Their own enquiries become anonymous shells (still counted); their messages in other people's
enquiries are emptied; where they were only copied in, their address is cut out of the copy.
The audit keeps a keyed hash of the address and the reason, never the address itself.
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

from sqlalchemy import String, and_, cast, delete, or_, select
from sqlalchemy.sql.elements import ColumnElement

from extensions import db
from privacy.anonymise import ANONYMISED, anonymise_contact, anonymise_enquiry, scrub_audit, scrub_messages, scrub_outbox
from privacy.audit import address_digest, audit
from privacy.export import subject_address
from privacy.search import like_pattern
from store.models import AuditEvent, Contact, Enquiry, Message, OutboxEntry, Quarantine
from store.team_models import Note
from triage.pii import mask

logger = logging.getLogger(__name__)
ERASED = "[erased]"


@dataclass(frozen=True)
class Erasure:
    enquiries: int
    messages: int
    replies: int
    copies: int
    notes: int
    quarantined: int


def erase_contact(raw_address: str, reason: str, actor: str) -> Erasure:
    """Erase everything about the address and audit it; the caller commits."""
    address = subject_address(raw_address)
    if not reason.strip():
        raise ValueError("a reason is required")
    contact = db.session.scalar(select(Contact).where(Contact.address == address))
    own = db.session.scalars(select(Enquiry).where(Enquiry.contact_id == contact.id)).all() if contact else []
    _scrub_their_audit_events(address)  # first: it finds their messages by sender
    result = Erasure(
        enquiries=len(own),
        messages=scrub_messages(or_(Message.sender == address,
                                    and_(Message.direction == "out", _json_holds(Message.recipients, address)))),
        replies=scrub_outbox(OutboxEntry.recipient == address), copies=_cut_from_copies(address),
        notes=_delete_notes_naming(address), quarantined=_empty_quarantine_holding(address))
    for enquiry in own:
        anonymise_enquiry(enquiry, "erasure", actor)
    if contact is not None and not contact.address.startswith(ANONYMISED):
        anonymise_contact(contact)
    audit("contact_erased", actor, address_digest=address_digest(address), reason=mask(reason), **asdict(result))
    logger.info("erased a contact: %s", result)
    return result


def address_forms(address: str) -> tuple[str, ...]:
    """How the address may be written in raw input: as stored, and for a UK number nationally and URL-encoded."""
    if not address.startswith("+"):
        return (address,)
    forms = [address, address.replace("+", "%2b")]
    if address.startswith("+44"):
        forms.append("0" + address[3:])
    return tuple(forms)


def _json_holds(column, address: str) -> ColumnElement[bool]:
    # JSON is compared as text, which both SQLite and PostgreSQL can do for a plain address.
    return cast(column, String).ilike(like_pattern(address), escape="\\")


def _scrub_their_audit_events(address: str) -> None:
    """Events naming the address, and those about their messages (triage reasons quote the text)."""
    message_ids = set(db.session.scalars(select(Message.id).where(Message.sender == address)))
    enquiry_ids = select(Message.enquiry_id).where(Message.id.in_(message_ids))
    scrub_audit(_json_holds(AuditEvent.detail, address))
    for event in db.session.scalars(select(AuditEvent).where(AuditEvent.enquiry_id.in_(enquiry_ids))):
        if (event.detail or {}).get("message_id") in message_ids:
            scrub_audit(AuditEvent.id == event.id)


def _cut_from_copies(address: str) -> int:
    """Someone else's message that copied them in keeps its text, loses their address and its raw form."""
    copies = db.session.scalars(select(Message).where(
        Message.direction == "in", Message.sender != address,
        or_(_json_holds(Message.recipients, address), _json_holds(Message.headers, address)))).all()
    for message in copies:
        message.recipients = [r for r in message.recipients if address not in r.lower()]
        message.headers = {k: ERASED if isinstance(v, str) and address in v.lower() else v
                           for k, v in message.headers.items()}
        message.raw = None
    return len(copies)


def _delete_notes_naming(address: str) -> int:
    forms = address_forms(address)
    naming = [note.id for note in db.session.scalars(select(Note)) if _names(note.text, forms)]
    if naming:
        db.session.execute(delete(Note).where(Note.id.in_(naming)))
    return len(naming)


def _empty_quarantine_holding(address: str) -> int:
    forms = address_forms(address)
    holding = [row for row in db.session.scalars(select(Quarantine)) if _names(row.raw, forms)
               or _names(row.reason, forms) or _names(row.source, forms)]
    for row in holding:
        row.raw, row.source, row.reason = None, "", "erased at the person's request"
    return len(holding)


def _names(value: str | bytes | None, forms: tuple[str, ...]) -> bool:
    """Whether the text holds any form of the address, ignoring case, spaces and hyphens."""
    if not value:
        return False
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    text = text.lower()
    compact = text.replace(" ", "").replace("-", "")
    return any(form in text or form in compact for form in forms)
