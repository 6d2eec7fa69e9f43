"""Twilio webhooks: check the signature, keep the allowed fields, hand over to receive(), answer TwiML."""
from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable

from flask import Blueprint, Response, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse
from werkzeug.datastructures import MultiDict

from extensions import csrf, db
from intake.acknowledge import KEYWORD_HEADER, InlineReply
from intake.contacts import normalise_phone
from intake.inbound import InboundMessage
from intake.receive import receive
from intake.sms_keywords import keyword_of, keyword_reply, record_keyword
from intake.sms_out import STATUS_RANK, record_status, status_callback_url
from services import services

logger = logging.getLogger(__name__)
bp = Blueprint("sms", __name__, url_prefix="/sms")
csrf.exempt(bp)

MESSAGE_SID = re.compile(r"^(SM|MM)[0-9a-f]{32}$")
MAX_MEDIA = 10  # Twilio's limit per MMS
# Fields kept with the message; the rest (the sender's city, postcode, carrier...) is not ours to keep.
KEPT_FIELDS = ("AccountSid", "MessagingServiceSid", "NumSegments", "NumMedia")
NOT_CONFIGURED = ("SMS is not configured: set CDOP_TWILIO_ACCOUNT_SID, CDOP_TWILIO_AUTH_TOKEN "
                  "and CDOP_TWILIO_FROM.\n")


def twilio_signed(view: Callable[[], Response]) -> Callable[[], Response | tuple[str, int]]:
    """Answer 503 while Twilio is not configured and 403 unless the request carries Twilio's signature."""
    @functools.wraps(view)
    def checked() -> Response | tuple[str, int]:
        settings = services().settings
        if settings.twilio is None:
            return NOT_CONFIGURED, 503
        # Twilio signs the URL it called, so behind a proxy the configured public URL is the truth.
        url = settings.public_url + request.full_path.rstrip("?")
        signature = request.headers.get("X-Twilio-Signature", "")
        if not signature or not RequestValidator(settings.twilio.auth_token).validate(url, request.form, signature):
            logger.warning("refused an unsigned or wrongly signed request to %s", request.path)
            return "invalid signature\n", 403
        return view()
    return checked


@bp.post("/twilio")
@twilio_signed
def incoming() -> Response | tuple[str, int]:
    """An SMS or MMS to the team's number, or to a number in its Messaging Service."""
    if request.form.get("MessageStatus", "").lower() in STATUS_RANK:
        return _record_status()  # a status callback pointed at this URL: not a message
    inbound = inbound_from(request.form)
    if inbound is None:
        return "MessageSid and From are required\n", 400
    keyword = inbound.headers.get(KEYWORD_HEADER)
    if keyword:
        record_keyword(keyword, inbound.sender, inbound.external_id)  # committed with the message
    # The acknowledgement goes in this answer, recorded as sent with the message in one commit.
    received = receive(inbound, reply_inline=True)
    if received.duplicate:
        db.session.rollback()  # the first delivery of this MessageSid already did everything
        return twiml(None)
    if keyword:
        return twiml(keyword_reply(keyword, received.enquiry_id, inbound.sender))
    return twiml(received.inline_reply)


@bp.post("/status")
@twilio_signed
def delivery_status() -> Response | tuple[str, int]:
    """Twilio's report on a message we sent: queued, sent, delivered, undelivered or failed."""
    return _record_status()


def _record_status() -> Response | tuple[str, int]:
    sid, status = request.form.get("MessageSid", ""), request.form.get("MessageStatus", "")
    if not MESSAGE_SID.match(sid) or not status:
        return "MessageSid and MessageStatus are required\n", 400
    record_status(sid, status.lower(), request.form.get("ErrorCode"), request.args.get("outbox", type=int))
    return twiml(None)


def inbound_from(form: MultiDict[str, str]) -> InboundMessage | None:
    """The message in the shape receive() takes; None when Twilio's required fields are missing."""
    sid, raw_sender = form.get("MessageSid", "").strip(), form.get("From", "").strip()
    if not MESSAGE_SID.match(sid) or not raw_sender:
        return None
    sender = normalise_phone(raw_sender)
    text = form.get("Body", "")
    headers = {name: form[name] for name in KEPT_FIELDS if form.get(name)} | _media(form)
    keyword = keyword_of(text) if sender else None
    if keyword:
        headers[KEYWORD_HEADER] = keyword
    recipient = form.get("To", "").strip()
    return InboundMessage(
        channel="sms", external_id=sid, sender=sender or raw_sender[:320], text=text, headers=headers,
        recipients=[normalise_phone(recipient) or recipient] if recipient else [],
        # A short code or a name as sender is a machine: store it, but never answer it.
        auto_reply=sender is None, auto_reply_reason=None if sender else "sender is not a phone number")


def _media(form: MultiDict[str, str]) -> dict[str, str]:
    """MMS parts as Twilio names them: MediaUrlN and MediaContentTypeN."""
    count = min(form.get("NumMedia", 0, type=int) or 0, MAX_MEDIA)
    fields = [f"{name}{n}" for n in range(count) for name in ("MediaUrl", "MediaContentType")]
    return {name: form[name] for name in fields if form.get(name)}


def twiml(reply: InlineReply | None) -> Response:
    """A TwiML answer carrying the reply, or an empty one; Twilio reports on the reply to /sms/status."""
    answer = MessagingResponse()
    if reply is not None:
        answer.message(reply.text, action=status_callback_url(services().settings, reply.outbox_id))
    return Response(str(answer), mimetype="text/xml")
