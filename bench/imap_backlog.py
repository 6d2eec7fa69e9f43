"""A mailbox backlog drained end to end: Dovecot → poller → PostgreSQL, beside a raw IMAP FETCH.

Run: .venv/bin/python bench/imap_backlog.py [--messages 5000] [--profile]

Starts a Dovecot of its own (as root, from tests/dovecot/) and a fresh PostgreSQL database, APPENDs
the backlog, then times (1) a raw imapclient FETCH of every message in batches of 100, the floor any
poller stands on, and (2) one poller pass: fetch, parse, triage, store, queue the acknowledgement,
move to the processed folder. It checks every message was stored once and moved. --profile runs the
pass under cProfile and prints where the time went (in the poller's process: past the first batch,
parsing runs in its worker process and is not in the profile); --stages times parsing and triage on
their own.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg
from flask_migrate import upgrade
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import create_app  # noqa: E402
from extensions import db  # noqa: E402
from intake.email_parse import parse_email  # noqa: E402
from intake.imap_poll import BATCH_MESSAGES, poll_mailbox  # noqa: E402
from intake.receive import triage_input  # noqa: E402
from services import services  # noqa: E402
from store.models import Message, OutboxEntry  # noqa: E402
from tests.dovecot import Dovecot, raw_email  # noqa: E402

PG_ADMIN = os.environ.get("CDOP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BODIES = (
    "Please accept this as notification of the death of a 3-month-old boy at the Royal Preston "
    "Hospital last night. Form A will follow from the ward today.",
    "My daughter died in August and I was told someone would be in touch about a review. "
    "I haven't heard anything and I don't know who to ask.",
    "Under the Freedom of Information Act please provide the number of child deaths reviewed "
    "in 2024/25, broken down by local authority.",
    "Could you send the Teams link for Thursday's panel meeting? The one in the invitation has expired.",
    "I am a school nurse; one of our Year 9 pupils died at the weekend. Do I need to tell you, "
    "and is there a form?",
)
# Where the pass spends its time, by function (file:function as cProfile names them).
STAGES = {
    "IMAP fetch": ("imap_client.py", "fetch_raw"),
    "IMAP move": ("imap_client.py", "move"),
    "parse": ("email_parse.py", "parse_email"),
    "triage": ("classifier.py", "classify"),
    "store: rows, threading, acknowledgement": ("receive.py", "store"),
    "commit": ("scoping.py", "commit"),
}


@contextmanager
def postgres_database():
    name = f"cdop_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def dovecot():
    base = Path(tempfile.mkdtemp(prefix="cdop-bench-dovecot-"))
    server = Dovecot(base)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


def backlog(count: int) -> list[bytes]:
    """Distinct senders, so each message earns an acknowledgement (the daily cap is per sender)."""
    return [raw_email(n, body=BODIES[n % len(BODIES)]) for n in range(1, count + 1)]


def append_all(server: Dovecot, raws: list[bytes]) -> float:
    started = time.perf_counter()
    with server.client() as client:
        for start in range(0, len(raws), 500):
            client.multiappend("INBOX", raws[start:start + 500])
    return time.perf_counter() - started


def raw_fetch(server: Dovecot) -> tuple[float, int]:
    """Seconds and bytes for FETCH BODY.PEEK[] of the whole folder, BATCH_MESSAGES at a time."""
    started, total = time.perf_counter(), 0
    with server.client() as client:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        for start in range(0, len(uids), BATCH_MESSAGES):
            found = client.fetch(uids[start:start + BATCH_MESSAGES], ["BODY.PEEK[]"])
            total += sum(len(data[b"BODY[]"]) for data in found.values())
    return time.perf_counter() - started, total


def drain(profile: bool) -> tuple[float, pstats.Stats | None]:
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    result = poll_mailbox(services().settings)
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - started
    print(f"pass: {result.summary()}", file=sys.stderr)
    return elapsed, pstats.Stats(profiler) if profiler else None


def stage_seconds(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative seconds per stage."""
    seconds = dict.fromkeys(STAGES, 0.0)
    for (path, _line, function), (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for stage, (file_name, name) in STAGES.items():
            if path.endswith(file_name) and function == name:
                seconds[stage] += cumulative
    return seconds


def stage_costs(raws: list[bytes], sample: int) -> dict[str, float]:
    """Milliseconds per message for parsing alone, and for triage one at a time against 100 at once."""
    items = [triage_input(parse_email(raw)) for raw in raws[:sample]]
    triager = services().triager()
    timings = {
        "parse_ms": lambda: [parse_email(raw) for raw in raws[:sample]],
        "triage_one_at_a_time_ms": lambda: [triager.classify([item]) for item in items],
        "triage_100_at_a_time_ms": lambda: [triager.classify(items[i:i + 100]) for i in range(0, len(items), 100)],
    }
    costs = {}
    for name, work in timings.items():
        started = time.perf_counter()
        work()
        costs[name] = round(1000 * (time.perf_counter() - started) / len(items), 2)
    return costs


def check(server: Dovecot, count: int) -> dict[str, int]:
    stored = db.session.scalar(select(func.count(func.distinct(Message.external_id))).where(Message.direction == "in"))
    acks = db.session.scalar(select(func.count(OutboxEntry.id)))
    left = len(server.uids("INBOX"))
    assert stored == count and left == 0, f"{stored} stored of {count}, {left} left in INBOX"
    return {"stored_once": stored, "acknowledgements_queued": acks, "left_in_inbox": left}


def run(count: int, profile: bool, stages: int) -> dict[str, object]:
    with postgres_database() as url, dovecot() as server:
        env = {"CDOP_DATABASE_URL": url, "CDOP_SECRET_KEY": "bench", "CDOP_TEAM_EMAIL": "team@cdop.test",
               "CDOP_MAIL_FROM": "cdop@cdop.test", "CDOP_SMTP_HOST": "127.0.0.1", "CDOP_SMTP_SECURITY": "none",
               **server.env()}
        app = create_app({"ENV": env})
        with app.app_context():
            upgrade()
            raws = backlog(count)
            appended = append_all(server, raws)
            fetch_seconds, fetched_bytes = raw_fetch(server)
            load_started = time.perf_counter()
            services().triager()
            model_load = time.perf_counter() - load_started
            drain_seconds, stats = drain(profile)
            report = {
                "load_average_1m_after": round(os.getloadavg()[0], 1), "cores": os.cpu_count(),
                "messages": count, "backlog_mb": round(fetched_bytes / 1e6, 1),
                "append_s": round(appended, 2), "model_load_s": round(model_load, 2),
                "raw_fetch_msgs_per_s": round(count / fetch_seconds), "raw_fetch_s": round(fetch_seconds, 2),
                "drain_msgs_per_s": round(count / drain_seconds, 1), "drain_s": round(drain_seconds, 1),
                "profiled": profile, **check(server, count)}
            if stats:
                report["stage_share_of_drain"] = {stage: f"{100 * s / drain_seconds:.0f}%"
                                                  for stage, s in stage_seconds(stats).items()}
                stats.sort_stats("cumulative").print_stats(30)
            if stages:
                report["stage_costs_per_message"] = stage_costs(raws, stages)
            db.session.remove()
            db.engine.dispose()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--profile", action="store_true", help="run the pass under cProfile (slower)")
    parser.add_argument("--stages", type=int, default=500, metavar="N",
                        help="also time parsing and triage alone on the first N messages (0: skip)")
    args = parser.parse_args()
    print(json.dumps(run(args.messages, args.profile, args.stages), indent=2))


if __name__ == "__main__":
    main()
