"""receive(): exactly once, threaded, triaged and acknowledged in one transaction."""
from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import func, select

import intake.receive as receive_module
from extensions import db
from intake.receive import receive
from store.models import AuditEvent, Enquiry, Message, OutboxEntry
from tests.factories import email, sms


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_the_same_external_id_twice_gives_one_message(app):
    first = receive(email(external_id="dup@example.org"))
    second = receive(email(external_id="dup@example.org"))
    assert second.duplicate and second.enquiry_id == first.enquiry_id
    assert count(Message) == 1 and count(Enquiry) == 1 and count(OutboxEntry) == 1


def test_a_new_enquiry_gets_a_reference_a_due_time_and_an_acknowledgement(app):
    result = receive(email())
    enquiry = db.session.get(Enquiry, result.enquiry_id)
    assert enquiry.reference == f"CDOP-{enquiry.created_at.year}-{enquiry.id:05d}"
    assert enquiry.due_at > enquiry.created_at
    entry = db.session.scalar(select(OutboxEntry))
    assert entry.recipient == "parent@example.org" and enquiry.reference in entry.subject
    assert db.session.scalar(select(AuditEvent.action)) == "received"


def test_a_reply_to_our_acknowledgement_joins_its_enquiry(app):
    first = receive(email())
    ack = db.session.scalar(select(OutboxEntry))
    reply = receive(email("Thank you", subject="Re: your message", in_reply_to=ack.message_id_header,
                          references=["other@example.org", ack.message_id_header]))
    assert reply.enquiry_id == first.enquiry_id and not reply.new_enquiry
    assert count(OutboxEntry) == 1, "one acknowledgement per enquiry"


def test_a_forged_message_id_of_ours_does_not_join(app):
    receive(email())
    ack = db.session.scalar(select(OutboxEntry))
    forged = ack.message_id_header.replace(ack.message_id_header.split(".")[3][:4], "0000", 1)
    result = receive(email("hello", sender="stranger@example.net", in_reply_to=forged))
    assert result.new_enquiry


def test_a_reply_found_only_by_references_joins_its_enquiry(app):
    first = receive(email())
    ack = db.session.scalar(select(OutboxEntry))
    reply = receive(email("Outlook reply", references=[ack.message_id_header, "unrelated@example.org"]))
    assert reply.enquiry_id == first.enquiry_id


def test_the_reference_in_a_subject_joins_only_from_a_sender_already_on_the_enquiry(app):
    first = receive(email())
    subject = f"Re: [{first.reference}] more"
    stranger = receive(email("me too", sender="stranger@example.net", subject=subject))
    assert stranger.new_enquiry
    same = receive(email("one more thing", subject=subject))
    assert same.enquiry_id == first.enquiry_id


def test_an_sms_from_a_number_with_an_open_enquiry_joins_it(app):
    first = receive(sms("hi its about my son"))
    second = receive(sms("he was 4", sender="07700 900123"))
    assert second.enquiry_id == first.enquiry_id
    enquiry = db.session.get(Enquiry, first.enquiry_id)
    enquiry.status = "closed"
    db.session.commit()
    assert receive(sms("me again")).new_enquiry


def test_a_failure_half_way_leaves_nothing(app, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(receive_module, "_acknowledge", broken)
    with pytest.raises(RuntimeError):
        receive(email())
    assert count(Message) == 0 and count(Enquiry) == 0 and count(AuditEvent) == 0
    monkeypatch.undo()
    assert not receive(email()).duplicate


def test_what_the_caller_wrote_first_is_committed_with_the_message(app):
    db.session.add(AuditEvent(actor="test", action="written first"))
    receive(sms("hello"))
    db.session.rollback()
    assert db.session.scalar(select(func.count()).where(AuditEvent.action == "written first")) == 1


def _receive_in_process(database_url: str, barrier, results) -> None:
    from tests.conftest import make_app

    app = make_app(database_url, None)
    with app.app_context():
        barrier.wait()
        results.put(receive(email(external_id="race@example.org")).enquiry_id)


def test_two_processes_receiving_the_same_message_at_once_store_it_once(app, database_url):
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_receive_in_process, args=(database_url, barrier, results))
               for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    assert results.get(timeout=5) == results.get(timeout=5)
    db.session.expire_all()
    assert count(Message) == 1 and count(Enquiry) == 1 and count(OutboxEntry) == 1


def test_a_reply_to_an_enquiry_merged_away_joins_the_enquiry_it_was_merged_into(app):
    from store.team_models import Merge

    first, second = receive(email()), receive(email(sender="other@example.org"))
    ack = db.session.scalar(select(OutboxEntry).where(OutboxEntry.enquiry_id == first.enquiry_id))
    db.session.add(Merge(source_id=first.enquiry_id, target_id=second.enquiry_id, moved={}))
    db.session.get(Enquiry, first.enquiry_id).status = "closed"
    db.session.commit()
    reply = receive(email("Thanks", in_reply_to=ack.message_id_header))
    assert reply.enquiry_id == second.enquiry_id
