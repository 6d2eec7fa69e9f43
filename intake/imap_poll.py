"""The team mailbox poller: new mail by UID through ``ingest_emails()``, then moved out of the way.

A pass holds the database lease, so only one poller reads the mailbox. It reads the UIDs above the
last one done (MailboxState) in batches; each batch is stored (or quarantined with its bytes) in one
transaction, committed before its mail is moved to the processed folder, so a crash at any point
leaves the mail in place to be read again, and the Message-ID keeps each message stored once. In a
backlog, a worker process parses the next batch while this one is stored. A changed UIDVALIDITY
makes the old UIDs meaningless: the pass starts again from the first message.
"""
from __future__ import annotations

import datetime as dt
import imaplib
import logging
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from email.utils import make_msgid

from imapclient import IMAPClient
from sqlalchemy import select

from config import ImapSettings, Settings
from extensions import db
from intake.email_ingest import ingest_emails
from intake.email_parse import Parsed, parse_all
from intake.email_out import send_email
from intake.imap_client import (
    NETWORK_ERRORS, connect, ensure_folder, fetch_raw, move, open_folder, sizes, uids_after, wait_for_mail,
)
from intake.lease import acquire, new_holder, release
from intake.parse_pool import parse_pool
from intake.receive import DATABASE_DOWN
from services import services
from store.base import utcnow
from store.models import AuditEvent, MailboxState, OutboxEntry

logger = logging.getLogger(__name__)
LEASE = "imap"
LEASE_TTL = dt.timedelta(minutes=5)
BATCH_MESSAGES = 100
# A run of large attachments is fetched a few at a time rather than 100 at once.
BATCH_BYTES = 64 * 1024 * 1024
# Seconds between reconnects; a restarting server is back within the first few.
RECONNECT_DELAYS = (1.0, 2.0, 4.0, 8.0, 16.0)
POLL_SECONDS = 30
IDLE_MARGIN = 3
STALL_ALERT = "mailbox_stall_alert"


class PassFailed(Exception):
    """The pass stopped early (server unreachable, lease lost); the next pass carries on."""


@dataclass
class PassResult:
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    moved: int = 0
    reconnects: int = 0
    uidvalidity_reset: bool = False
    skipped: str | None = None  # why the pass did nothing

    @property
    def handled(self) -> int:
        return self.stored + self.duplicates + self.quarantined

    def summary(self) -> str:
        if self.skipped:
            return f"nothing done: {self.skipped}"
        return (f"{self.stored} stored, {self.duplicates} already stored, {self.quarantined} quarantined, "
                f"{self.moved} moved, {self.reconnects} reconnects"
                + (", UIDVALIDITY changed: folder read again" if self.uidvalidity_reset else ""))


def poll_mailbox(settings: Settings) -> PassResult:
    """One pass over the mailbox, unless another poller holds the lease."""
    assert settings.imap is not None
    if settings.imap.processed_folder == settings.imap.folder:
        # Moved mail would come back as new mail on every pass.
        raise PassFailed("CDOP_IMAP_PROCESSED_FOLDER must differ from CDOP_IMAP_FOLDER")
    holder = new_holder()
    if not acquire(LEASE, holder, LEASE_TTL):
        return PassResult(skipped="another poller holds the mailbox lease")
    try:
        services().triager()  # a model that cannot load fails here, before any mail is touched
        return _pass(settings.imap, holder)
    finally:
        _release(holder)


def _release(holder: str) -> None:
    try:
        db.session.rollback()  # a batch a failure left uncommitted is dropped, not committed with the release
        release(LEASE, holder)
    except DATABASE_DOWN:
        db.session.rollback()
        logger.warning("could not release the mailbox lease; it lapses within %s", LEASE_TTL)


def _pass(imap: ImapSettings, holder: str) -> PassResult:
    """Drain the folder, reconnecting with backoff when the connection drops."""
    result, failures = PassResult(), 0
    while True:
        handled_before = result.handled
        try:
            with connect(imap) as client:
                _drain(client, imap, holder, result)
            return result
        except NETWORK_ERRORS as error:
            db.session.rollback()
            # A drop after progress is a new failure, not a dead server: start the backoff again.
            failures = 1 if result.handled > handled_before else failures + 1
            if failures > len(RECONNECT_DELAYS):
                raise PassFailed(f"mailbox unreachable ({type(error).__name__}: {error})") from error
            delay = RECONNECT_DELAYS[failures - 1]
            logger.warning("mailbox connection failed (%s); reconnecting in %.0fs", type(error).__name__, delay)
            result.reconnects += 1
            time.sleep(delay)


def _drain(client: IMAPClient, imap: ImapSettings, holder: str, result: PassResult) -> None:
    uidvalidity = open_folder(client, imap.folder)
    ensure_folder(client, imap.processed_folder)
    state = _state(imap.folder, uidvalidity, result)
    source = f"imap:{imap.folder}:{uidvalidity}"
    batches = list(_batches(client, uids_after(client, state.last_uid)))
    with _parser(len(batches)) as parser:
        for fetched in _fetched_ahead(client, batches, parser):
            if not acquire(LEASE, holder, LEASE_TTL):
                raise PassFailed("the mailbox lease expired and another poller took it")
            _ingest_batch(fetched, source, result)
            _move(client, fetched.uids, imap.processed_folder, result)
            state.last_uid = fetched.batch[-1]
            db.session.commit()
    state.last_success_at = utcnow()
    db.session.commit()


def _state(folder: str, uidvalidity: int, result: PassResult) -> MailboxState:
    """The folder's saved position; a new UIDVALIDITY resets it to the start."""
    state = db.session.scalar(select(MailboxState).where(MailboxState.folder == folder))
    if state is None:
        state = MailboxState(folder=folder, uidvalidity=uidvalidity, last_uid=0)
        db.session.add(state)
    elif state.uidvalidity != uidvalidity:
        logger.warning("UIDVALIDITY of %s changed from %s to %s: reading the folder again; "
                       "Message-IDs keep each message stored once", folder, state.uidvalidity, uidvalidity)
        state.uidvalidity, state.last_uid = uidvalidity, 0
        result.uidvalidity_reset = True
    db.session.commit()
    return state


def _batches(client: IMAPClient, uids: list[int]) -> Iterator[list[int]]:
    """Up to BATCH_MESSAGES UIDs and, past the first message, BATCH_BYTES of mail per batch."""
    for start in range(0, len(uids), BATCH_MESSAGES):
        chunk = uids[start:start + BATCH_MESSAGES]
        sized = sizes(client, chunk)
        batch: list[int] = []
        total = 0
        for uid in chunk:
            if batch and total + sized.get(uid, 0) > BATCH_BYTES:
                yield batch
                batch, total = [], 0
            batch.append(uid)
            total += sized.get(uid, 0)
        yield batch


@dataclass(frozen=True)
class _Fetched:
    batch: list[int]
    uids: list[int]  # those still there when fetched
    raws: list[bytes]
    parsed: Future[list[Parsed]] | None  # parsing under way in the worker process, if there is one


def _parser(batches: int) -> AbstractContextManager[ProcessPoolExecutor | None]:
    """A process to parse a backlog in beside the storing; for a single batch, not worth starting."""
    return parse_pool() if batches > 1 else nullcontext()


def _fetched_ahead(client: IMAPClient, batches: list[list[int]],
                   parser: ProcessPoolExecutor | None) -> Iterator[_Fetched]:
    """Each batch fetched, the next one already fetched and being parsed when it is stored.

    The first is parsed here, with the rest of its storing, while the worker process starts.
    """
    ahead = None
    for batch in batches:
        found = fetch_raw(client, batch)
        uids = [uid for uid in batch if uid in found]
        raws = [found[uid] for uid in uids]
        parsed = None
        if parser is not None and ahead is not None:
            parsed = parser.submit(parse_all, raws, services().settings.max_message_bytes)
        if ahead is not None:
            yield ahead
        ahead = _Fetched(batch, uids, raws, parsed)
    if ahead is not None:
        yield ahead


def _ingest_batch(fetched: _Fetched, source: str, result: PassResult) -> None:
    """Store the batch in UID order and commit it."""
    outcomes = ingest_emails([(raw, f"{source}:{uid}") for uid, raw in zip(fetched.uids, fetched.raws)],
                             fetched.parsed.result() if fetched.parsed else None)
    db.session.commit()
    for outcome in outcomes:
        if outcome.received is None:
            result.quarantined += 1
        elif outcome.received.duplicate:
            result.duplicates += 1
        else:
            result.stored += 1


def _move(client: IMAPClient, uids: list[int], folder: str, result: PassResult) -> None:
    try:
        move(client, uids, folder)
    except NETWORK_ERRORS:
        raise
    except imaplib.IMAP4.error as error:
        # They are stored already, and last_uid keeps them from being read again: only tidiness is lost.
        logger.error("could not move %d messages to %s: %s", len(uids), folder, error)
        return
    result.moved += len(uids)


def last_success(folder: str) -> dt.datetime | None:
    return db.session.scalar(select(MailboxState.last_success_at).where(MailboxState.folder == folder))


def is_stale(last: dt.datetime | None, now: dt.datetime, imap: ImapSettings) -> bool:
    """Too long since the last full pass; a mailbox never read in full counts as stale."""
    return last is None or now - last > dt.timedelta(minutes=imap.stale_minutes)


def mailbox_health(imap: ImapSettings) -> dict[str, object]:
    """For /healthz: when the folder was last read in full, and whether that is too long ago."""
    last = last_success(imap.folder)
    return {"folder": imap.folder, "last_success": last.isoformat() if last else None,
            "stale_after_minutes": imap.stale_minutes, "stale": is_stale(last, utcnow(), imap)}


def alert_if_stalled(settings: Settings) -> bool:
    """Email CDOP_TEAM_EMAIL once per stall; True when an alert went out.

    Sent straight over SMTP, not through the outbox: an outbox entry belongs to an enquiry. A failed
    send raises and records nothing, so the next run tries again.
    """
    assert settings.imap is not None
    last = last_success(settings.imap.folder)
    if not is_stale(last, utcnow(), settings.imap) or _alerted_since(last):
        return False
    if not settings.team_email or settings.smtp is None:
        logger.error("the mailbox has stalled and CDOP_TEAM_EMAIL or SMTP is not set: nobody can be told")
        return False
    send_email(_stall_alert(settings, last), settings)
    db.session.add(AuditEvent(actor="worker", action=STALL_ALERT, detail={
        "folder": settings.imap.folder, "last_success": last.isoformat() if last else None}))
    db.session.commit()
    logger.warning("mailbox stalled: alert sent to the team")
    return True


def _alerted_since(last: dt.datetime | None) -> bool:
    query = select(AuditEvent.id).where(AuditEvent.action == STALL_ALERT)
    if last is not None:
        query = query.where(AuditEvent.at > last)
    return db.session.scalar(query.limit(1)) is not None


def _stall_alert(settings: Settings, last: dt.datetime | None) -> OutboxEntry:
    """The alert as an unsaved outbox entry, the shape the SMTP transport sends."""
    assert settings.imap is not None and settings.smtp is not None
    when = f"since {last:%Y-%m-%d %H:%M} UTC" if last else "yet"
    text = (f"The CDOP intake service has not read the team mailbox (folder {settings.imap.folder} on "
            f"{settings.imap.host}) {when}; the limit is {settings.imap.stale_minutes} minutes.\n\n"
            "Mail sent to the team may be waiting unread. Please check /healthz and the worker's log.\n\n"
            "This alert is sent once per stall. Another follows only after the mailbox has been read "
            "again and then stalls anew.\n")
    domain = settings.smtp.mail_from.rsplit("@", 1)[-1]
    return OutboxEntry(kind="alert", automatic=True, channel="email", recipient=settings.team_email,
                       subject=f"CDOP intake: team mailbox not read {when}", body_text=text,
                       message_id_header=make_msgid(domain=domain).strip("<>"), references=[])


def poll_and_watch() -> None:
    """The worker's "imap" job: a pass, then IDLE until the next run, with a pass whenever mail arrives.

    Without IDLE on the server the job ends after its pass and the next run polls again. The stall
    check runs whatever became of the passes.
    """
    settings = services().settings
    if settings.imap is None:
        return
    # Ends a little before the next run is due, so the scheduler never finds this job still running.
    deadline = time.monotonic() + POLL_SECONDS - IDLE_MARGIN
    try:
        while _logged_pass(settings) and wait_for_mail(settings.imap, deadline):
            pass
    finally:
        alert_if_stalled(settings)


def _logged_pass(settings: Settings) -> bool:
    """One pass, logged; True when it read the whole folder."""
    try:
        result = poll_mailbox(settings)
    except (PassFailed, imaplib.IMAP4.error) as error:
        # Our log says why; the stall alert tells the team once it has gone on too long.
        logger.warning("mailbox pass failed: %s", error)
        return False
    logger.info("mailbox pass: %s", result.summary())
    return result.skipped is None
