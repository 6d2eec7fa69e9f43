"""Signed Twilio SMS webhooks against gunicorn on loopback, on SQLite and PostgreSQL, beside /healthz.

Run: .venv/bin/python bench/sms_webhook.py [--seconds 60] [--databases sqlite,postgresql]

For each database: a fresh database, migrated; gunicorn with 2 workers; /healthz under load, then
POST /sms/twilio with valid signatures (a few senders texting several times, some MessageSids
repeated the way Twilio retries); then a check that every MessageSid answered 200 is stored exactly
once and that each enquiry got at most one acknowledgement, none left for the worker.
"""
from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import psycopg
from sqlalchemy import create_engine, text
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parents[1]
PUBLIC_URL = "https://cdop.bench.invalid"
ACCOUNT_SID, AUTH_TOKEN, TEAM_NUMBER = "AC" + "b" * 32, "bench-auth-token", "+441772000000"
PG_ADMIN = os.environ.get("CDOP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
TEXTS = (
    "Hello, could you send me the leaflet about the review?",
    "Hi its about my son, the hospital said someone from your team would call",
    "When is the panel meeting? I was asked to send the report before then",
    "Thank you for your call yesterday",
    "Can I change the phone number you have for me",
    "Ok",
)

Request = tuple[str, dict[str, str], str]  # body, headers, MessageSid


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    ok_sids: set[str] = field(default_factory=set)

    def summary(self, seconds: float, server_cpu: float) -> dict[str, float]:
        ordered = sorted(self.latencies)
        pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0  # noqa: E731
        return {"requests": len(ordered), "req_per_s": round(len(ordered) / seconds, 1),
                "p50_ms": round(pick(0.50), 1), "p99_ms": round(pick(0.99), 1), "errors": self.errors,
                "worker_cpu_ms_per_request": round(server_cpu * 1000 / max(len(ordered), 1), 2)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def database(kind: str, workdir: Path) -> Iterator[str]:
    """A fresh, migrated database; PostgreSQL ones are dropped afterwards."""
    if kind == "sqlite":
        url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    else:
        name = f"cdop_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    try:
        subprocess.run([str(ROOT / ".venv/bin/flask"), "--app", "app", "db", "upgrade"], cwd=ROOT,
                       env=server_env(url), check=True, capture_output=True)
        yield url
    finally:
        if kind != "sqlite":
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_env(database_url: str) -> dict[str, str]:
    return {**os.environ, "CDOP_DATABASE_URL": database_url, "CDOP_SECRET_KEY": "bench",
            "CDOP_PUBLIC_URL": PUBLIC_URL, "CDOP_TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "CDOP_TWILIO_AUTH_TOKEN": AUTH_TOKEN, "CDOP_TWILIO_FROM": TEAM_NUMBER}


@contextmanager
def gunicorn(database_url: str, workers: int, log: Path) -> Iterator[tuple[int, int]]:
    """gunicorn serving the app on a free loopback port until the block ends: (port, master pid)."""
    port = free_port()
    command = [str(ROOT / ".venv/bin/gunicorn"), "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
               "--log-level", "warning", "app:create_app()"]
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=server_env(database_url), stdout=out, stderr=out,
                                   start_new_session=True)
    try:
        wait_ready(port, process)
        yield port, process.pid
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)


def wait_ready(port: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode}")
        try:
            if call(port, "GET", "/healthz", None, {})[0] in (200, 503):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer in time")


def workers_cpu(master: int) -> float:
    """CPU seconds the gunicorn workers have used (Linux /proc; PostgreSQL's own processes not included)."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    total = 0
    for pid in children:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def measured(master: int, fn: Callable[[], Result]) -> tuple[Result, float]:
    """A load phase and the workers' CPU seconds during it."""
    before = workers_cpu(master)
    result = fn()
    return result, workers_cpu(master) - before


def call(port: int, method: str, path: str, body: str | None, headers: dict[str, str]) -> tuple[int, bytes]:
    # gunicorn's sync workers close the connection after each answer, as they would behind a proxy.
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def webhook_requests(duplicate_share: float, senders: int) -> Callable[[], Request]:
    """A thread-safe maker of signed webhook posts; some repeat an earlier MessageSid."""
    validator, lock, numbers = RequestValidator(AUTH_TOKEN), threading.Lock(), itertools.count(1)
    sent: list[dict[str, str]] = []

    def make() -> Request:
        with lock:
            form = random.choice(sent) if sent and random.random() < duplicate_share else None
            if form is None:
                n = next(numbers)
                form = {"MessageSid": f"SM{uuid.uuid4().hex}", "AccountSid": ACCOUNT_SID,
                        "From": f"+4477009{n % senders:05d}", "To": TEAM_NUMBER, "Body": TEXTS[n % len(TEXTS)],
                        "NumMedia": "0", "NumSegments": "1", "SmsStatus": "received", "ApiVersion": "2010-04-01"}
                sent.append(form)
        signature = validator.compute_signature(PUBLIC_URL + "/sms/twilio", form)
        headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
        return urlencode(form), headers, form["MessageSid"]

    return make


def hammer(port: int, path: str, make: Callable[[], Request] | None, seconds: float, concurrency: int) -> Result:
    """`concurrency` clients posting (or getting /healthz) back to back for `seconds`."""
    result, lock = Result(), threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        while time.monotonic() < deadline:
            body, headers, sid = make() if make else (None, {}, "")
            started = time.perf_counter()
            try:
                status, _ = call(port, "POST" if make else "GET", path, body, headers)
            except OSError:
                status = 0
            elapsed = time.perf_counter() - started
            with lock:
                result.latencies.append(elapsed)
                if status != 200:
                    result.errors += 1
                elif sid:
                    result.ok_sids.add(sid)

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return result


def check_stored(database_url: str, sids: set[str]) -> dict[str, int]:
    """Every MessageSid answered 200 stored once; at most one acknowledgement per enquiry, none pending."""
    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        stored = [row[0] for row in conn.execute(text(
            "SELECT external_id FROM messages WHERE channel = 'sms' AND direction = 'in'"))]
        acks = conn.execute(text("SELECT count(*), count(DISTINCT enquiry_id) FROM outbox "
                                 "WHERE kind = 'acknowledgement'")).one()
        pending = conn.execute(text("SELECT count(*) FROM outbox WHERE status = 'pending'")).scalar_one()
        enquiries = conn.execute(text("SELECT count(*) FROM enquiries")).scalar_one()
    engine.dispose()
    return {"answered_200": len(sids), "stored": len(stored), "stored_twice": len(stored) - len(set(stored)),
            "missing": len(sids - set(stored)), "enquiries": enquiries, "acknowledgements": acks[0],
            "enquiries_acknowledged_twice": acks[0] - acks[1], "acknowledgements_left_pending": pending}


def run(kind: str, args: argparse.Namespace) -> list[dict]:
    # Other work on the machine shares the cores: the load average says how much.
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, database(kind, Path(tmp)) as url:
        with gunicorn(url, args.workers, Path(tmp) / "gunicorn.log") as (port, master):
            make = webhook_requests(args.duplicates, args.senders)
            hammer(port, "/sms/twilio", make, 3, args.concurrency)  # load the triage model in both workers
            health, health_cpu = measured(master, lambda: hammer(
                port, "/healthz", None, args.health_seconds, args.concurrency))
            webhook, webhook_cpu = measured(master, lambda: hammer(
                port, "/sms/twilio", make, args.seconds, args.concurrency))
        check = check_stored(url, webhook.ok_sids)
    base = {"database": kind, "workers": args.workers, "concurrency": args.concurrency,
            "load_1m": [round(load_before, 1), round(os.getloadavg()[0], 1)]}
    return [base | {"path": "GET /healthz"} | health.summary(args.health_seconds, health_cpu),
            base | {"path": "POST /sms/twilio"} | webhook.summary(args.seconds, webhook_cpu) | {"check": check}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="webhook load per database")
    parser.add_argument("--health-seconds", type=float, default=None, help="/healthz load (default: --seconds)")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=4, help="clients sending back to back")
    parser.add_argument("--senders", type=int, default=200, help="distinct phone numbers")
    parser.add_argument("--duplicates", type=float, default=0.05, help="share of posts repeating a MessageSid")
    args = parser.parse_args()
    args.health_seconds = args.health_seconds or args.seconds
    print(f"# {os.cpu_count()} cores, shared with whatever else runs; load generator on the same machine",
          file=sys.stderr)
    failed = False
    for kind in args.databases.split(","):
        for row in run(kind.strip(), args):
            print(json.dumps(row), flush=True)
            check = row.get("check", {})
            failed |= bool(check.get("missing") or check.get("stored_twice")
                           or check.get("enquiries_acknowledged_twice") or check.get("acknowledgements_left_pending"))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
