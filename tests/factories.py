"""Inbound messages for tests."""
from __future__ import annotations

import itertools

from intake.inbound import InboundMessage

_ids = itertools.count(1)


def email(body: str = "Please could you send me the annual report?", *, sender: str = "parent@example.org",
          subject: str = "A question", external_id: str | None = None, **extra) -> InboundMessage:
    return InboundMessage(channel="email", external_id=external_id or f"msg-{next(_ids)}@example.org",
                          sender=sender, text=body, subject=subject, **extra)


def sms(body: str, *, sender: str = "+447700900123", external_id: str | None = None) -> InboundMessage:
    return InboundMessage(channel="sms", external_id=external_id or f"SM{next(_ids):032d}", sender=sender, text=body)
