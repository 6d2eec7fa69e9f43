"""SMS keywords (STOP, START, HELP): consent on the contact, and what to answer."""
from __future__ import annotations

import logging

from extensions import db
from intake.acknowledge import InlineReply, answer_inline, queue_reply, recipient_blocked
from intake.contacts import find_contact, get_or_create_contact
from replies.registry import Registry
from services import services
from store.base import utcnow
from store.models import AuditEvent, Enquiry

logger = logging.getLogger(__name__)

# The words carriers and Twilio treat as opt-out, opt-in and help, matched as the whole message.
KEYWORDS = {
    **dict.fromkeys(("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"), "stop"),
    **dict.fromkeys(("START", "UNSTOP"), "start"),
    "HELP": "help",
}
# Texts for the keywords; every number and link comes from the resource registry.
# A link ends its line: a full stop after it would become part of the link on some phones.
HELP_TEXT = ("{r[cdop_team_phone].title}: call {r[cdop_team_phone].phone}, {r[cdop_team_phone].hours}. "
             "Web: {r[cdop_page].url}\nIf anyone is in danger now, call {r[emergency].phone}. Reply STOP to stop texts.")
START_TEXT = "You will get texts from the {r[cdop_team_phone].title} again. Reply STOP to stop them."
TEXTS = {"help": HELP_TEXT, "start": START_TEXT}


def keyword_of(text: str) -> str | None:
    """"stop", "start" or "help" when the whole message is such a word; "Stop." counts too."""
    return KEYWORDS.get(text.strip().strip(".!").strip().upper())


def keyword_text(keyword: str, registry: Registry) -> str | None:
    """What to answer a keyword with; None for STOP, since nothing goes to an opted-out number."""
    template = TEXTS.get(keyword)
    return template.format(r=registry) if template else None


def record_keyword(keyword: str, address: str, message_sid: str) -> None:
    """Apply the keyword to the contact and audit it; the caller's transaction commits both."""
    contact = get_or_create_contact(address)
    if contact is None:
        return
    if keyword in ("stop", "start"):
        contact.opted_out = keyword == "stop"
        contact.opted_out_at = utcnow() if contact.opted_out else None
    db.session.add(AuditEvent(actor="sms", action=f"sms_keyword_{keyword}", detail={
        "contact_id": contact.id, "message_sid": message_sid}))
    logger.info("SMS keyword %s from contact %s", keyword.upper(), contact.id)


def opt_out(address: str, reason: str) -> None:
    """Mark a number as opted out after the network refused it (Twilio 21610); the caller commits."""
    contact = find_contact(address)
    if contact is None or contact.opted_out:
        return
    contact.opted_out, contact.opted_out_at = True, utcnow()
    db.session.add(AuditEvent(actor="sms", action="sms_opted_out", detail={
        "contact_id": contact.id, "reason": reason}))
    logger.info("contact %s opted out of SMS: %s", contact.id, reason)


def keyword_reply(keyword: str, enquiry_id: int, address: str) -> InlineReply | None:
    """The answer to a keyword, recorded as sent; None when nothing may or need be sent."""
    svc = services()
    text = keyword_text(keyword, svc.registry)
    if text is None or recipient_blocked(address, find_contact(address), svc.settings):
        return None
    enquiry = db.session.get(Enquiry, enquiry_id)
    entry = queue_reply(enquiry, "sms", address, None, text, None, svc.settings, kind="keyword", automatic=True)
    return answer_inline(entry)
