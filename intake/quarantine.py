"""Input that cannot be ingested is kept with its bytes and a reason, never dropped."""
from __future__ import annotations

import hashlib
import logging

from sqlalchemy import select

from extensions import db
from store.models import AuditEvent, Quarantine

logger = logging.getLogger(__name__)


def quarantine(channel: str, source: str, raw: bytes | None, reason: str) -> Quarantine:
    """Store once per distinct content; a repeat returns the row already kept. The caller commits."""
    digest = hashlib.sha256(raw or source.encode()).hexdigest()
    row = db.session.scalar(select(Quarantine).where(Quarantine.sha256 == digest))
    if row is None:
        row = Quarantine(channel=channel, source=source[:500], reason=reason, raw=raw, sha256=digest)
        db.session.add(row)
        db.session.flush()
        db.session.add(AuditEvent(actor="system", action="quarantined",
                                  detail={"quarantine_id": row.id, "channel": channel, "reason": reason}))
        logger.warning("quarantined %s input %s: %s", channel, row.id, reason)
    return row
