"""``receive()``: the single entry point every channel calls; ``receive_batch()`` for a mailbox's batch."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError

from config import Settings
from extensions import db
from intake.acknowledge import (
    InlineReply, SentToday, ack_recipient, blocked_reason, queue_reply, record_inline, send_inline,
)
from intake.contacts import get_or_create_contacts
from intake.inbound import InboundMessage
from intake.thread_match import find_enquiry
from replies.render import render_acknowledgement
from services import services
from store.base import utcnow
from store.ids import next_id
from store.models import Attachment, AuditEvent, Contact, Enquiry, Message, OutboxEntry
from triage.routing import route
from triage.types import SAFETY_ORDER, Decision, TriageInput
from web.metrics import CLASSIFIER_LATENCY

logger = logging.getLogger(__name__)
# The database has gone away: nothing of a batch can be kept, so the caller stops rather than carry on.
DATABASE_DOWN = (OperationalError, InterfaceError)
EXTERNAL_ID_LENGTH = 500  # Message.external_id
# Built once, the values bound at each call: building it cost more than running it.
STORED = (select(Message.external_id, Message.id, Enquiry.id, Enquiry.reference, Enquiry.category, Enquiry.flags)
          .join(Enquiry, Message.enquiry_id == Enquiry.id)
          .where(Message.channel == bindparam("channel"),
                 Message.external_id.in_(bindparam("external_ids", expanding=True))))

Key = tuple[str, str]  # (channel, external id as stored)


@dataclass(frozen=True)
class Received:
    enquiry_id: int
    reference: str
    message_id: int
    duplicate: bool
    new_enquiry: bool
    category: str
    flags: tuple[str, ...]
    ack_blocked: str | None = None
    inline_reply: InlineReply | None = None  # the acknowledgement, when the channel's own answer carries it


def receive(inbound: InboundMessage, *, reply_inline: bool = False) -> Received:
    """Store the message exactly once, thread it, triage it and queue the reply, in one transaction.

    With ``reply_inline`` the channel's own answer (TwiML) carries the acknowledgement: it is recorded
    as sent in the same transaction and returned, never left for the worker.
    """
    # No transaction yet means nothing written or waiting to be (adding an object begins one).
    clean = not db.session().in_transaction()
    existing = _existing([inbound]).get(key_of(inbound))
    if existing is not None:
        return existing
    if clean and db.engine.dialect.name == "sqlite":
        # SQLite has one writer, and a transaction here takes the write lock at its first statement
        # (store.engine): ending this one, which only looked, lets the other processes write during
        # triage. Never when the caller wrote something first (an SMS keyword): that goes with the message.
        db.session.rollback()
    [decision] = classify([inbound])
    try:
        [received] = store([inbound], [decision], reply_inline=reply_inline)
        db.session.commit()
    except IntegrityError:
        # Another process stored the same (channel, external id) first: theirs stands.
        db.session.rollback()
        existing = _existing([inbound]).get(key_of(inbound))
        if existing is None:
            raise
        return existing
    except BaseException:
        db.session.rollback()
        raise
    return received


def receive_batch(inbounds: Sequence[InboundMessage],
                  after_each: Callable[[InboundMessage], None] | None = None) -> list[Received | Exception]:
    """Store many messages in the caller's transaction, which the caller commits; an outcome for each.

    One query finds those stored already, one ``classify()`` triages the rest, and their rows are
    written together. If anything fails, the batch is done again one message at a time, each under
    its own savepoint, so a bad message only loses itself: its outcome is the exception. A repeat of
    an id stored already (earlier in the batch, or by another process meanwhile) is a duplicate.
    ``after_each`` runs after each new message is filed and is kept or rolled back with it. A
    database that has gone away raises.
    """
    known: dict[Key, Received | Exception] = dict(_existing(inbounds))
    firsts: dict[Key, InboundMessage] = {}  # the first copy of each id not stored yet, in order
    for inbound in inbounds:
        if key_of(inbound) not in known:
            firsts.setdefault(key_of(inbound), inbound)
    fresh = list(firsts.values())
    outcomes = _store_fresh(fresh, classify(fresh), after_each)
    return _in_order(inbounds, known, dict(zip(firsts, outcomes)))


def _store_fresh(fresh: list[InboundMessage], decisions: list[Decision],
                 after_each: Callable[[InboundMessage], None] | None) -> list[Received | Exception]:
    """All together under one savepoint; if anything fails, one at a time, each under its own."""
    try:
        with db.session.begin_nested():
            return list(store(fresh, decisions, after_each=after_each))
    except DATABASE_DOWN:
        raise
    except Exception:  # noqa: BLE001 - which message failed is found by storing them one by one
        logger.warning("a batch of %d messages failed as a whole; storing them one at a time", len(fresh),
                       exc_info=True)
    _forget_rolled_back()
    return [_store_alone(inbound, decision, after_each) for inbound, decision in zip(fresh, decisions)]


def _in_order(inbounds: Sequence[InboundMessage], known: dict[Key, Received | Exception],
              stored: dict[Key, Received | Exception]) -> list[Received | Exception]:
    """An outcome per message; a later copy of an id is the first one's duplicate, or shares its failure."""
    results = []
    for inbound in inbounds:
        key = key_of(inbound)
        if key in stored:
            outcome = stored.pop(key)
            known[key] = _as_duplicate(outcome)
            results.append(outcome)
        else:
            results.append(known[key])
    return results


def _as_duplicate(outcome: Received | Exception) -> Received | Exception:
    if isinstance(outcome, Exception):
        return outcome
    return dataclasses.replace(outcome, duplicate=True, new_enquiry=False, ack_blocked=None, inline_reply=None)


def _store_alone(inbound: InboundMessage, decision: Decision,
                 after_each: Callable[[InboundMessage], None] | None) -> Received | Exception:
    try:
        with db.session.begin_nested():
            [received] = store([inbound], [decision], after_each=after_each)
    except DATABASE_DOWN:
        raise
    except IntegrityError as error:
        # Stored by another process since the batch began: theirs stands.
        _forget_rolled_back()
        return _existing([inbound]).get(key_of(inbound)) or error
    except Exception as error:  # noqa: BLE001 - one message's failure must not lose the others
        _forget_rolled_back()
        return error
    return received


def _forget_rolled_back() -> None:
    """After a savepoint's rollback, reload every object when next touched.

    Rows written by a statement rather than by the session (new contacts) stay in its identity map
    when their savepoint is rolled back, and SQLite hands their ids out again: without this a later
    row could come back as the stale object of an earlier one.
    """
    db.session.expire_all()


def key_of(inbound: InboundMessage) -> Key:
    return inbound.channel, inbound.external_id[:EXTERNAL_ID_LENGTH]


def classify(inbounds: Sequence[InboundMessage]) -> list[Decision]:
    """Triage in one call; the latency metric gets each message's share."""
    if not inbounds:
        return []
    triager = services().triager()
    started = time.perf_counter()
    decisions = triager.classify([triage_input(inbound) for inbound in inbounds])
    share = (time.perf_counter() - started) / len(inbounds)
    for _ in inbounds:
        CLASSIFIER_LATENCY.observe(share)
    return decisions


def triage_input(inbound: InboundMessage) -> TriageInput:
    return TriageInput(id=inbound.external_id, channel=inbound.channel, sender=inbound.sender,
                       subject=inbound.subject or "", body=inbound.triage_text, role=inbound.role or "",
                       headers=inbound.headers, content_type=inbound.headers.get("content-type", ""))


def _existing(inbounds: Sequence[InboundMessage]) -> dict[Key, Received]:
    """The messages stored already, by key: one query per channel, reading only what Received needs."""
    by_channel: dict[str, set[str]] = {}
    for channel, external_id in map(key_of, inbounds):
        by_channel.setdefault(channel, set()).add(external_id)
    found: dict[Key, Received] = {}
    for channel, external_ids in by_channel.items():
        rows = db.session.execute(STORED, {"channel": channel, "external_ids": list(external_ids)})
        for external_id, message_id, enquiry_id, reference, category, flags in rows:
            found[channel, external_id] = Received(enquiry_id, reference or "", message_id, duplicate=True,
                                                   new_enquiry=False, category=category, flags=tuple(flags))
    return found


@dataclass
class _Filed:
    """A message filed but not yet written: what its audit event and result need once it is."""

    inbound: InboundMessage
    decision: Decision
    enquiry: Enquiry
    message: Message
    entry: OutboxEntry | None
    new: bool
    blocked: str | None


def store(inbounds: Sequence[InboundMessage], decisions: Sequence[Decision], *, reply_inline: bool = False,
          after_each: Callable[[InboundMessage], None] | None = None) -> list[Received]:
    """Thread, file and acknowledge each message in order, then write their rows together.

    Flushed, never committed: ``receive()`` commits, ``receive_batch()`` holds a savepoint. A query
    one message makes (threading it onto an earlier one, say) first writes what came before it, so
    each message sees the ones before it exactly as if they had been stored one at a time.
    """
    settings = services().settings
    contacts = get_or_create_contacts([(inbound.sender, inbound.sender_name) for inbound in inbounds
                                       if inbound.sender])
    sent_today = SentToday()
    if len(inbounds) > 1:
        # One query for the batch; a single message reads only if it turns out to need a reply.
        sent_today.read(target[1] for target in map(ack_recipient, inbounds) if target)
    filed = []
    for inbound, decision in zip(inbounds, decisions):
        filed.append(_file(inbound, decision, contacts.get(inbound.sender), sent_today, settings, reply_inline))
        if after_each is not None:
            after_each(inbound)
    db.session.flush()  # an INSERT per table for all of them (and an UPDATE per earlier enquiry changed)
    return [_audited(item, reply_inline) for item in filed]


def _file(inbound: InboundMessage, decision: Decision, contact: Contact | None, sent_today: SentToday,
          settings: Settings, reply_inline: bool) -> _Filed:
    received_at = inbound.received_at or utcnow()
    enquiry = find_enquiry(inbound, contact, settings.secret_key)
    blocked = blocked_reason(inbound, decision, enquiry, contact, settings, sent_today)
    new = enquiry is None
    if enquiry is None:
        enquiry = _new_enquiry(inbound, decision, contact, received_at)
    else:
        _update_enquiry(enquiry, decision, received_at)
    message = _message(inbound, enquiry, contact, received_at)
    entry = None
    if blocked is None:
        entry = _acknowledge(inbound, decision, enquiry)
        blocked = None if entry else "no reply for this kind of message"
    if entry is not None:
        sent_today.add(entry.recipient)
        if reply_inline:
            send_inline(entry)
    return _Filed(inbound, decision, enquiry, message, entry, new, blocked)


def _audited(item: _Filed, reply_inline: bool) -> Received:
    """The written message's audit event (and the inline answer's record) and its result."""
    inbound, decision, enquiry = item.inbound, item.decision, item.enquiry
    inline = record_inline(item.entry) if item.entry is not None and reply_inline else None
    db.session.add(AuditEvent(actor="system", action="received", enquiry_id=enquiry.id, detail={
        "message_id": item.message.id, "channel": inbound.channel, "new_enquiry": item.new,
        "category": decision.category, "flags": decision.flags, "confidence": round(decision.confidence, 4),
        "reasons": decision.reasons, "model": decision.model_version,
        "acknowledgement": item.blocked or "queued"}))
    logger.info("received %s message %s into %s (%s)", inbound.channel, item.message.id, enquiry.reference,
                enquiry.category)
    return Received(enquiry.id, enquiry.reference or "", item.message.id, duplicate=False, new_enquiry=item.new,
                    category=enquiry.category, flags=tuple(enquiry.flags), ack_blocked=item.blocked,
                    inline_reply=inline)


def _new_enquiry(inbound: InboundMessage, decision: Decision, contact: Contact | None,
                 received_at: dt.datetime) -> Enquiry:
    routing = route(decision.category, decision.flags, received_at, services().settings.slas)
    # The id first, since the reference is made from it: the row is then written once, whole.
    enquiry_id = next_id(Enquiry)
    enquiry = Enquiry(
        id=enquiry_id, reference=f"CDOP-{received_at.year}-{enquiry_id:05d}",
        contact_id=contact.id if contact else None, channel=inbound.channel,
        subject=(inbound.subject or "")[:500] or None, category=decision.category,
        flags=list(decision.flags), confidence=decision.confidence, triage_reasons=decision.reasons,
        model_version=decision.model_version, priority=routing.priority, due_at=routing.due_at,
        created_at=received_at)
    db.session.add(enquiry)
    return enquiry


def _update_enquiry(enquiry: Enquiry, decision: Decision, received_at: dt.datetime) -> None:
    """A later message may raise urgency (a safer category, a crisis), never lower it."""
    if "auto_reply" in decision.flags:
        return
    category = min(enquiry.category, decision.category, key=SAFETY_ORDER.__getitem__)
    flags = sorted(set(enquiry.flags) | ({"crisis"} & set(decision.flags)))
    if enquiry.status in ("closed", "waiting"):
        enquiry.status = "open"
        enquiry.closed_at = None
    if category != enquiry.category or flags != sorted(enquiry.flags) or enquiry.due_at is None:
        routing = route(category, flags, received_at, services().settings.slas)
        enquiry.category, enquiry.flags, enquiry.priority = category, flags, routing.priority
        enquiry.due_at = min(filter(None, (enquiry.due_at, routing.due_at)))


def _message(inbound: InboundMessage, enquiry: Enquiry, contact: Contact | None,
             received_at: dt.datetime) -> Message:
    message = Message(
        enquiry_id=enquiry.id, direction="in", channel=inbound.channel,
        external_id=inbound.external_id[:EXTERNAL_ID_LENGTH],
        sender=contact.address if contact else inbound.sender.lower(), recipients=inbound.recipients,
        subject=(inbound.subject or "")[:500] or None, text=inbound.text, html=inbound.html, raw=inbound.raw,
        headers=inbound.headers, in_reply_to=inbound.in_reply_to, references=inbound.references,
        thread_key=inbound.thread_key, auto_reply=inbound.auto_reply or inbound.bounce,
        auto_reply_reason=inbound.auto_reply_reason, bounce=inbound.bounce, received_at=received_at,
        sent_at=inbound.sent_at)
    db.session.add(message)
    for item in inbound.attachments:
        # Through the relationship, so the message's id fills in when both are written.
        db.session.add(Attachment(message=message, name=item.name[:255], content_type=item.content_type[:255],
                                  size=len(item.content), sha256=hashlib.sha256(item.content).hexdigest(),
                                  content=item.content))
    return message


def _acknowledge(inbound: InboundMessage, decision: Decision, enquiry: Enquiry) -> OutboxEntry | None:
    """The acknowledgement queued in the outbox; None when there is no reply for this kind of message."""
    svc = services()
    channel, address = ack_recipient(inbound)  # type: ignore[misc]
    reply = render_acknowledgement(
        category=enquiry.category, flags=enquiry.flags + ["needs_review"] * ("needs_review" in decision.flags),
        channel=channel, reference=enquiry.reference or "", received_at=enquiry.created_at,
        first_name=first_name(inbound), registry=svc.registry)
    if reply is None:
        return None
    threaded = channel == "email" and inbound.channel == "email"
    entry = queue_reply(enquiry, channel, address, reply.subject, reply.text, reply.html, svc.settings,
                        kind="acknowledgement", automatic=True,
                        in_reply_to=inbound.external_id if threaded else None,
                        references=[*inbound.references, inbound.external_id] if threaded else [])
    enquiry.acknowledged = True
    return entry


def first_name(inbound: InboundMessage) -> str | None:
    """Only a name the sender typed themselves (form, chat); never one guessed from a mail header."""
    if inbound.channel not in ("form", "chat") or not inbound.sender_name:
        return None
    return inbound.sender_name.split()[0][:40]
