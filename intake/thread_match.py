"""Which enquiry a new inbound message belongs to, if any."""
from __future__ import annotations

import re

from sqlalchemy import bindparam, select

from extensions import db
from intake.inbound import InboundMessage
from intake.message_ids import verified_enquiry_id
from store.models import Contact, Enquiry, Message
from store.team_models import Merge

REFERENCE_IN_SUBJECT = re.compile(r"\[(CDOP-\d{4}-\d{5,})\]", re.I)
# Built once (every SMS asks it), the contact bound at each call: building it cost more than running it.
LATEST_OPEN = (select(Enquiry).where(Enquiry.contact_id == bindparam("contact_id"), Enquiry.status != "closed")
               .order_by(Enquiry.id.desc()).limit(1))


def find_enquiry(inbound: InboundMessage, contact: Contact | None, secret: str) -> Enquiry | None:
    if inbound.channel == "email":
        return _by_headers(inbound, secret) or _by_subject(inbound, contact)
    if inbound.channel == "sms" and contact is not None:
        return _latest_open_for(contact)
    if inbound.channel == "chat" and inbound.thread_key:
        return db.session.scalar(select(Enquiry).join(Message).where(
            Message.channel == "chat", Message.thread_key == inbound.thread_key).limit(1))
    return None


def _by_headers(inbound: InboundMessage, secret: str) -> Enquiry | None:
    """Walk the whole chain, newest first: Outlook often breaks In-Reply-To alone."""
    chain = [inbound.in_reply_to, *reversed(inbound.references), inbound.bounced_message_id]
    ids = [i.strip("<> ") for i in chain if i]
    for message_id in ids:
        enquiry_id = verified_enquiry_id(secret, message_id)
        if enquiry_id is not None:
            return db.session.get(Enquiry, merged_into(enquiry_id))
    if not ids or not inbound.sender:
        return None
    # Someone else's message on an enquiry joins only when this sender is on it already,
    # and never through list mail (replies to a newsletter must not merge).
    earlier = db.session.scalars(select(Message).where(
        Message.channel == "email", Message.external_id.in_(ids), Message.auto_reply.is_(False))).all()
    for message in earlier:
        if _sender_on(message.enquiry_id, inbound.sender):
            return message.enquiry
    return None


def merged_into(enquiry_id: int) -> int:
    """The enquiry that now holds this one's thread, following merges."""
    seen = {enquiry_id}
    while (target := db.session.scalar(select(Merge.target_id).where(Merge.source_id == enquiry_id)
                                       .order_by(Merge.id.desc()).limit(1))) and target not in seen:
        seen.add(target)
        enquiry_id = target
    return enquiry_id


def _by_subject(inbound: InboundMessage, contact: Contact | None) -> Enquiry | None:
    match = REFERENCE_IN_SUBJECT.search(inbound.subject or "")
    if not match or contact is None:
        return None
    enquiry = db.session.scalar(select(Enquiry).where(Enquiry.reference == match[1].upper()))
    if enquiry is None or not _sender_on(enquiry.id, inbound.sender):
        return None
    return enquiry


def _sender_on(enquiry_id: int, sender: str) -> bool:
    return db.session.scalar(select(Message.id).where(
        Message.enquiry_id == enquiry_id, Message.direction == "in",
        Message.sender == sender.lower()).limit(1)) is not None


def _latest_open_for(contact: Contact) -> Enquiry | None:
    return db.session.scalar(LATEST_OPEN, {"contact_id": contact.id})
