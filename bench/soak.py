"""Soak: mixed traffic on loopback while the worker, PostgreSQL and Dovecot are killed or restarted.

Run (as root, for Dovecot and pg_ctlcluster): .venv/bin/python bench/soak.py [--minutes 10]

gunicorn (2 workers) and one `flask worker` on a fresh PostgreSQL database; form posts, signed SMS
webhooks (some MessageSids sent twice, as Twilio retries), chat messages left for the team, and
mail APPENDed to a test Dovecot, some of it auto-replies. SMTP goes to a local aiosmtpd that records
deliveries, Twilio REST to the local Twilio-speaking server. At the end: every message sent is
stored exactly once, every acknowledgement due was delivered exactly once, none to an auto-reply.
"""
from __future__ import annotations

import argparse
import imaplib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import requests
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intake.imap_poll import LEASE_TTL  # noqa: E402
from bench.sms_webhook import database, gunicorn, server_env, webhook_requests  # noqa: E402
from tests.dovecot import Dovecot, raw_email  # noqa: E402
from tests.smtp_server import SmtpServer  # noqa: E402
from tests.twilio_server import TwilioServer  # noqa: E402

AUTO_HEADERS = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
RETRIES = 5
PG_RESTART = ["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart"]


class Traffic:
    """What was sent on each channel, by the id receive() keys it on."""

    def __init__(self) -> None:
        self.sent: dict[str, set[str]] = {"form": set(), "sms": set(), "chat": set(), "email": set()}
        self.auto_senders: set[str] = set()
        self.refused: Counter[str] = Counter()
        self.lock = threading.Lock()

    def record(self, channel: str, key: str | None, status: str = "ok") -> None:
        with self.lock:
            if key is not None:
                self.sent[channel].add(key)
            else:
                self.refused[f"{channel}:{status}"] += 1


def public_page(port: int) -> tuple[dict[str, str], str]:
    """The enquiry page and a Cookie header carrying its session.

    CDOP_PUBLIC_URL is https (as behind the TLS proxy), so the session cookie is Secure and a
    client would not send it back over this loopback http on its own.
    """
    page = requests.get(f"http://127.0.0.1:{port}/enquiry", timeout=30)
    return {"Cookie": f"cdop_session={page.cookies.get('cdop_session', '')}"}, page.text


def hidden(page: str, name: str) -> str:
    return re.search(rf'name="{name}" type="hidden" value="([^"]+)"', page)[1]


def form_post(port: int, n: int, traffic: Traffic) -> None:
    cookie, page = public_page(port)
    token = hidden(page, "submission")
    answer = requests.post(f"http://127.0.0.1:{port}/enquiry", allow_redirects=False, timeout=30, headers=cookie,
                           data={"csrf_token": hidden(page, "csrf_token"), "submission": token, "role": "parent",
                                 "reply_by": "email", "email": f"form{n}@example.org",
                                 "message": f"Could someone ring me about the review? ({n})"})
    traffic.record("form", token if answer.status_code == 303 else None, str(answer.status_code))


def chat_post(port: int, n: int, traffic: Traffic) -> None:
    cookie, page = public_page(port)
    message_id = uuid.uuid4().hex
    answer = requests.post(f"http://127.0.0.1:{port}/chat/api/leave-message", timeout=30,
                           headers=cookie | {"X-CSRFToken": hidden(page, "csrf_token")},
                           json={"session": re.search(r'data-session="([^"]+)"', page)[1], "id": message_id,
                                 "text": f"Please call me back ({n})"})
    traffic.record("chat", message_id if answer.status_code == 200 else None, str(answer.status_code))


def sms_post(port: int, make, traffic: Traffic) -> None:
    """A signed webhook; an error answer is retried as Twilio does, then counted as refused."""
    body, headers, sid = make()
    status = 0
    for _ in range(RETRIES):
        try:
            status = requests.post(f"http://127.0.0.1:{port}/sms/twilio", data=body, headers=headers,
                                   timeout=30).status_code
        except requests.RequestException:
            status = 0
        if status == 200:
            break
        traffic.refused[f"sms:{status} (retried)"] += 1
        time.sleep(2)
    traffic.record("sms", sid if status == 200 else None, str(status))


def mail_append(mailbox: Dovecot, n: int, traffic: Traffic) -> None:
    auto = n % 5 == 0
    sender = f"{'ooo' if auto else 'mail'}{n}@example.org"
    raw = raw_email(n, sender=sender, headers=AUTO_HEADERS if auto else None)
    try:
        mailbox.append([raw])
    except Exception as error:  # noqa: BLE001 - Dovecot may be mid-restart: not sent, counted
        traffic.record("email", None, type(error).__name__)
        return
    if auto:
        traffic.auto_senders.add(sender)
    traffic.record("email", f"{n}.test@example.org")


def send_traffic(port: int, mailbox: Dovecot, deadline: float, traffic: Traffic) -> None:
    """One sender looping over the channels; the form and chat stay under their per-address limits."""
    make = webhook_requests(duplicate_share=0.1, senders=50)
    for n in range(1, 10**9):
        if time.monotonic() > deadline:
            return
        try:
            sms_post(port, make, traffic)
            mail_append(mailbox, n, traffic)
            if n % 15 == 0:
                form_post(port, n, traffic)
            if n % 20 == 0:
                chat_post(port, n, traffic)
        except requests.RequestException as error:  # PostgreSQL mid-restart: refused, not lost
            traffic.refused[type(error).__name__] += 1
        time.sleep(0.2)


class Worker:
    """`flask worker` as a child process that the harness kills with SIGKILL and starts again."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log, self.process = env, log, None

    def start(self) -> None:
        with self.log.open("a") as out:
            self.process = subprocess.Popen([str(ROOT / ".venv/bin/flask"), "--app", "app", "worker"], cwd=ROOT,
                                            env=self.env, stdout=out, stderr=out, start_new_session=True)

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


def chaos(worker: Worker, mailbox: Dovecot, deadline: float, faults: Counter[str]) -> None:
    """At random moments: SIGKILL the worker and start it again, restart PostgreSQL or Dovecot."""
    while time.monotonic() < deadline - 20:
        time.sleep(random.uniform(10, 25))
        fault = random.choice(["worker", "worker", "postgresql", "dovecot"])
        if fault == "worker":
            worker.kill()
            time.sleep(random.uniform(0, 3))
            worker.start()
        elif fault == "postgresql":
            subprocess.run(PG_RESTART, check=True, capture_output=True)
        else:
            mailbox.restart()
        faults[fault] += 1


def mail_waiting(mailbox: Dovecot) -> bool:
    """Whether mail is still in the inbox; a Dovecot that just restarted may drop the first connection."""
    try:
        return bool(mailbox.uids("INBOX"))
    except (OSError, imaplib.IMAP4.error):
        return True


def drained(url: str, mailbox: Dovecot, timeout: float) -> bool:
    """Until the mailbox is empty and nothing is pending in the outbox."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                pending = conn.execute(text("SELECT count(*) FROM outbox WHERE status = 'pending'")).scalar_one()
            if not pending and not mail_waiting(mailbox):
                return True
            time.sleep(2)
        return False
    finally:
        engine.dispose()


def check(url: str, traffic: Traffic, smtp: SmtpServer, twilio: TwilioServer) -> dict:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        stored = Counter((c, e) for c, e in conn.execute(text(
            "SELECT channel, external_id FROM messages WHERE direction = 'in'")))
        acks = conn.execute(text("SELECT channel, recipient, message_id_header, status FROM outbox "
                                 "WHERE kind = 'acknowledgement'")).all()
    engine.dispose()
    stored_ids = {channel: Counter() for channel in traffic.sent}
    for (channel, external), times in stored.items():
        stored_ids[channel][external.split(":")[-1] if channel == "chat" else external.strip("<>")] += times
    delivered = Counter(str(m["Message-ID"]).strip("<>") for m in smtp.messages)
    mail_acks = [a for a in acks if a.channel == "email"]
    report = {channel: {"sent": len(ids), "missing": len(ids - set(stored_ids[channel])),
                        "stored_twice": sum(1 for i in ids if stored_ids[channel][i] > 1)}
              for channel, ids in traffic.sent.items()}
    report["email_acks"] = {
        "queued": len(mail_acks), "by_status": dict(Counter(a.status for a in mail_acks)),
        "delivered_once": sum(delivered[a.message_id_header] == 1 for a in mail_acks),
        "delivered_twice": sum(delivered[a.message_id_header] > 1 for a in mail_acks),
        "not_delivered": sum(delivered[a.message_id_header] == 0 for a in mail_acks),
        "to_auto_repliers": sum(str(m["To"]) in traffic.auto_senders for m in smtp.messages)}
    report["sms_rest_calls"] = len(twilio.requests)
    return report


def failed(report: dict) -> bool:
    channels = [v for k, v in report.items() if k in ("form", "sms", "chat", "email")]
    acks = report["email_acks"]
    return (any(c["missing"] or c["stored_twice"] for c in channels) or acks["delivered_twice"]
            or acks["not_delivered"] or acks["to_auto_repliers"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    random.seed(args.seed)
    seconds = args.minutes * 60
    base = Path(tempfile.mkdtemp(prefix="cdop-soak-"))
    smtp, twilio, mailbox = SmtpServer(), TwilioServer().start(), Dovecot(Path(tempfile.mkdtemp(prefix="cdop-soak-dovecot-")))
    smtp.start()
    mailbox.start()
    traffic, faults = Traffic(), Counter()
    try:
        with database("postgresql", base) as url:
            env = server_env(url) | smtp.env() | mailbox.env() | {
                "CDOP_TWILIO_API_BASE": twilio.url, "CDOP_TWILIO_ACCOUNT_SID": twilio.account_sid,
                "CDOP_TWILIO_AUTH_TOKEN": twilio.auth_token}
            os.environ.update({k: v for k, v in env.items() if k.startswith("CDOP_")})
            with gunicorn(url, 2, base / "gunicorn.log") as (port, _):
                worker = Worker(server_env(url) | env, base / "worker.log")
                worker.start()
                started = time.monotonic()
                deadline = started + seconds
                # Faults from the main thread: Dovecot dies with the thread that started it.
                sender = threading.Thread(target=send_traffic, args=(port, mailbox, deadline, traffic))
                sender.start()
                try:
                    chaos(worker, mailbox, deadline, faults)
                    sender.join()
                    # A worker killed mid-pass holds the mailbox lease until it lapses.
                    ok = drained(url, mailbox, LEASE_TTL.total_seconds() + 120)
                    elapsed = time.monotonic() - started
                finally:
                    worker.kill()
            report = check(url, traffic, smtp, twilio)
    finally:
        smtp.stop()
        twilio.stop()
        mailbox.stop()
        shutil.rmtree(mailbox.base, ignore_errors=True)
    total = sum(len(ids) for ids in traffic.sent.values())
    report |= {"minutes": args.minutes, "faults": dict(faults), "refused": dict(traffic.refused),
               "messages_per_minute": round(total * 60 / seconds, 1), "drained": ok,
               "drain_seconds": round(elapsed - seconds)}
    print(json.dumps(report, indent=1))
    if failed(report) or not ok:
        sys.exit(f"failed; gunicorn and worker logs kept in {base}")
    shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
