"""Outbound SMS through the Twilio REST API, and the delivery status Twilio reports back."""
from __future__ import annotations

import logging
from functools import lru_cache

from requests.exceptions import ReadTimeout
from sqlalchemy import select
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from config import Settings, TwilioSettings
from extensions import db
from intake.sms_keywords import opt_out
from outbox.errors import NotConfigured, TransportError
from store.models import AuditEvent, OutboxEntry

logger = logging.getLogger(__name__)
TIMEOUT = 30.0
UNSUBSCRIBED = 21610
# Twilio error codes that retrying cannot fix. Twilio's own message text is never kept: it quotes the number.
PERMANENT_CODES = {
    21211: "invalid 'To' number", 21214: "'To' number cannot be reached", 21408: "region not enabled",
    UNSUBSCRIBED: "recipient has replied STOP", 21612: "cannot route to this number",
    21614: "'To' number is not a mobile number", 30003: "handset unreachable", 30004: "message blocked",
    30005: "unknown destination handset", 30006: "landline or unreachable carrier",
}
# Later in a message's life ranks higher; a callback that arrives out of order must not undo a later one.
STATUS_RANK = {"accepted": 0, "scheduled": 0, "queued": 1, "sending": 2, "sent": 3, "delivered": 4,
               "undelivered": 4, "failed": 4, "canceled": 4, "read": 5}
FAILED_STATUSES = {"undelivered", "failed", "canceled"}


@lru_cache(maxsize=4)
def _client(settings: TwilioSettings, timeout: float) -> Client:
    client = Client(settings.account_sid, settings.auth_token, http_client=TwilioHttpClient(timeout=timeout))
    if settings.api_base:
        client.api.base_url = settings.api_base.rstrip("/")
    return client


def status_callback_url(settings: Settings, entry_id: int) -> str:
    """Where Twilio reports on a message; the entry id finds it before its MessageSid is stored."""
    return f"{settings.public_url}/sms/status?outbox={entry_id}"


def send_sms(entry: OutboxEntry, settings: Settings) -> str:
    """Send one entry; returns Twilio's MessageSid."""
    if settings.twilio is None:
        raise NotConfigured("Twilio is not configured")
    twilio = settings.twilio
    # A Messaging Service SID in CDOP_TWILIO_FROM lets Twilio pick the sender from its pool.
    sender = {"messaging_service_sid": twilio.from_number} if twilio.from_number.startswith("MG") \
        else {"from_": twilio.from_number}
    try:
        message = _client(twilio, TIMEOUT).messages.create(
            to=entry.recipient, body=entry.body_text, status_callback=status_callback_url(settings, entry.id),
            **sender)
    except TwilioRestException as error:
        raise _rest_error(error, entry) from None
    except ReadTimeout:
        # The request went out: Twilio may have sent it, and a retry could send it twice.
        raise TransportError("no answer from Twilio in time; check its message log before resending",
                             permanent=True) from None
    except OSError as error:
        raise TransportError(f"Twilio unreachable: {type(error).__name__}") from None
    return message.sid


def _rest_error(error: TwilioRestException, entry: OutboxEntry) -> TransportError:
    """Rate limits, our own credentials and Twilio's outages pass; the recipient's problems do not."""
    if error.code == UNSUBSCRIBED:
        opt_out(entry.recipient, f"Twilio error {UNSUBSCRIBED}")
    if error.code in PERMANENT_CODES:
        return TransportError(f"Twilio error {error.code}: {PERMANENT_CODES[error.code]}", permanent=True)
    transient = error.status == 429 or error.status >= 500 or error.status in (401, 403)
    return TransportError(f"Twilio HTTP {error.status}, error {error.code}", permanent=not transient)


def record_status(message_sid: str, status: str, error_code: str | None, entry_id: int | None) -> bool:
    """Record a delivery status on its outbox entry; False when the message is not one of ours."""
    entry = _entry_for(message_sid, entry_id)
    if entry is None or status not in STATUS_RANK:
        logger.info("ignored SMS status %r for %s", status, message_sid)
        return False
    if STATUS_RANK[status] >= STATUS_RANK.get(entry.provider_status or "", -1):
        entry.provider_status = status
        if status in FAILED_STATUSES:
            _failed(entry, status, error_code)
    db.session.commit()
    return True


def _entry_for(message_sid: str, entry_id: int | None) -> OutboxEntry | None:
    entry = db.session.scalar(select(OutboxEntry).where(OutboxEntry.provider_id == message_sid).limit(1))
    if entry is None and entry_id is not None:
        entry = db.session.get(OutboxEntry, entry_id)
        if entry is None or entry.channel != "sms" or entry.provider_id not in (None, message_sid):
            return None
        entry.provider_id = message_sid
    return entry


def _failed(entry: OutboxEntry, status: str, error_code: str | None) -> None:
    code = int(error_code) if error_code and error_code.isdigit() else None
    if code == UNSUBSCRIBED:
        opt_out(entry.recipient, f"Twilio error {UNSUBSCRIBED}")
    reason = PERMANENT_CODES.get(code or 0, "see Twilio's error list")
    entry.status, entry.last_error = "failed", f"Twilio reported {status}, error {code}: {reason}"
    db.session.add(AuditEvent(actor="twilio", action="outbox_failed", enquiry_id=entry.enquiry_id,
                              detail={"outbox_id": entry.id, "channel": "sms", "error": entry.last_error}))
    logger.warning("outbox %s: %s", entry.id, entry.last_error)
