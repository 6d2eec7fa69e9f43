"""Audit events for privacy work, naming people only by a keyed hash of their address."""
from __future__ import annotations

import hashlib
import hmac
from typing import Any

from extensions import db
from services import services
from store.models import AuditEvent


def address_digest(address: str) -> str:
    """The same address always gives the same digest, and only someone holding the secret key can test a guess."""
    key = services().settings.secret_key.encode()
    return hmac.new(key, address.encode(), hashlib.sha256).hexdigest()


def audit(action: str, actor: str, enquiry_id: int | None = None, **detail: Any) -> AuditEvent:
    """Add an event to the caller's transaction."""
    event = AuditEvent(actor=actor[:100], action=action, enquiry_id=enquiry_id, detail=detail)
    db.session.add(event)
    return event
