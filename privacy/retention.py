"""Retention: anonymise closed enquiries, and empty quarantined mail, once their period has passed."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm.exc import StaleDataError

from extensions import db
from privacy.anonymise import anonymise_enquiry
from privacy.audit import audit
from privacy.models import Anonymisation
from services import services
from store.base import utcnow
from store.models import Enquiry, Quarantine
from triage.types import CATEGORIES

logger = logging.getLogger(__name__)
EXPIRED = "removed under the retention schedule"


@dataclass(frozen=True)
class Due:
    enquiry_id: int
    reference: str
    kind: str  # a category, or auto_reply
    closed_at: dt.datetime
    days: int


@dataclass
class RetentionRun:
    dry_run: bool
    enquiries: list[Due] = field(default_factory=list)
    quarantine: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # changed while the run was working on them


def retention_kind(enquiry: Enquiry) -> str:
    """Auto-replies keep for their own short period whatever category they were filed in."""
    return "auto_reply" if "auto_reply" in (enquiry.flags or []) else enquiry.category


def closed_time(enquiry: Enquiry) -> dt.datetime:
    return enquiry.closed_at or enquiry.updated_at


def due_enquiries(days: Mapping[str, int], now: dt.datetime) -> list[Due]:
    """Closed enquiries past their period, not anonymised since they were last closed."""
    closed = func.coalesce(Enquiry.closed_at, Enquiry.updated_at)
    shortest = min(days[kind] for kind in (*CATEGORIES, "auto_reply"))
    candidates = db.session.scalars(
        select(Enquiry).outerjoin(Anonymisation, Anonymisation.enquiry_id == Enquiry.id).where(
            Enquiry.status == "closed", closed <= now - dt.timedelta(days=shortest),
            or_(Anonymisation.at.is_(None), Anonymisation.at < closed)).order_by(Enquiry.id))
    return [due for enquiry in candidates if (due := _due(enquiry, days, now)) is not None]


def _due(enquiry: Enquiry, days: Mapping[str, int], now: dt.datetime) -> Due | None:
    kind = retention_kind(enquiry)
    if enquiry.status != "closed" or closed_time(enquiry) > now - dt.timedelta(days=days[kind]):
        return None
    return Due(enquiry.id, enquiry.reference or f"#{enquiry.id}", kind, closed_time(enquiry), days[kind])


def due_quarantine(days: Mapping[str, int], now: dt.datetime) -> list[int]:
    return list(db.session.scalars(select(Quarantine.id).where(
        Quarantine.created_at <= now - dt.timedelta(days=days["quarantine"]), Quarantine.reason != EXPIRED)
        .order_by(Quarantine.id)))


def run_retention(days: Mapping[str, int], *, dry_run: bool, actor: str, now: dt.datetime | None = None
                  ) -> RetentionRun:
    """Find what is due and, unless a dry run, anonymise it; the run itself is always audited."""
    now = now or utcnow()
    run = RetentionRun(dry_run, due_enquiries(days, now), due_quarantine(days, now))
    if not dry_run:
        run.skipped = [due.enquiry_id for due in run.enquiries if not _anonymise(due, days, now, actor)]
        _empty_quarantine(run.quarantine)
    audit("retention_run", actor, dry_run=dry_run, enquiries=[d.enquiry_id for d in run.enquiries],
          quarantine=run.quarantine, skipped=run.skipped, days=dict(days))
    db.session.commit()
    logger.info("retention %s: %d enquiries, %d quarantined items, %d skipped", "dry run" if dry_run else "run",
                len(run.enquiries), len(run.quarantine), len(run.skipped))
    return run


def _anonymise(due: Due, days: Mapping[str, int], now: dt.datetime, actor: str) -> bool:
    """One enquiry in its own transaction; False when it changed since it was found (reopened, merged)."""
    enquiry = db.session.get(Enquiry, due.enquiry_id)
    if enquiry is None or _due(enquiry, days, now) is None:
        return False
    try:
        anonymise_enquiry(enquiry, "retention", actor)
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        return False
    return True


def scheduled_run() -> None:
    """The worker's daily pass."""
    run_retention(services().settings.retention_days, dry_run=False, actor="worker")


def _empty_quarantine(ids: list[int]) -> None:
    if ids:
        db.session.execute(update(Quarantine).where(Quarantine.id.in_(ids)).values(raw=None, source="", reason=EXPIRED))
