"""Outbound SMS through the Twilio REST API: transport only."""
from __future__ import annotations

from functools import lru_cache

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from config import Settings, TwilioSettings
from outbox.errors import NotConfigured, TransportError
from store.models import OutboxEntry

# Twilio error codes that retrying cannot fix: unsubscribed, invalid or unreachable numbers.
PERMANENT_CODES = {21211, 21214, 21408, 21610, 21612, 21614, 30003, 30004, 30005, 30006}


@lru_cache(maxsize=4)
def _client(settings: TwilioSettings) -> Client:
    client = Client(settings.account_sid, settings.auth_token)
    if settings.api_base:
        client.api.base_url = settings.api_base.rstrip("/")
    return client


def send_sms(entry: OutboxEntry, settings: Settings) -> str:
    """Send one entry; returns Twilio's MessageSid."""
    if settings.twilio is None:
        raise NotConfigured("Twilio is not configured")
    status_callback = f"{settings.public_url}/sms/status"
    try:
        message = _client(settings.twilio).messages.create(
            to=entry.recipient, from_=settings.twilio.from_number, body=entry.body_text,
            status_callback=status_callback)
    except TwilioRestException as error:
        permanent = error.code in PERMANENT_CODES or (400 <= error.status < 500 and error.status != 429)
        raise TransportError(f"Twilio {error.status} code {error.code}: {error.msg}", permanent=permanent) from None
    except OSError as error:
        raise TransportError(f"Twilio unreachable: {type(error).__name__}") from None
    return message.sid
