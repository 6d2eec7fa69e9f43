"""Empty enquiries, messages and replies of personal data, keeping what the counts need.

Kept: reference, category, flags, confidence, status, priority, channel, direction, every date
and timing, attachment sizes and types, delivery states. Gone: subjects, bodies, raw mail,
headers, addresses, attachment names and bytes, notes, triage reasons (they quote the text).
"""
from __future__ import annotations

import secrets

from sqlalchemy import String, cast, delete, literal, select, update
from sqlalchemy.sql.elements import ColumnElement

from extensions import db
from privacy.audit import audit
from privacy.models import Anonymisation
from store.base import utcnow
from store.models import Attachment, AuditEvent, Contact, Enquiry, Message, OutboxEntry
from store.team_models import Note

ANONYMISED = "anonymised-"
# Audit detail that records what happened without quoting anyone: ids, categories, states, times.
KEPT_DETAIL = frozenset({
    "after", "attachment_id", "before", "canned_id", "canned_version", "category", "category_before",
    "cause", "channel", "confidence", "due_at", "flags", "flags_before", "message_id", "model", "moved",
    "new_enquiry", "note_id", "outbox_id", "priority", "quarantine_id", "source", "target",
})
UNSENT = ("pending", "sending")


def anonymise_enquiry(enquiry: Enquiry, cause: str, actor: str) -> None:
    """Strip the enquiry and everything filed under it; the caller commits."""
    enquiry.subject, enquiry.triage_reasons = None, []
    scrub_messages(Message.enquiry_id == enquiry.id)
    scrub_outbox(OutboxEntry.enquiry_id == enquiry.id)
    db.session.execute(delete(Note).where(Note.enquiry_id == enquiry.id))
    scrub_audit(AuditEvent.enquiry_id == enquiry.id)
    release_contact(enquiry)
    mark = db.session.get(Anonymisation, enquiry.id) or Anonymisation(enquiry_id=enquiry.id)
    mark.cause, mark.at = cause, utcnow()
    db.session.add(mark)
    audit("anonymised", actor, enquiry.id, cause=cause)


def scrub_messages(where: ColumnElement[bool]) -> int:
    """Empty the matching messages and their attachments; how many messages."""
    ids = select(Message.id).where(where).scalar_subquery()
    db.session.execute(update(Attachment).where(Attachment.message_id.in_(ids))
                       .values(content=None, name="", sha256=""))
    # A unique placeholder id keeps (channel, external_id) unique without keeping a Message-ID.
    result = db.session.execute(update(Message).where(where).values(
        sender="", recipients=[], subject=None, text="", html=None, raw=None, headers={}, in_reply_to=None,
        references=[], thread_key=None, auto_reply_reason=None,
        external_id=literal(ANONYMISED) + cast(Message.id, String)))
    return result.rowcount


def scrub_outbox(where: ColumnElement[bool]) -> int:
    """Empty the matching replies; one not yet sent is cancelled, as it has nobody to go to."""
    db.session.execute(update(OutboxEntry).where(where, OutboxEntry.status.in_(UNSENT)).values(status="cancelled"))
    result = db.session.execute(update(OutboxEntry).where(where).values(
        recipient="", subject=None, body_text="", body_html=None, message_id_header=None, in_reply_to=None,
        references=[], last_error=None))
    return result.rowcount


def scrub_audit(where: ColumnElement[bool]) -> None:
    for event in db.session.scalars(select(AuditEvent).where(where)):
        event.detail = {key: value for key, value in (event.detail or {}).items() if key in KEPT_DETAIL}


def release_contact(enquiry: Enquiry) -> None:
    """Unlink a contact someone else's enquiry still uses; otherwise make the contact anonymous."""
    if enquiry.contact_id is None:
        return
    shared = db.session.scalar(select(Enquiry.id).where(
        Enquiry.contact_id == enquiry.contact_id, Enquiry.id != enquiry.id).limit(1))
    if shared is not None:
        enquiry.contact_id = None
    else:
        anonymise_contact(db.session.get(Contact, enquiry.contact_id))


def anonymise_contact(contact: Contact) -> None:
    contact.address = ANONYMISED + secrets.token_hex(8)
    contact.display_name, contact.suppressed_until = None, None
