"""The IMAP connection: TLS as configured, and the few mailbox commands the poller needs."""
from __future__ import annotations

import imaplib
import logging
import ssl
import time
from collections.abc import Iterable

from imapclient import IMAPClient

from config import ImapSettings

logger = logging.getLogger(__name__)
TIMEOUT = 60
# What a dropped connection or a restarting server raises: retrying on a new connection can help.
# (IMAPClient's abort error is a subclass of imaplib's.)
NETWORK_ERRORS: tuple[type[BaseException], ...] = (OSError, imaplib.IMAP4.abort)


def connect(imap: ImapSettings) -> IMAPClient:
    """A logged-in client; "ssl" and "starttls" verify the server's certificate."""
    context = ssl.create_default_context() if imap.security != "none" else None
    client = IMAPClient(imap.host, imap.port, ssl=imap.security == "ssl", ssl_context=context, timeout=TIMEOUT)
    try:
        if imap.security == "starttls":
            client.starttls(context)
        client.login(imap.user, imap.password)
    except BaseException:
        client.shutdown()
        raise
    return client


def open_folder(client: IMAPClient, folder: str) -> int:
    """Select the folder read-write; returns its UIDVALIDITY."""
    return int(client.select_folder(folder)[b"UIDVALIDITY"])


def ensure_folder(client: IMAPClient, folder: str) -> None:
    if not client.folder_exists(folder):
        client.create_folder(folder)
        logger.info("created mailbox folder %s", folder)


def uids_after(client: IMAPClient, last_uid: int) -> list[int]:
    """UIDs above ``last_uid`` in the selected folder, ascending."""
    # "n:*" also matches the highest UID when it is below n, hence the filter.
    return sorted(uid for uid in client.search(["UID", f"{last_uid + 1}:*"]) if uid > last_uid)


def sizes(client: IMAPClient, uids: list[int]) -> dict[int, int]:
    found = client.fetch(uids, ["RFC822.SIZE"])
    return {uid: int(data[b"RFC822.SIZE"]) for uid, data in found.items()}


def fetch_raw(client: IMAPClient, uids: list[int]) -> dict[int, bytes]:
    """The raw bytes by UID; PEEK leaves the \\Seen flag as a person left it."""
    found = client.fetch(uids, ["BODY.PEEK[]"])
    return {uid: bytes(data[b"BODY[]"]) for uid, data in found.items() if b"BODY[]" in data}


def move(client: IMAPClient, uids: Iterable[int], folder: str) -> None:
    """MOVE where the server has it, else COPY, flag \\Deleted and expunge those UIDs."""
    uids = list(uids)
    if not uids:
        return
    if client.has_capability("MOVE"):
        client.move(uids, folder)
        return
    client.copy(uids, folder)
    client.add_flags(uids, [b"\\Deleted"])
    # UID EXPUNGE (UIDPLUS) leaves alone any message a person marked \Deleted; plain EXPUNGE cannot.
    client.expunge(uids if client.has_capability("UIDPLUS") else None)


def wait_for_mail(imap: ImapSettings, deadline: float) -> bool:
    """IDLE on the folder until ``deadline`` (time.monotonic()); True as soon as new mail arrives.

    False at the deadline, when the server has no IDLE, or when the connection fails: the caller's
    next pass, which reconnects with backoff, is the place to deal with a failing server.
    """
    try:
        with connect(imap) as client:
            if not client.has_capability("IDLE"):
                return False
            client.select_folder(imap.folder, readonly=True)
            client.idle()
            try:
                while (left := deadline - time.monotonic()) > 0:
                    # Other news (our own moves expunging) may wake us first: only EXISTS means new mail.
                    if any(len(reply) > 1 and reply[1] == b"EXISTS" for reply in client.idle_check(timeout=left)):
                        return True
            finally:
                client.idle_done()
    except NETWORK_ERRORS as error:
        logger.info("IDLE ended early (%s); the next pass reconnects", type(error).__name__)
    return False
