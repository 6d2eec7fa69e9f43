"""Every view of and action on an enquiry becomes an AuditEvent naming who, when and what."""
from __future__ import annotations

from typing import Any

from flask_login import current_user

from extensions import db
from store.models import AuditEvent


def record(action: str, enquiry_id: int | None = None, **detail: Any) -> AuditEvent:
    """Add an event by the signed-in user; it commits with the caller's transaction."""
    signed_in = current_user.is_authenticated
    event = AuditEvent(actor_id=current_user.id if signed_in else None,
                       actor=current_user.email if signed_in else "anonymous",
                       action=action, enquiry_id=enquiry_id, detail=detail)
    db.session.add(event)
    return event
