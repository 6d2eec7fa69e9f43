"""The mailbox poller against a real Dovecot: by UID, moved only after the commit, one poller at a time."""
from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select

from extensions import db
from intake import imap_poll
from intake.email_ingest import ingest_email
from intake.imap_poll import LEASE, alert_if_stalled, mailbox_health, poll_and_watch, poll_mailbox
from intake.lease import acquire
from services import services
from store.models import AuditEvent, Lease, MailboxState, Message, Quarantine
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


def test_a_fault_of_ours_while_ingesting_one_message_quarantines_it_and_the_rest_carry_on(
        sqlite_app, dovecot, monkeypatch):
    real_ingest = imap_poll.ingest_email

    def ingest_failing_on_message_1(raw: bytes, source: str):
        if b"<1.test@example.org>" in raw:
            raise KeyError("a bug")
        return real_ingest(raw, source)

    monkeypatch.setattr(imap_poll, "ingest_email", ingest_failing_on_message_1)
    dovecot.append([raw_email(1), raw_email(2)])

    result = poll_mailbox(settings())

    assert (result.quarantined, result.stored, result.moved) == (1, 1, 2)
    assert "KeyError" in db.session.scalar(select(Quarantine.reason))


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
    monkeypatch.setenv("CDOP_IMAP_STALE_MINUTES", "30")
    assert client.get("/healthz").get_json()["mailbox"]["stale"] is False


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
    assert mailbox_health("INBOX")["stale"] is False

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
