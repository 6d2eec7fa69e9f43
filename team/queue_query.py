"""The queue as data: filters, crisis-first ordering, keyset pages, counts and masked previews."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace

from sqlalchemy import Select, String, and_, case, cast, func, literal, or_, select, tuple_
from sqlalchemy.sql.elements import ColumnElement

from extensions import db
from privacy.search import enquiries_with_text, like_pattern
from store.base import UTCDateTime, utcnow
from store.models import STATUSES, Enquiry, Message, User
from team.masking import masked
from triage.routing import PRIORITY
from triage.types import CATEGORIES

PAGE_SIZE = 50
CHANNELS = ("email", "sms", "form", "chat")
STATUS_CHOICES = ("active", *STATUSES, "all")
# Named rather than "not closed": an IN list lets the queue index find the few active rows among
# years of closed ones instead of reading the whole table.
ACTIVE_STATUSES = tuple(s for s in STATUSES if s != "closed")
# Waiting means the ball is with the sender, so only new and open work can be overdue.
OVERDUE_STATUSES = ("new", "open")
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
NO_DUE_TIME = dt.datetime(9999, 12, 31, tzinfo=dt.timezone.utc)
PREVIEW_SCAN = 320  # characters masked before cutting, so a cut never splits an identifier
PREVIEW_CHARS = 160


@dataclass(frozen=True)
class Filters:
    """What the person asked to see; unknown values are dropped, never an error."""

    category: str = ""
    status: str = "active"
    priority: int | None = None
    channel: str = ""
    assignee: str = ""  # "" anyone, "me", "none" or a user id
    overdue: bool = False
    needs_review: bool = False
    crisis: bool = False
    q: str = ""

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> Filters:
        priority = args.get("priority", "")
        assignee = args.get("assignee", "")
        return cls(
            category=_choice(args.get("category", ""), CATEGORIES),
            status=_choice(args.get("status", ""), STATUS_CHOICES) or "active",
            priority=int(priority) if priority in {str(p) for p in PRIORITY.values()} else None,
            channel=_choice(args.get("channel", ""), CHANNELS),
            assignee=assignee if assignee in ("me", "none") or assignee.isdigit() else "",
            overdue=args.get("overdue") == "1", needs_review=args.get("needs_review") == "1",
            crisis=args.get("crisis") == "1", q=args.get("q", "").strip()[:200])

    def as_args(self, **changes: object) -> dict[str, str]:
        """The query-string form of these filters (defaults left out), with `changes` applied."""
        values = asdict(replace(self, **changes))
        defaults = asdict(Filters())
        return {key: ("1" if value is True else str(value)) for key, value in values.items()
                if value != defaults[key] and value not in (None, False, "")}


@dataclass(frozen=True)
class Cursor:
    """A position in the queue order: (crisis rank, due time, id)."""

    rank: int
    due: dt.datetime
    id: int

    def encode(self) -> str:
        return f"{self.rank}.{(self.due - EPOCH) // dt.timedelta(microseconds=1)}.{self.id}"

    @classmethod
    def decode(cls, raw: str | None) -> Cursor | None:
        parts = (raw or "").split(".")
        if len(parts) != 3 or not all(p.lstrip("-").isdigit() for p in parts):
            return None
        try:
            due = EPOCH + dt.timedelta(microseconds=int(parts[1]))
        except OverflowError:
            return None
        return cls(int(parts[0]), due, int(parts[2]))


@dataclass(frozen=True)
class QueueRow:
    id: int
    reference: str
    subject: str
    preview: str
    category: str
    flags: list[str]
    status: str
    priority: int
    channel: str
    assignee: str | None
    due_at: dt.datetime | None
    overdue: bool


@dataclass
class QueuePage:
    rows: list[QueueRow] = field(default_factory=list)
    next_cursor: str | None = None
    prev_cursor: str | None = None


def _choice(value: str, allowed: tuple[str, ...]) -> str:
    return value if value in allowed else ""


def crisis_rank() -> ColumnElement[int]:
    # Routing gives priority 1 to crisis and only to crisis, so no JSON lookup is needed to sort.
    return case((Enquiry.priority == PRIORITY["crisis"], 0), else_=1)


def due_key() -> ColumnElement[dt.datetime]:
    return func.coalesce(Enquiry.due_at, literal(NO_DUE_TIME, UTCDateTime()))


def has_flag(flag: str) -> ColumnElement[bool]:
    # Flags are a JSON list drawn from a fixed vocabulary, so the quoted name cannot match by accident;
    # the text form works the same on SQLite and on PostgreSQL's json type.
    return cast(Enquiry.flags, String).like(f'%"{flag}"%')


def overdue(now: dt.datetime) -> ColumnElement[bool]:
    return and_(Enquiry.status.in_(OVERDUE_STATUSES), Enquiry.due_at < now)


def _search(q: str) -> ColumnElement[bool]:
    return or_(Enquiry.reference == q.upper(), Enquiry.subject.ilike(like_pattern(q), escape="\\"),
               enquiries_with_text(q))


def _conditions(filters: Filters, user_id: int, now: dt.datetime) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.status == "active":
        conditions.append(Enquiry.status.in_(ACTIVE_STATUSES))
    elif filters.status != "all":
        conditions.append(Enquiry.status == filters.status)
    if filters.category:
        conditions.append(Enquiry.category == filters.category)
    if filters.priority is not None:
        conditions.append(Enquiry.priority == filters.priority)
    if filters.channel:
        conditions.append(Enquiry.channel == filters.channel)
    if filters.assignee == "me":
        conditions.append(Enquiry.assignee_id == user_id)
    elif filters.assignee == "none":
        conditions.append(Enquiry.assignee_id.is_(None))
    elif filters.assignee:
        conditions.append(Enquiry.assignee_id == int(filters.assignee))
    if filters.overdue:
        conditions.append(overdue(now))
    if filters.needs_review:
        conditions.append(has_flag("needs_review"))
    if filters.crisis:
        conditions.append(Enquiry.priority == PRIORITY["crisis"])
    if filters.q:
        conditions.append(_search(filters.q))
    return conditions


def _page_query(filters: Filters, user_id: int, now: dt.datetime, after: Cursor | None,
                before: Cursor | None, limit: int) -> Select:
    keys = (crisis_rank(), due_key(), Enquiry.id)
    query = (select(Enquiry, User.email, *keys).outerjoin(User, User.id == Enquiry.assignee_id)
             .where(*_conditions(filters, user_id, now)))
    cursor = after or before
    if cursor is not None:
        position = tuple_(literal(cursor.rank), literal(cursor.due, UTCDateTime()), literal(cursor.id))
        query = query.where(tuple_(*keys) > position if after else tuple_(*keys) < position)
    order = [k.desc() for k in keys] if before else list(keys)
    return query.order_by(*order).limit(limit + 1)


def queue_page(filters: Filters, user_id: int, after: str | None = None, before: str | None = None,
               limit: int = PAGE_SIZE) -> QueuePage:
    """One page of the queue after (or before) a cursor; crisis first, then by due time."""
    now = utcnow()
    after_cursor, before_cursor = Cursor.decode(after), Cursor.decode(before)
    if after_cursor:
        before_cursor = None
    results = db.session.execute(_page_query(filters, user_id, now, after_cursor, before_cursor, limit)).all()
    more = len(results) > limit
    results = results[:limit]
    if before_cursor:
        results.reverse()
    cursors = [Cursor(rank, due, id_).encode() for *_, rank, due, id_ in results]
    previews = _previews([row[0].id for row in results])
    page = QueuePage(rows=[_row(enquiry, email, previews.get(enquiry.id, ""), now)
                           for enquiry, email, *_ in results])
    if cursors:
        page.next_cursor = cursors[-1] if (more or before_cursor) else None
        page.prev_cursor = cursors[0] if (after_cursor or (before_cursor and more)) else None
    return page


def _row(enquiry: Enquiry, assignee: str | None, preview: str, now: dt.datetime) -> QueueRow:
    return QueueRow(
        id=enquiry.id, reference=enquiry.reference or f"#{enquiry.id}",
        subject=masked(enquiry.subject or "")[:200], preview=preview, category=enquiry.category,
        flags=list(enquiry.flags or []), status=enquiry.status, priority=enquiry.priority,
        channel=enquiry.channel, assignee=assignee, due_at=enquiry.due_at,
        overdue=bool(enquiry.due_at and enquiry.status in OVERDUE_STATUSES and enquiry.due_at < now))


def _previews(enquiry_ids: list[int]) -> dict[int, str]:
    """The start of each enquiry's latest inbound message, identifiers masked."""
    if not enquiry_ids:
        return {}
    latest = (select(func.max(Message.id)).where(Message.enquiry_id.in_(enquiry_ids), Message.direction == "in")
              .group_by(Message.enquiry_id))
    # The text is cut here, not in SQL: encrypted at rest, the database holds only a token.
    rows = db.session.execute(select(Message.enquiry_id, Message.text).where(Message.id.in_(latest))).all()
    return {enquiry_id: _cut(masked(" ".join((text or "")[:PREVIEW_SCAN].split()))) for enquiry_id, text in rows}


def _cut(text: str) -> str:
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class QueueCounts:
    active: int
    crisis: int
    notification: int
    family_support: int
    general: int
    needs_review: int
    overdue: int
    unassigned: int
    mine: int


def queue_counts(user_id: int) -> QueueCounts:
    """How many open enquiries sit in each queue, in one pass over the table."""
    def count(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    row = db.session.execute(select(
        func.count(Enquiry.id), count(Enquiry.priority == PRIORITY["crisis"]),
        *(count(Enquiry.category == c) for c in CATEGORIES), count(has_flag("needs_review")),
        count(overdue(utcnow())), count(Enquiry.assignee_id.is_(None)), count(Enquiry.assignee_id == user_id),
    ).where(Enquiry.status.in_(ACTIVE_STATUSES))).one()
    return QueueCounts(*(int(v) for v in row))
