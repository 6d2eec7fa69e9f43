"""A named lock in the database with an expiry: one holder at a time, and a crashed holder's lease lapses."""
from __future__ import annotations

import datetime as dt
import os
import socket
import uuid

from sqlalchemy import delete

from extensions import db
from store.base import utcnow
from store.models import Lease
from store.upsert import insert


def new_holder() -> str:
    """A holder name unique to this process and call, readable in the leases table."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def acquire(name: str, holder: str, ttl: dt.timedelta) -> bool:
    """Take or extend the lease; True when ``holder`` now holds it until now + ttl.

    One statement, insert-or-update, where the update only happens when the lease is ours already
    or has expired: two callers racing cannot both get it (a row lock on PostgreSQL, the write
    lock on SQLite).
    """
    now = utcnow()
    values = insert(Lease).values(name=name, holder=holder, expires_at=now + ttl)
    statement = values.on_conflict_do_update(
        index_elements=[Lease.name],
        set_={"holder": values.excluded.holder, "expires_at": values.excluded.expires_at},
        where=(Lease.holder == holder) | (Lease.expires_at < now)).returning(Lease.holder)
    try:
        # A row comes back only when the insert or the guarded update happened (rowcount is not
        # reliable for upserts across drivers).
        acquired = db.session.execute(statement).first() is not None
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise
    return acquired


def release(name: str, holder: str) -> None:
    """Give the lease up, if still ours, so the next holder need not wait for it to expire."""
    db.session.execute(delete(Lease).where(Lease.name == name, Lease.holder == holder))
    db.session.commit()
