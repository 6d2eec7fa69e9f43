"""The mailbox poller against a real Dovecot: by UID, moved only after the commit, one poller at a time."""
from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import replace

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

import intake.receive as receive_module
from extensions import db
from intake import email_parse, imap_poll
from intake.email_ingest import ingest_email
from intake.imap_poll import LEASE, alert_if_stalled, mailbox_health, poll_and_watch, poll_mailbox
from intake.lease import acquire
from services import services
from store.models import AuditEvent, Contact, Enquiry, Lease, MailboxState, Message, OutboxEntry, Quarantine
from tests.dovecot import dovecot, raw_email  # noqa: F401 - dovecot is a fixture
from tests.smtp_server import smtp_server  # noqa: F401 - a fixture
from worker import JOBS


@pytest.fixture
def app_env(dovecot, smtp_server):  # noqa: F811 - the fixtures above
    return {**dovecot.env(), **smtp_server.env()}


def settings():
    return services().settings


def stored() -> int:
    return db.session.scalar(select(func.count(Message.id)).where(Message.direction == "in"))


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def state() -> MailboxState:
    db.session.expire_all()
    return db.session.scalar(select(MailboxState))


def test_new_mail_is_stored_then_moved_to_a_processed_folder_created_for_it(sqlite_app, dovecot):
    dovecot.append([raw_email(1), raw_email(2)])
    assert dovecot.uids("Processed") == []

    result = poll_mailbox(settings())

    assert (result.stored, result.moved, result.quarantined) == (2, 2, 0)
    assert stored() == 2
    assert dovecot.uids("INBOX") == []
    assert len(dovecot.uids("Processed")) == 2
    assert (state().uidvalidity, state().last_uid) == (dovecot.uidvalidity(), 2)
    assert state().last_success_at is not None


def test_a_second_pass_reads_only_mail_that_arrived_since_the_first(sqlite_app, dovecot):
    dovecot.append([raw_email(1), raw_email(2)])
    poll_mailbox(settings())
    dovecot.append([raw_email(3)])

    result = poll_mailbox(settings())

    assert (result.stored, result.duplicates, result.moved) == (1, 0, 1)
    assert state().last_uid == 3


def test_mail_already_stored_by_a_pass_that_died_before_moving_it_is_moved_not_stored_again(sqlite_app, dovecot):
    dovecot.append([raw_email(1)])
    ingest_email(raw_email(1), "imap:INBOX:earlier-pass")

    result = poll_mailbox(settings())

    assert (result.stored, result.duplicates, result.moved) == (0, 1, 1)
    assert stored() == 1
    assert dovecot.uids("INBOX") == []


def test_mail_that_is_not_an_email_is_quarantined_and_moved_and_later_mail_still_arrives(sqlite_app, dovecot):
    dovecot.append([b"this line is all there is\r\n", raw_email(2)])

    result = poll_mailbox(settings())

    assert (result.quarantined, result.stored, result.moved) == (1, 1, 2)
    row = db.session.scalar(select(Quarantine))
    assert row.source.startswith("imap:INBOX:") and row.raw == b"this line is all there is\r\n"
    assert dovecot.uids("INBOX") == []


def fail_storing(monkeypatch, external_id: str, error: BaseException) -> None:
    """A fault of ours while storing one message, after its contact and enquiry are written."""
    real_message = receive_module._message

    def message_failing_on_one(inbound, *args):
        if inbound.external_id == external_id:
            raise error
        return real_message(inbound, *args)

    monkeypatch.setattr(receive_module, "_message", message_failing_on_one)


def test_a_fault_of_ours_while_ingesting_one_message_quarantines_it_and_the_rest_carry_on(
        sqlite_app, dovecot, monkeypatch):
    fail_storing(monkeypatch, "1.test@example.org", KeyError("a bug"))
    dovecot.append([raw_email(1), raw_email(2)])

    result = poll_mailbox(settings())

    assert (result.quarantined, result.stored, result.moved) == (1, 1, 2)
    assert "KeyError" in db.session.scalar(select(Quarantine.reason))
    assert count(Enquiry) == 1 and count(Contact) == 1, "nothing of the failed message is left"


def test_a_fault_of_ours_while_parsing_one_message_quarantines_it_and_the_rest_carry_on(
        sqlite_app, dovecot, monkeypatch):
    real_parse = email_parse.parse_email

    def parse_failing_on_message_1(raw, **kwargs):
        if b"<1.test@example.org>" in raw:
            raise TypeError("a bug")
        return real_parse(raw, **kwargs)

    monkeypatch.setattr(email_parse, "parse_email", parse_failing_on_message_1)
    dovecot.append([raw_email(1), raw_email(2)])

    result = poll_mailbox(settings())

    assert (result.quarantined, result.stored, result.moved) == (1, 1, 2)
    assert "TypeError" in db.session.scalar(select(Quarantine.reason))


def test_a_batch_with_duplicates_a_poisoned_message_and_junk_stores_the_rest_exactly_once(app, dovecot, monkeypatch):
    ingest_email(raw_email(1), "imap:INBOX:earlier-pass")
    fail_storing(monkeypatch, "3.test@example.org", KeyError("a bug"))
    dovecot.append([raw_email(1), raw_email(2), raw_email(2), raw_email(3), raw_email(4), b"not an email\r\n"])

    result = poll_mailbox(settings())

    assert (result.stored, result.duplicates, result.quarantined, result.moved) == (2, 2, 2, 6)
    ids = [m.external_id for m in db.session.scalars(select(Message).where(Message.direction == "in"))]
    assert sorted(ids) == ["1.test@example.org", "2.test@example.org", "4.test@example.org"]
    assert count(Enquiry) == count(Contact) == count(OutboxEntry) == 3
    assert db.session.scalar(select(func.count()).where(AuditEvent.action == "received")) == 3
    assert dovecot.uids("INBOX") == [] and state().last_uid == 6


@pytest.mark.parametrize("crash", [
    pytest.param(SystemExit(1), id="the process is stopped"),
    pytest.param(OperationalError("INSERT", {}, Exception("server closed the connection")), id="the database goes"),
])
def test_a_crash_before_a_batch_commits_leaves_nothing_and_the_next_pass_stores_it_all_once(
        app, dovecot, monkeypatch, crash):
    dovecot.append([raw_email(n) for n in range(1, 6)])
    fail_storing(monkeypatch, "4.test@example.org", crash)

    with pytest.raises(type(crash)):
        poll_mailbox(settings())

    db.session.expire_all()
    assert stored() == count(Enquiry) == count(Contact) == count(OutboxEntry) == count(AuditEvent) == 0
    assert count(Quarantine) == 0 and dovecot.uids("INBOX") == [1, 2, 3, 4, 5]
    assert count(Lease) == 0, "the lease is given back"
    monkeypatch.undo()

    result = poll_mailbox(settings())

    assert (result.stored, result.moved) == (5, 5)
    assert sorted(m.external_id for m in db.session.scalars(select(Message))) == [
        f"{n}.test@example.org" for n in range(1, 6)]
    assert count(OutboxEntry) == 5 and dovecot.uids("INBOX") == []


def test_within_a_batch_a_reply_joins_the_message_before_it_and_the_daily_limit_counts_the_batch(app, dovecot):
    limit = settings().acks_per_sender_per_day
    reply = raw_email(2, sender="sender1@example.org", subject="Re: Question 1",
                      headers={"In-Reply-To": "<1.test@example.org>", "References": "<1.test@example.org>"})
    others = [raw_email(n, sender="sender1@example.org") for n in range(3, limit + 4)]
    dovecot.append([raw_email(1), reply, *others])

    assert poll_mailbox(settings()).stored == limit + 3

    enquiries = {m.external_id: m.enquiry_id for m in db.session.scalars(select(Message))}
    assert enquiries["1.test@example.org"] == enquiries["2.test@example.org"], "the reply joined"
    assert len(set(enquiries.values())) == limit + 2
    assert count(OutboxEntry) == limit, "the first enquiry's and the rest up to the daily limit"


def test_a_pass_does_nothing_while_another_poller_holds_the_lease(sqlite_app, dovecot):
    acquire(LEASE, "another-poller", dt.timedelta(minutes=5))
    dovecot.append([raw_email(1)])

    result = poll_mailbox(settings())

    assert result.skipped == "another poller holds the mailbox lease"
    assert stored() == 0 and dovecot.uids("INBOX") == [1]


@pytest.mark.parametrize("app_env", [{"CDOP_IMAP_HOST": "127.0.0.1", "CDOP_IMAP_USER": "u", "CDOP_IMAP_PASSWORD": "p",
                                      "CDOP_IMAP_FOLDER": "INBOX", "CDOP_IMAP_PROCESSED_FOLDER": "INBOX"}])
def test_a_processed_folder_that_is_the_inbox_itself_is_refused(sqlite_app):
    with pytest.raises(imap_poll.PassFailed, match="must differ"):
        poll_mailbox(settings())


def test_a_finished_pass_gives_the_lease_back(sqlite_app, dovecot):
    poll_mailbox(settings())
    assert db.session.scalar(select(func.count()).select_from(Lease)) == 0


@pytest.mark.parametrize("batch_messages, batch_bytes", [(3, imap_poll.BATCH_BYTES), (100, 1)])
def test_a_backlog_is_read_in_batches_by_count_and_by_size(sqlite_app, dovecot, monkeypatch,
                                                            batch_messages, batch_bytes):
    monkeypatch.setattr(imap_poll, "BATCH_MESSAGES", batch_messages)
    monkeypatch.setattr(imap_poll, "BATCH_BYTES", batch_bytes)
    dovecot.append([raw_email(n) for n in range(1, 11)])

    result = poll_mailbox(settings())

    assert (result.stored, result.moved) == (10, 10)
    assert state().last_uid == 10
    assert len(dovecot.uids("Processed")) == 10


def test_without_move_the_poller_copies_then_expunges_its_own_messages(sqlite_app, dovecot, monkeypatch):
    real_has_capability = IMAPClient.has_capability
    monkeypatch.setattr(IMAPClient, "has_capability",
                        lambda client, name: name != "MOVE" and real_has_capability(client, name))
    dovecot.append([raw_email(1), raw_email(2)])

    result = poll_mailbox(settings())

    assert result.moved == 2
    assert dovecot.uids("INBOX") == []
    assert len(dovecot.uids("Processed")) == 2


def test_healthz_shows_when_the_mailbox_was_last_read_and_flags_it_when_too_old(sqlite_app, dovecot, monkeypatch):
    client = sqlite_app.test_client()
    assert client.get("/healthz").get_json()["mailbox"] == {
        "folder": "INBOX", "last_success": None, "stale_after_minutes": 15, "stale": True}

    poll_mailbox(settings())
    mailbox = client.get("/healthz").get_json()["mailbox"]
    assert mailbox["stale"] is False and mailbox["last_success"] is not None

    _minutes_pass(20)
    assert client.get("/healthz").get_json()["mailbox"]["stale"] is True
    svc = services()
    svc.settings = replace(svc.settings, imap=replace(svc.settings.imap, stale_minutes=30))
    mailbox = client.get("/healthz").get_json()["mailbox"]
    assert mailbox["stale_after_minutes"] == 30 and mailbox["stale"] is False


def test_a_stalled_mailbox_emails_the_team_once_per_stall(sqlite_app, dovecot, smtp_server, monkeypatch):
    monkeypatch.setattr(imap_poll, "RECONNECT_DELAYS", (0.01,))
    monkeypatch.setattr(imap_poll, "POLL_SECONDS", imap_poll.IDLE_MARGIN + 1)  # IDLE for a second
    poll_mailbox(settings())
    _minutes_pass(20)
    dovecot.stop()

    poll_and_watch()
    poll_and_watch()

    assert len(smtp_server.messages) == 1
    alert = smtp_server.messages[0]
    assert alert["To"] == "team@cdop.test" and "not read since" in alert["Subject"]
    assert alert["Auto-Submitted"] == "auto-replied"
    dovecot.start()
    poll_and_watch()
    assert len(smtp_server.messages) == 1
    assert mailbox_health(settings().imap)["stale"] is False

    _minutes_pass(20)
    dovecot.stop()
    poll_and_watch()
    assert len(smtp_server.messages) == 2


def test_an_alert_that_could_not_be_sent_is_tried_again_on_the_next_run(sqlite_app, dovecot, smtp_server):
    smtp_server.stop()
    with pytest.raises(Exception, match="SMTP unavailable"):
        alert_if_stalled(settings())
    assert db.session.scalar(select(func.count(AuditEvent.id)).where(
        AuditEvent.action == imap_poll.STALL_ALERT)) == 0

    smtp_server.start()
    assert alert_if_stalled(settings()) is True
    assert smtp_server.messages[0]["Subject"] == "CDOP intake: team mailbox not read yet"


def test_mail_arriving_while_the_worker_idles_is_stored_at_once_not_at_the_next_poll(sqlite_app, dovecot,
                                                                                       monkeypatch):
    monkeypatch.setattr(imap_poll, "POLL_SECONDS", 12)  # IDLE for 9 s after the first pass
    job = threading.Thread(target=_in_app_context, args=(sqlite_app, poll_and_watch))
    job.start()
    _wait_until(lambda: state() is not None and state().last_success_at is not None)
    time.sleep(1)  # the job is in IDLE by now
    arrived = time.monotonic()
    dovecot.append([raw_email(1)])

    _wait_until(lambda: stored() == 1)

    assert time.monotonic() - arrived < 5
    job.join()
    assert stored() == 1 and dovecot.uids("INBOX") == []


def test_the_worker_polls_the_mailbox():
    job, seconds = JOBS["imap"]
    assert job is poll_and_watch and seconds == imap_poll.POLL_SECONDS


def _in_app_context(app, job) -> None:
    with app.app_context():
        job()
        db.session.remove()


def _wait_until(condition, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        met = condition()
        db.session.rollback()  # a fresh read each time, and no lock held meanwhile
        if met:
            return
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def _minutes_pass(minutes: int) -> None:
    """Move the mailbox's last success and any alert back in time, as if the minutes had passed."""
    for row in db.session.scalars(select(MailboxState)):
        row.last_success_at -= dt.timedelta(minutes=minutes)
    for row in db.session.scalars(select(AuditEvent)):
        row.at -= dt.timedelta(minutes=minutes)
    db.session.commit()
