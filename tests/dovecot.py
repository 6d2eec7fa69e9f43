"""A real Dovecot for tests: started as root from tests/dovecot/dovecot.conf on a free port."""
from __future__ import annotations

import ctypes
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from string import Template

import pytest
from imapclient import IMAPClient

from tests.conftest import need

DOVECOT = Path(os.environ.get("CDOP_TEST_DOVECOT", "/usr/sbin/dovecot"))
TEMPLATE = Path(__file__).resolve().parent / "dovecot" / "dovecot.conf"
USER, PASSWORD = "team@cdop.test", "mailbox-password"
# Maildir owner: a user every Debian has, so nothing is created on the machine.
MAIL_USER = "nobody"
START_TIMEOUT = 15.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, up: bool, timeout: float = START_TIMEOUT) -> None:
    """Until the port accepts (up) or refuses (not up) connections."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            if up:
                return
        except OSError:
            if not up:
                return
        time.sleep(0.05)
    raise TimeoutError(f"port {port} still {'closed' if up else 'open'} after {timeout}s")


def _die_with_parent() -> None:
    """Run in the child before exec: a test run killed outright takes its Dovecot with it."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def raw_email(n: int, *, sender: str | None = None, subject: str | None = None,
              body: str = "Could you send me a copy of the annual report, please?",
              headers: dict[str, str] | None = None, attachment: bytes | None = None) -> bytes:
    """Message number ``n`` as raw CRLF bytes, with Message-ID <n.test@example.org>."""
    mail = EmailMessage()
    mail["From"] = sender or f"sender{n}@example.org"
    mail["To"] = USER
    mail["Subject"] = subject or f"Question {n}"
    mail["Date"] = "Tue, 03 Feb 2026 10:00:00 +0000"
    mail["Message-ID"] = f"<{n}.test@example.org>"
    for name, value in (headers or {}).items():
        mail[name] = value
    mail.set_content(body)
    if attachment is not None:
        mail.add_attachment(attachment, maintype="application", subtype="pdf", filename="report.pdf")
    return mail.as_bytes(policy=SMTP)


class Dovecot:
    """One Dovecot instance with one user; start, stop and restart keep the mail and the port."""

    def __init__(self, base: Path, port: int | None = None) -> None:
        self.base = base
        self.port = port or free_port()
        self.config = base / "dovecot.conf"
        self.log = base / "dovecot.log"
        self.instance = f"dovecot-cdop-test-{self.port}"  # processes show it in their names
        self.process: subprocess.Popen | None = None
        self._write_config()

    def _write_config(self) -> None:
        mail = pwd.getpwnam(MAIL_USER)
        self.base.chmod(0o755)  # mail processes run as MAIL_USER and must reach the maildir
        (self.base / "mail").mkdir(exist_ok=True)
        os.chown(self.base / "mail", mail.pw_uid, mail.pw_gid)
        (self.base / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        self.config.write_text(Template(TEMPLATE.read_text()).substitute(
            base=self.base, port=self.port, instance=self.instance, mail_uid=mail.pw_uid, mail_gid=mail.pw_gid))

    def start(self) -> None:
        # Start-up errors (a bad setting) go to stderr, before the log file is open.
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen([str(DOVECOT), "-F", "-c", str(self.config)],
                                            stdout=subprocess.DEVNULL, stderr=log, preexec_fn=_die_with_parent)
        try:
            wait_for_port(self.port, up=True)
        except TimeoutError:
            self.stop()
            raise RuntimeError(f"Dovecot did not start: {self.log_text()[-2000:]}") from None

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None
        self._kill_leftovers()
        wait_for_port(self.port, up=False)

    def _kill_leftovers(self) -> None:
        """End this instance's imap processes too, as a service manager's restart would.

        Dovecot's master leaves logged-in imap processes running when it stops, so without this a
        "restart" would not drop the poller's connection.
        """
        prefix = f"{self.instance}/".encode()
        for proc in Path("/proc").iterdir():
            try:
                if proc.name.isdigit() and (proc / "cmdline").read_bytes().startswith(prefix):
                    os.kill(int(proc.name), signal.SIGKILL)
            except (OSError, ProcessLookupError):
                continue  # gone already

    def restart(self) -> None:
        # Connections drop at once, as in a crash: otherwise a fast client finishes its work on the old
        # connection during the second or so the master takes to shut down.
        self._kill_leftovers()
        self.stop()
        self.start()

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def env(self, folder: str = "INBOX", processed: str = "Processed") -> dict[str, str]:
        """CDOP_IMAP_* settings for the app."""
        return {"CDOP_IMAP_HOST": "127.0.0.1", "CDOP_IMAP_PORT": str(self.port), "CDOP_IMAP_USER": USER,
                "CDOP_IMAP_PASSWORD": PASSWORD, "CDOP_IMAP_SECURITY": "none",
                "CDOP_IMAP_FOLDER": folder, "CDOP_IMAP_PROCESSED_FOLDER": processed}

    def client(self) -> IMAPClient:
        """A logged-in client of our own, for putting mail in and looking at it."""
        client = IMAPClient("127.0.0.1", self.port, ssl=False, timeout=30)
        client.login(USER, PASSWORD)
        return client

    def append(self, raws: list[bytes], folder: str = "INBOX") -> None:
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in raws:
                client.append(folder, raw)

    def uids(self, folder: str) -> list[int]:
        """UIDs in a folder (empty when the folder does not exist)."""
        with self.client() as client:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            return sorted(client.search("ALL"))

    def raws(self, folder: str) -> list[bytes]:
        """Every message's bytes as the server gives them (line endings made CRLF), in UID order."""
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            found = client.fetch(client.search("ALL"), ["BODY.PEEK[]"])
            return [found[uid][b"BODY[]"] for uid in sorted(found)]

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            return client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"]


@pytest.fixture
def dovecot():
    """A running Dovecot with an empty mailbox, removed afterwards."""
    need(DOVECOT.exists(), f"Dovecot not installed at {DOVECOT}")
    need(os.geteuid() == 0, "Dovecot is started as root (it drops to dovecot/dovenull itself)")
    base = Path(tempfile.mkdtemp(prefix="cdop-dovecot-"))
    server = Dovecot(base)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(base, ignore_errors=True)
