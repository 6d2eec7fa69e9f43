"""The email channel end to end: real Dovecot in, real SMTP server out; nothing lost, nothing twice, no loops."""
from __future__ import annotations

import hashlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from extensions import db
from intake.email_out import send_email
from intake.email_parse import EmailParseError, parse_email
from intake.imap_poll import BATCH_MESSAGES, LEASE, poll_mailbox
from intake.message_ids import verified_enquiry_id
from outbox.deliver import deliver_due
from outbox.errors import TransportError
from services import services
from store.base import utcnow
from store.models import AuditEvent, Attachment, Enquiry, Lease, Message, OutboxEntry, Quarantine
from tests.conftest import ROOT, shared_path
from tests.dovecot import dovecot, raw_email  # noqa: F401 - dovecot is a fixture
from tests.smtp_server import smtp_server  # noqa: F401 - a fixture

REFERENCE = re.compile(r"\[CDOP-\d{4}-\d{5,}\]")
BACKLOG = 250  # three batches: room for a kill or a restart to land in the middle one
# Each subprocess loads the triage model and works through the backlog: minutes on a busy 2-core machine.
SLOW = pytest.mark.timeout(900)


@pytest.fixture
def extra_env() -> dict[str, str]:
    """Settings a test adds to the mailbox and SMTP ones (parametrise to change)."""
    return {}


@pytest.fixture
def app_env(dovecot, smtp_server, extra_env):  # noqa: F811 - the fixtures above
    return {**dovecot.env(), **smtp_server.env(), **extra_env}


def settings():
    return services().settings


def incoming() -> list[Message]:
    db.session.expire_all()
    return list(db.session.scalars(select(Message).where(Message.direction == "in").order_by(Message.id)))


def test_new_mail_is_stored_and_acknowledged_by_a_mail_that_threads_and_cannot_loop(app, dovecot, smtp_server):
    dovecot.append([raw_email(1)])

    assert poll_mailbox(settings()).stored == 1
    assert deliver_due(settings())["sent"] == 1

    enquiry = db.session.scalar(select(Enquiry))
    [ack] = smtp_server.messages
    assert ack["To"] == "sender1@example.org" and ack["From"] == "cdop@cdop.test"
    assert ack["Message-ID"].endswith("@cdop.test>")
    assert verified_enquiry_id("test-secret", ack["Message-ID"]) == enquiry.id
    assert ack["In-Reply-To"] == "<1.test@example.org>"
    assert "<1.test@example.org>" in ack["References"]
    assert f"[{enquiry.reference}]" in ack["Subject"]
    assert ack["Auto-Submitted"] == "auto-replied"
    assert ack.get_body(("plain",)) is not None and ack.get_body(("html",)) is not None
    assert dovecot.uids("INBOX") == []


def test_the_senders_reply_to_the_acknowledgement_joins_the_same_enquiry(sqlite_app, dovecot, smtp_server):
    dovecot.append([raw_email(1)])
    poll_mailbox(settings())
    deliver_due(settings())
    [ack] = smtp_server.messages
    reply = raw_email(2, sender="sender1@example.org", subject=f"Re: {ack['Subject']}",
                      body="Thank you. The report for 2024/25 would be ideal.",
                      headers={"In-Reply-To": ack["Message-ID"],
                               "References": f"<1.test@example.org> {ack['Message-ID']}"})
    dovecot.append([reply])

    assert poll_mailbox(settings()).stored == 1

    assert db.session.scalar(select(func.count(Enquiry.id))) == 1
    enquiry = db.session.scalar(select(Enquiry))
    assert [(m.direction, m.external_id) for m in enquiry.messages] == [
        ("in", "1.test@example.org"), ("out", ack["Message-ID"].strip("<>")), ("in", "2.test@example.org")]
    assert deliver_due(settings())["sent"] == 0  # one acknowledgement per enquiry


def corpus_files() -> list[Path]:
    return sorted(p for p in shared_path("corpora", "email").rglob("*.eml"))


@SLOW
def test_every_corpus_message_is_stored_or_quarantined_and_machine_mail_gets_no_reply(
        sqlite_app, dovecot, smtp_server):
    files = corpus_files()
    dovecot.append([path.read_bytes() for path in files])
    served = dovecot.raws("INBOX")  # what the poller will read, in the same order

    result = poll_mailbox(settings())

    assert result.handled == result.moved == len(files)
    assert dovecot.uids("INBOX") == []
    stored_ids = {m.external_id for m in incoming()}
    kept_hashes = set(db.session.scalars(select(Quarantine.sha256)))
    machine_ids = set()
    for path, raw in zip(files, served, strict=True):
        try:
            external_id = parse_email(raw).external_id
        except EmailParseError:
            assert hashlib.sha256(raw).hexdigest() in kept_hashes, path
            continue
        assert external_id in stored_ids, path
        if path.parent.name in ("autoreply", "bounce"):
            machine_ids.add(external_id)
    deliver_due(settings(), limit=len(files))
    assert not machine_ids & set(db.session.scalars(select(OutboxEntry.in_reply_to)))
    assert not {m["In-Reply-To"].strip("<>") for m in smtp_server.messages} & machine_ids


@SLOW
def test_a_poller_killed_mid_batch_and_restarted_stores_every_message_exactly_once(sqlite_app, dovecot):
    dovecot.append([raw_email(n) for n in range(1, BACKLOG + 1)])
    poller = start_poll(sqlite_app)
    wait_for_stored(sqlite_app, at_least=130)
    helpers = children(poller.pid)
    assert helpers, "a backlog is parsed in a process of its own"
    poller.send_signal(signal.SIGKILL)
    poller.wait()
    wait_until_gone(helpers)

    stored_at_kill = count_stored(sqlite_app)
    assert stored_at_kill < BACKLOG
    # A batch is committed whole or not at all, and its mail leaves the inbox only after its commit.
    assert stored_at_kill % BATCH_MESSAGES == 0
    assert len(dovecot.uids("INBOX")) >= BACKLOG - stored_at_kill
    assert "another poller holds the mailbox lease" in run_poll(sqlite_app).stdout
    _lease_expires()

    finished = run_poll(sqlite_app)

    assert finished.returncode == 0, finished.stderr
    assert f"{BACKLOG - stored_at_kill} stored" in finished.stdout
    assert_each_stored_once(BACKLOG)
    assert dovecot.uids("INBOX") == [] and len(dovecot.uids("Processed")) == BACKLOG
    acks = db.session.scalar(select(func.count(OutboxEntry.id)).where(OutboxEntry.kind == "acknowledgement"))
    assert acks == BACKLOG


@SLOW
def test_the_poller_reconnects_when_dovecot_restarts_mid_pass_and_carries_on(sqlite_app, dovecot):
    dovecot.append([raw_email(n) for n in range(1, BACKLOG + 1)])
    poller = start_poll(sqlite_app)
    wait_for_stored(sqlite_app, at_least=100)

    dovecot.restart()

    out, err = poller.communicate(timeout=600)
    assert poller.returncode == 0, err
    assert count_stored(sqlite_app) == BACKLOG, "the pass stopped at the restart"
    assert re.search(r"\b[1-9]\d* reconnects", out), out
    assert_each_stored_once(BACKLOG)
    assert dovecot.uids("INBOX") == []


def test_replies_wait_while_the_smtp_server_is_down_and_go_when_it_is_back(sqlite_app, dovecot, smtp_server):
    dovecot.append([raw_email(1)])
    poll_mailbox(settings())
    smtp_server.stop()

    assert deliver_due(settings()) == {"sent": 0, "retry": 1, "failed": 0, "waiting": 0}
    entry = db.session.scalar(select(OutboxEntry))
    assert entry.status == "pending" and "SMTP unavailable" in entry.last_error

    smtp_server.start()
    _retry_time_comes()
    assert deliver_due(settings())["sent"] == 1
    assert [m["To"] for m in smtp_server.messages] == ["sender1@example.org"]


def test_a_permanent_refusal_fails_the_reply_where_the_team_can_see_it(sqlite_app, dovecot, smtp_server):
    smtp_server.refuse("sender1@example.org")
    dovecot.append([raw_email(1)])
    poll_mailbox(settings())

    assert deliver_due(settings())["failed"] == 1

    entry = db.session.scalar(select(OutboxEntry))
    assert entry.status == "failed" and entry.last_error == "recipient refused (550)"
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "outbox_failed")) is not None
    assert smtp_server.messages == []


def test_a_reply_with_no_usable_address_fails_for_good_instead_of_breaking_delivery(sqlite_app, smtp_server):
    entry = OutboxEntry(kind="acknowledgement", automatic=True, channel="email", recipient="",
                        subject="x", body_text="x", message_id_header="x@cdop.test", references=[])

    with pytest.raises(TransportError, match="no usable recipient address") as refused:
        send_email(entry, settings())
    assert refused.value.permanent


TWENTY_MB = 20 * 1024 * 1024


def test_a_20_mb_attachment_arrives_whole_and_mail_after_it_still_comes_through(sqlite_app, dovecot):
    content = os.urandom(TWENTY_MB)
    dovecot.append([raw_email(1, attachment=content), raw_email(2)])

    result = poll_mailbox(settings())

    assert (result.stored, result.moved) == (2, 2)
    attachment = db.session.scalar(select(Attachment))
    assert attachment.size == TWENTY_MB
    assert attachment.sha256 == hashlib.sha256(content).hexdigest()


def test_a_30_mb_attachment_over_the_default_size_limit_is_quarantined_whole(sqlite_app, dovecot):
    raw = raw_email(1, attachment=os.urandom(30 * 1024 * 1024))  # base64 makes it about 41 MB
    dovecot.append([raw, raw_email(2)])

    result = poll_mailbox(settings())

    assert (result.quarantined, result.stored, result.moved) == (1, 1, 2)
    kept = db.session.scalar(select(Quarantine))
    assert "over the" in kept.reason and kept.raw == raw


@pytest.mark.parametrize("extra_env", [{"CDOP_IMAP_FOLDER": "Intake"}])
def test_a_changed_uidvalidity_reads_the_folder_again_and_stores_nothing_twice(sqlite_app, dovecot):
    dovecot.append([raw_email(n) for n in range(1, 6)], folder="Intake")
    poll_mailbox(settings())
    before = dovecot.uidvalidity("Intake")
    with dovecot.client() as client:  # deleted and made again: UIDs start over under a new UIDVALIDITY
        client.delete_folder("Intake")
        client.create_folder("Intake")
    # A message stored already (restored by someone) and two new ones, all on UIDs below the old last UID.
    dovecot.append([raw_email(3), raw_email(6), raw_email(7)], folder="Intake")
    assert dovecot.uidvalidity("Intake") != before and dovecot.uids("Intake") == [1, 2, 3]

    result = poll_mailbox(settings())

    assert result.uidvalidity_reset
    assert (result.stored, result.duplicates, result.moved) == (2, 1, 3)
    assert_each_stored_once(7)


def start_poll(app) -> subprocess.Popen:
    """``flask --app app intake poll --once`` in its own process, on the test's SQLite file."""
    return subprocess.Popen([sys.executable, "-m", "flask", "--app", "app", "intake", "poll", "--once"],
                            cwd=ROOT, env=cli_env(app), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run_poll(app) -> subprocess.CompletedProcess:
    poller = start_poll(app)
    out, err = poller.communicate(timeout=600)
    return subprocess.CompletedProcess(poller.args, poller.returncode, out, err)


def cli_env(app) -> dict[str, str]:
    settings = app.extensions["cdop"].settings
    env = {k: v for k, v in os.environ.items() if not k.startswith("CDOP_")}
    return env | {"CDOP_DATABASE_URL": settings.database_url, "CDOP_SECRET_KEY": settings.secret_key,
                  "CDOP_TEAM_EMAIL": settings.team_email, "CDOP_IMAP_HOST": settings.imap.host,
                  "CDOP_IMAP_PORT": str(settings.imap.port), "CDOP_IMAP_USER": settings.imap.user,
                  "CDOP_IMAP_PASSWORD": settings.imap.password, "CDOP_IMAP_SECURITY": settings.imap.security,
                  "CDOP_IMAP_FOLDER": settings.imap.folder,
                  "CDOP_IMAP_PROCESSED_FOLDER": settings.imap.processed_folder}


def count_stored(app) -> int:
    """Read straight from the file, so the test holds no lock the poller would wait on."""
    path = app.extensions["cdop"].settings.database_url.removeprefix("sqlite:///")
    with closing(sqlite3.connect(path, timeout=15)) as conn:
        return conn.execute("SELECT count(*) FROM messages WHERE direction = 'in'").fetchone()[0]


def wait_for_stored(app, at_least: int, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while (count := count_stored(app)) < at_least:
        assert time.monotonic() < deadline, f"only {count} stored after {timeout}s"
        time.sleep(0.02)


def children(pid: int) -> list[int]:
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


def wait_until_gone(pids: list[int], timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while left := [pid for pid in pids if Path(f"/proc/{pid}").exists()]:
        assert time.monotonic() < deadline, f"processes {left} outlived the poller"
        time.sleep(0.1)


def assert_each_stored_once(expected: int) -> None:
    ids = [m.external_id for m in incoming()]
    assert len(ids) == len(set(ids)) == expected


def _lease_expires() -> None:
    """As if the killed poller's lease had run out."""
    db.session.execute(update(Lease).where(Lease.name == LEASE).values(expires_at=utcnow()))
    db.session.commit()


def _retry_time_comes() -> None:
    db.session.execute(update(OutboxEntry).values(next_attempt_at=utcnow()))
    db.session.commit()
