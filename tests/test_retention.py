"""Retention: closed enquiries past their period are anonymised, and nothing else is touched."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from config import ConfigError, load_settings
from extensions import db
from privacy.models import Anonymisation
from privacy.policy import DEFAULT_RETENTION_DAYS, parse_retention
from privacy.retention import EXPIRED, run_retention
from store.base import utcnow
from store.models import Attachment, AuditEvent, Contact, Enquiry, Message, OutboxEntry, Quarantine
from store.team_models import Note
from tests.team_support import add_message, make_enquiry

DAYS = dict(DEFAULT_RETENTION_DAYS)  # general 365, notification 730, auto_reply 30, quarantine 90
NOW = utcnow()


def closed_enquiry(days_ago: int, *, category: str = "general", flags: tuple[str, ...] = (),
                   sender: str = "parent@example.org", text: str = "My son Alfie died in March") -> Enquiry:
    """A closed enquiry holding a message with an attachment, a reply, a note and a triage audit event."""
    closed_at = NOW - dt.timedelta(days=days_ago)
    enquiry = make_enquiry(category=category, flags=flags, sender=sender, text=text, subject=f"About {text}",
                           html=f"<p>{text}</p>", created_at=closed_at - dt.timedelta(days=2), status="closed")
    enquiry.closed_at, enquiry.triage_reasons = closed_at, [f'notification cue: "{text}"']
    enquiry.first_response_at = closed_at - dt.timedelta(days=1)
    message = enquiry.messages[0]
    message.raw, message.headers = f"From: {sender}\n\n{text}".encode(), {"from": sender}
    db.session.add_all([
        Attachment(message_id=message.id, name=f"{text}.pdf", content_type="application/pdf", size=3,
                   sha256="a" * 64, content=text.encode()),
        OutboxEntry(enquiry_id=enquiry.id, kind="staff", automatic=False, channel="email", recipient=sender,
                    subject=f"Re: {text}", body_text=f"You wrote: {text}", status="sent", sent_at=closed_at),
        Note(enquiry_id=enquiry.id, author="triager@cdop.test", text=f"Called about {text}"),
        AuditEvent(actor="system", action="received", enquiry_id=enquiry.id,
                   detail={"category": category, "flags": list(flags), "reasons": [text]}),
    ])
    db.session.commit()
    return enquiry


def personal_data(enquiry_id: int) -> list[object]:
    """Every value of the enquiry that retention must empty, or an empty list when they are all gone."""
    enquiry = db.session.get(Enquiry, enquiry_id)
    messages = db.session.scalars(select(Message).where(Message.enquiry_id == enquiry_id)).all()
    values = [enquiry.subject, *enquiry.triage_reasons]
    for m in messages:
        values += [m.sender, m.subject, m.text, m.html, m.raw, *m.recipients, *m.headers.values(), m.thread_key]
        values += [value for a in m.attachments for value in (a.name, a.content)]
    for entry in db.session.scalars(select(OutboxEntry).where(OutboxEntry.enquiry_id == enquiry_id)):
        values += [entry.recipient, entry.subject, entry.body_text, entry.body_html]
    values += db.session.scalars(select(Note.text).where(Note.enquiry_id == enquiry_id)).all()
    for event in db.session.scalars(select(AuditEvent).where(AuditEvent.enquiry_id == enquiry_id)):
        values += event.detail.get("reasons", [])
    return [value for value in values if value]


def anonymised_ids() -> set[int]:
    return set(db.session.scalars(select(Anonymisation.enquiry_id)))


def test_it_anonymises_exactly_the_closed_enquiries_past_their_period(app):
    due_general = closed_enquiry(400)
    due_auto_reply = closed_enquiry(40, flags=("auto_reply",), sender="ooo@example.net")
    kept = [closed_enquiry(300), closed_enquiry(400, category="notification", sender="gp@nhs.example"),
            make_enquiry(created_at=NOW - dt.timedelta(days=1000), text="Still open after years")]
    before = {e.id: personal_data(e.id) for e in kept}

    run = run_retention(DAYS, dry_run=False, actor="test", now=NOW)

    assert {d.enquiry_id for d in run.enquiries} == {due_general.id, due_auto_reply.id} == anonymised_ids()
    assert personal_data(due_general.id) == [] and personal_data(due_auto_reply.id) == []
    assert {e.id: personal_data(e.id) for e in kept} == before


def test_what_the_counts_need_is_kept(app):
    enquiry = closed_enquiry(400, category="general", flags=("needs_review",))
    snapshot = {name: getattr(enquiry, name) for name in (
        "reference", "category", "flags", "status", "channel", "priority", "confidence", "created_at",
        "closed_at", "due_at", "first_response_at", "model_version")}
    run_retention(DAYS, dry_run=False, actor="test", now=NOW)
    db.session.expire_all()
    enquiry = db.session.get(Enquiry, enquiry.id)
    assert {name: getattr(enquiry, name) for name in snapshot} == snapshot
    message = enquiry.messages[0]
    assert (message.channel, message.direction, message.received_at) == ("email", "in", enquiry.created_at)
    assert (message.attachments[0].size, message.attachments[0].content_type) == (3, "application/pdf")
    entry = db.session.scalar(select(OutboxEntry).where(OutboxEntry.enquiry_id == enquiry.id))
    assert (entry.status, entry.kind, entry.sent_at) == ("sent", "staff", enquiry.closed_at)
    assert db.session.scalar(select(func.count()).select_from(Note)) == 0
    received = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "received"))
    assert received.detail == {"category": "general", "flags": ["needs_review"]}


def test_a_dry_run_lists_what_would_go_changes_nothing_and_is_audited(app):
    enquiry = closed_enquiry(400)
    before = personal_data(enquiry.id)
    run = run_retention(DAYS, dry_run=True, actor="test", now=NOW)
    assert [d.reference for d in run.enquiries] == [enquiry.reference]
    assert personal_data(enquiry.id) == before and anonymised_ids() == set()
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "retention_run"))
    assert event.detail["dry_run"] is True and event.detail["enquiries"] == [enquiry.id]


def test_a_contact_someone_still_uses_is_unlinked_and_an_unused_one_made_anonymous(app):
    shared_old = closed_enquiry(400, sender="shared@example.org")
    make_enquiry(sender="shared@example.org", text="A new question")
    alone = closed_enquiry(400, sender="alone@example.org")
    alone_contact = alone.contact_id
    run_retention(DAYS, dry_run=False, actor="test", now=NOW)
    db.session.expire_all()
    assert db.session.get(Enquiry, shared_old.id).contact_id is None
    addresses = set(db.session.scalars(select(Contact.address)))
    assert "shared@example.org" in addresses and "alone@example.org" not in addresses
    anonymous = db.session.get(Contact, alone_contact)
    assert anonymous.address.startswith("anonymised-") and anonymous.display_name is None


def test_an_anonymised_enquiry_is_due_again_only_after_it_is_reopened_and_closed(app):
    enquiry = closed_enquiry(400)
    run_retention(DAYS, dry_run=False, actor="test", now=NOW)
    assert run_retention(DAYS, dry_run=False, actor="test", now=NOW).enquiries == []
    add_message(enquiry, "Writing again after a long time")
    enquiry.status, enquiry.closed_at = "closed", utcnow()
    db.session.commit()
    assert run_retention(DAYS, dry_run=False, actor="test", now=utcnow()).enquiries == []
    later = run_retention(DAYS, dry_run=False, actor="test", now=utcnow() + dt.timedelta(days=366))
    assert [d.enquiry_id for d in later.enquiries] == [enquiry.id] and personal_data(enquiry.id) == []


def test_quarantined_mail_is_emptied_after_its_own_period(app):
    old = Quarantine(channel="email", source="INBOX/17", reason="unparseable from parent@example.org",
                     raw=b"From: parent@example.org", sha256="1" * 64, created_at=NOW - dt.timedelta(days=91))
    new = Quarantine(channel="email", source="INBOX/18", reason="unparseable", raw=b"recent", sha256="2" * 64)
    db.session.add_all([old, new])
    db.session.commit()
    run = run_retention(DAYS, dry_run=False, actor="test", now=NOW)
    db.session.expire_all()
    assert run.quarantine == [old.id]
    assert (old.raw, old.source, old.reason) == (None, "", EXPIRED) and new.raw == b"recent"


def test_the_command_lists_due_enquiries_on_a_dry_run(app):
    enquiry = closed_enquiry(400)
    result = app.test_cli_runner().invoke(args=["retention", "run", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert enquiry.reference in result.output and "would anonymise" in result.output
    assert anonymised_ids() == set()


def test_the_worker_runs_retention_every_day():
    from worker import JOBS

    assert JOBS["retention"][1] == 24 * 3600


@pytest.mark.parametrize("raw, expected", [
    ("", DEFAULT_RETENTION_DAYS),
    ("general=2y, auto_reply=2w", {**DEFAULT_RETENTION_DAYS, "general": 730, "auto_reply": 14}),
    ("notification=1000d,quarantine=30", {**DEFAULT_RETENTION_DAYS, "notification": 1000, "quarantine": 30}),
])
def test_the_schedule_reads_days_weeks_and_years(raw, expected):
    assert parse_retention(raw) == expected


@pytest.mark.parametrize("raw", ["general=0d", "general=soon", "letters=30d", "general"])
def test_a_bad_schedule_is_named_at_start_up(tmp_path: Path, raw):
    with pytest.raises(ConfigError, match="CDOP_RETENTION"):
        load_settings(tmp_path, {"CDOP_RETENTION": raw})
