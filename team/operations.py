"""What the team can do to an enquiry, each a short transaction with its audit event."""
from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import case, select, update
from sqlalchemy.orm.exc import StaleDataError
from wtforms import SelectChoice

from extensions import db
from services import services
from store.base import utcnow
from store.models import Correction, Enquiry, Message, OutboxEntry, User
from store.team_models import Merge, Note
from team.audit import record
from triage.routing import route
from triage.types import SAFETY_ORDER

logger = logging.getLogger(__name__)


class Conflict(Exception):
    """Someone else changed the enquiry first; the message says what to do."""


def claim(enquiry_id: int, user_id: int, version: int) -> None:
    """Take an unassigned enquiry; exactly one of several people claiming at once succeeds."""
    result = db.session.execute(
        update(Enquiry)
        .where(Enquiry.id == enquiry_id, Enquiry.assignee_id.is_(None), Enquiry.version == version)
        .values(assignee_id=user_id, version=Enquiry.version + 1, updated_at=utcnow(),
                status=case((Enquiry.status == "new", "open"), else_=Enquiry.status))
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        db.session.rollback()
        logger.info("claim of enquiry %s refused: taken or changed", enquiry_id)
        raise Conflict(_claim_refusal(enquiry_id, user_id))
    record("claimed", enquiry_id)
    db.session.commit()


def _claim_refusal(enquiry_id: int, user_id: int) -> str:
    assignee_id = db.session.scalar(select(Enquiry.assignee_id).where(Enquiry.id == enquiry_id))
    if assignee_id == user_id:
        return "You have already claimed this enquiry."
    if assignee_id is not None:
        email = db.session.scalar(select(User.email).where(User.id == assignee_id))
        return f"{email} claimed this enquiry first."
    return "This enquiry changed since you opened it. Check it, then claim it again."


def _apply(enquiry: Enquiry, version: int, change: Callable[[], None]) -> None:
    """Run `change` and commit, unless the enquiry moved on from the version the person saw."""
    if enquiry.version != version:
        raise Conflict("Someone changed this enquiry since you opened it. Check the latest, then try again.")
    change()
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        raise Conflict("Someone changed this enquiry at the same moment. Check the latest, then try again.") from None


def assignee_choices() -> list[SelectChoice]:
    """Nobody (0) and every active person who can work the queue."""
    staff = db.session.execute(select(User.id, User.email).where(
        User.active.is_(True), User.role != "viewer").order_by(User.email)).all()
    return [SelectChoice(0, "Nobody")] + [SelectChoice(id_, email) for id_, email in staff]


def assign(enquiry: Enquiry, assignee_id: int | None, version: int) -> None:
    def change() -> None:
        before = enquiry.assignee_id
        enquiry.assignee_id = assignee_id
        if assignee_id and enquiry.status == "new":
            enquiry.status = "open"
        record("assigned", enquiry.id, before=before, after=assignee_id)
    _apply(enquiry, version, change)


def reclassify(enquiry: Enquiry, category: str, flags: set[str], version: int, user_id: int) -> None:
    """A person's category, crisis and machine-mail call, which clears needs_review: kept as a
    Correction, and priority and due time follow."""
    def change() -> None:
        before = (enquiry.category, list(enquiry.flags or []))
        flags_now = sorted(flags)
        routing = route(category, flags_now, enquiry.created_at, services().settings.slas)
        enquiry.category, enquiry.flags = category, flags_now
        enquiry.priority, enquiry.due_at = routing.priority, routing.due_at
        db.session.add(Correction(enquiry_id=enquiry.id, user_id=user_id, old_category=before[0],
                                  category=category, flags=flags_now))
        record("reclassified", enquiry.id, category_before=before[0], flags_before=before[1],
               category=category, flags=flags_now, priority=routing.priority, due_at=routing.due_at.isoformat())
    _apply(enquiry, version, change)


def set_status(enquiry: Enquiry, status: str, version: int) -> None:
    def change() -> None:
        before = enquiry.status
        enquiry.status = status
        enquiry.closed_at = utcnow() if status == "closed" else None
        record("status_changed", enquiry.id, before=before, after=status)
    _apply(enquiry, version, change)


def add_note(enquiry: Enquiry, text: str, user_id: int, author: str) -> Note:
    note = Note(enquiry_id=enquiry.id, author_id=user_id, author=author, text=text.strip())
    db.session.add(note)
    db.session.flush()
    record("note_added", enquiry.id, note_id=note.id)
    db.session.commit()
    return note


def find_by_reference(reference: str) -> Enquiry | None:
    return db.session.scalar(select(Enquiry).where(Enquiry.reference == reference.strip().upper()))


def merge(source: Enquiry, target: Enquiry, version: int, user_id: int) -> Merge:
    """Move everything from `source` into `target`, close `source`, and record what moved."""
    if source.id == target.id:
        raise Conflict("An enquiry cannot be merged into itself.")
    row = Merge(source_id=source.id, target_id=target.id, user_id=user_id)

    def change() -> None:
        row.moved = {"messages": _move(Message, source.id, target.id),
                     "outbox": _move(OutboxEntry, source.id, target.id), "notes": _move(Note, source.id, target.id)}
        _absorb(target, source)
        source.status, source.closed_at = "closed", utcnow()
        db.session.add(row)
        record("merged_into", source.id, target=target.reference, moved=row.moved)
        record("merged_from", target.id, source=source.reference, moved=row.moved)
    _apply(source, version, change)
    logger.info("enquiry %s merged into %s", source.id, target.id)
    return row


def _move(model, source_id: int, target_id: int) -> list[int]:
    ids = list(db.session.scalars(select(model.id).where(model.enquiry_id == source_id).order_by(model.id)))
    if ids:
        db.session.execute(update(model).where(model.id.in_(ids)).values(enquiry_id=target_id)
                           .execution_options(synchronize_session=False))
    return ids


def _absorb(target: Enquiry, source: Enquiry) -> None:
    """The merged enquiry keeps the safer category, any crisis, and the earlier due time."""
    category = min(target.category, source.category, key=SAFETY_ORDER.__getitem__)
    flags = sorted(set(target.flags or []) | ({"crisis"} & set(source.flags or [])))
    routing = route(category, flags, min(target.created_at, source.created_at), services().settings.slas)
    target.category, target.flags, target.priority = category, flags, routing.priority
    target.due_at = min(d for d in (target.due_at, source.due_at, routing.due_at) if d is not None)
    if target.status == "closed":
        target.status, target.closed_at = "open", None
