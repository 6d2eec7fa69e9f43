"""Erasure: no trace of the person's text or address in any table; their enquiries stay as counts."""
from __future__ import annotations

import json

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select, text, update

from extensions import db
from intake.inbound import InboundAttachment
from intake.receive import receive
from privacy.erase import erase_contact
from store.models import AuditEvent, Correction, Enquiry, Message, OutboxEntry, Quarantine
from store.team_models import Note
from tests.factories import email, sms
from tests.team_support import make_enquiry

THEIR_WORDS = ("Brightwater", "Larkspur", "coroner letter")
ADDRESS = "parent@example.org"
PHONE = "+447700900123"
OTHERS_WORDS = "Morwenna Tidewell asks about the annual report"


def everything() -> str:
    """Every value of every row of every table, as the database holds it."""
    rows = []
    for table in db.metadata.sorted_tables:
        for row in db.session.execute(text(f'SELECT * FROM "{table.name}"')):
            rows.append(repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)))
    return "\n".join(rows).lower()


@pytest.fixture
def traces(app) -> dict[str, int]:
    """The person's data in every place it can reach: own enquiries, someone else's, copies, notes, quarantine."""
    first = receive(email("Our son Larkspur Brightwater died on Tuesday", sender=ADDRESS, subject="Larkspur",
                          html="<p>Larkspur Brightwater</p>", raw=b"From: parent@example.org\n\nLarkspur Brightwater",
                          attachments=[InboundAttachment("larkspur.pdf", "application/pdf", b"coroner letter")]))
    by_sms = receive(sms("This is Larkspur's mum, text me back", sender=PHONE))
    others = make_enquiry(text=OTHERS_WORDS, sender="morwenna@example.net", subject="Annual report")
    merged = receive(email("More about Brightwater", sender=ADDRESS, subject="More"))
    copied = receive(email(OTHERS_WORDS + " (copying my friend)", sender="morwenna@example.net",
                           recipients=["team@cdop.test", ADDRESS], headers={"cc": f"Friend <{ADDRESS}>"}))
    db.session.execute(update(Message).where(Message.id == merged.message_id).values(enquiry_id=others.id))
    db.session.add_all([
        Note(enquiry_id=first.enquiry_id, author="triager@cdop.test", text="Larkspur's key worker is Sam"),
        Note(enquiry_id=others.id, author="triager@cdop.test", text=f"Morwenna's friend is {ADDRESS}"),
        Note(enquiry_id=others.id, author="triager@cdop.test", text="Morwenna wants a call"),
        OutboxEntry(enquiry_id=first.enquiry_id, kind="staff", automatic=False, channel="email", recipient=ADDRESS,
                    subject="Re: Larkspur", body_text="We are sorry Larkspur died.", status="sent"),
        Message(enquiry_id=first.enquiry_id, direction="out", channel="email", external_id="<ours@cdop.test>",
                sender="team", recipients=[ADDRESS], text="We are sorry Larkspur died."),
        Quarantine(channel="email", source="INBOX/9", reason="no date", sha256="9" * 64,
                   raw=b"From: Parent@Example.org\n\nLarkspur"),
        Quarantine(channel="email", source="INBOX/10", reason="no date", sha256="8" * 64, raw=b"From: x@y.z"),
        AuditEvent(actor="triager@cdop.test", action="reply_queued", enquiry_id=others.id,
                   detail={"outbox_id": 1, "recipient": ADDRESS}),
        Correction(enquiry_id=first.enquiry_id, old_category="general", category="notification"),
    ])
    db.session.commit()
    return {"first": first.enquiry_id, "sms": by_sms.enquiry_id, "others": others.id, "copied": copied.message_id}


def erase(app, address: str, reason: str = "Asked by phone; call back on 07700 900456") -> None:
    result = app.test_cli_runner().invoke(args=["contacts", "erase", address, "--reason", reason])
    assert result.exit_code == 0, result.output


def test_no_table_holds_their_words_or_address_after_erasure(app, traces):
    assert all(word.lower() in everything() for word in THEIR_WORDS)
    erase(app, "Parent@Example.org")
    erase(app, "07700 900123")
    dump = everything()
    for trace in (*THEIR_WORDS, ADDRESS, PHONE, "07700900123", "larkspur"):
        assert trace.lower() not in dump, trace


def test_their_enquiries_stay_as_anonymous_counts(app, traces):
    before = db.session.scalar(select(func.count()).select_from(Enquiry))
    erase(app, ADDRESS)
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Enquiry)) == before
    first = db.session.get(Enquiry, traces["first"])
    assert first.subject is None and first.reference and first.category
    assert db.session.scalar(select(func.count()).select_from(Correction)) == 1


def test_everyone_else_keeps_their_data(app, traces):
    erase(app, ADDRESS)
    db.session.expire_all()
    dump = everything()
    assert OTHERS_WORDS.lower() in dump and "morwenna@example.net" in dump
    assert "morwenna wants a call" in dump, "a note not naming them stays"
    copied = db.session.get(Message, traces["copied"])
    assert copied.text.startswith(OTHERS_WORDS) and copied.recipients == ["team@cdop.test"]
    assert db.session.scalar(select(Quarantine.raw).where(Quarantine.source == "INBOX/10")) == b"From: x@y.z"
    sms_enquiry = db.session.get(Enquiry, traces["sms"])
    assert sms_enquiry.messages[0].text == "This is Larkspur's mum, text me back", "another address is another erasure"


def test_the_erasure_is_audited_with_a_hash_and_a_masked_reason(app, traces):
    erase(app, ADDRESS)
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "contact_erased"))
    detail = json.dumps(event.detail)
    assert len(event.detail["address_digest"]) == 64 and "parent@" not in detail
    assert event.detail["reason"] == "Asked by phone; call back on [phone]"
    assert event.detail["enquiries"] == 2


@pytest.mark.parametrize("app_env", [{"CDOP_ENCRYPTION_KEY": Fernet.generate_key().decode()}])
def test_erasure_finds_them_in_encrypted_notes_and_quarantine(app, traces):
    erase(app, ADDRESS)
    db.session.expire_all()
    notes = db.session.scalars(select(Note.text)).all()
    assert notes == ["Morwenna wants a call"]
    assert db.session.scalars(select(Quarantine.raw).order_by(Quarantine.id)).all() == [None, b"From: x@y.z"]


def test_an_erasure_needs_a_reason_and_an_address(app):
    with pytest.raises(ValueError, match="reason"):
        erase_contact(ADDRESS, "  ", actor="test")
    with pytest.raises(ValueError, match="not an email address"):
        erase_contact("nobody", "asked", actor="test")
