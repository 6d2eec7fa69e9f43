"""The team queue page over 100,000 enquiries in PostgreSQL: p95 render time beside /healthz.

Run: .venv/bin/python bench/queue_page.py [--enquiries 100000] [--requests 100] [--active-share 0.05]

A fresh PostgreSQL database (on CDOP_TEST_PG's server), migrated; enquiries and one inbound
message each written with COPY; then, signed in as a triager through the Flask test client (the
whole request inside the app: routing, session, queries, template; no network), each page is
fetched --requests times after a warm-up: /healthz, the queue's first page, a page 20,000 rows deep
reached by its keyset cursor, the same two with filters, a text search and an enquiry page.
Prints p50, p95 and max wall-clock time per page, and the median CPU time this process spent on it
(which says more than latency on a shared machine; the database server's own CPU is not in it), as a
table and as one JSON line. --active-share sets how much of the table is not closed. The database
is dropped after.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402

from app import create_app  # noqa: E402
from commands.users import create_user  # noqa: E402
from extensions import db  # noqa: E402
from team.queue_query import Cursor  # noqa: E402

PG_ADMIN = os.environ.get("CDOP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
PASSWORD = "bench password long enough"
TARGET_P95_MS = 150
DEEP_ROW = 20_000
CATEGORIES = [("notification", 2, 0.2), ("family_support", 3, 0.3), ("general", 4, 0.5)]
CHANNELS = [("email", 0.6), ("form", 0.2), ("sms", 0.15), ("chat", 0.05)]
SUBJECTS = ["Notification of a death", "Question about the review", "Form B for child 943 476 5919",
            "Annual report request", "Teams link for Thursday", "My son", "Freedom of information request",
            "Re: your message", "Out of office", "Training dates"]
WORDS = ("the review of my daughter panel meeting report hospital notified we would like to know what "
         "happens next please call me on 07700 900123 thank you for your help key worker").split()


def pick(rng: random.Random, weighted: list[tuple]) -> tuple:
    return rng.choices(weighted, weights=[w[-1] for w in weighted])[0]


@contextmanager
def database() -> Iterator[str]:
    name = f"cdop_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def statuses(active_share: float) -> list[tuple[str, float]]:
    return [("closed", 1 - active_share), ("new", active_share * 0.375), ("open", active_share * 0.375),
            ("waiting", active_share * 0.25)]


def enquiry_rows(count: int, active_share: float, staff: list[int], rng: random.Random) -> Iterator[tuple]:
    now = dt.datetime.now(dt.timezone.utc)
    weights = statuses(active_share)
    for n in range(1, count + 1):
        category, priority, _ = pick(rng, CATEGORIES)
        crisis = rng.random() < 0.02
        flags = (["crisis"] if crisis else []) + (["needs_review"] if rng.random() < 0.1 else [])
        created = now - dt.timedelta(minutes=rng.randint(0, 60 * 24 * 365))
        status = pick(rng, weights)[0]
        yield (n, f"CDOP-{created.year}-{n:06d}", pick(rng, CHANNELS)[0], rng.choice(SUBJECTS), category,
               json.dumps(flags), round(rng.random(), 3), json.dumps(["model"]), "bench", 1 if crisis else priority,
               status, rng.choice(staff) if status != "new" and rng.random() < 0.7 else None,
               created + dt.timedelta(hours=rng.choice((1, 8, 16, 40))), True, None,
               created + dt.timedelta(days=3) if status == "closed" else None, created, created, 1)


def message_rows(count: int, rng: random.Random) -> Iterator[tuple]:
    for n in range(1, count + 1):
        text = " ".join(rng.choices(WORDS, k=rng.randint(20, 80)))
        yield (n, n, "in", "email", f"bench-{n}@example.org", f"sender{n % 5000}@example.org", "[]",
               text, "{}", "[]", False, False, dt.datetime.now(dt.timezone.utc), dt.datetime.now(dt.timezone.utc))


def fill(url: str, count: int, active_share: float, staff: list[int]) -> float:
    """COPY the enquiries and their messages in; returns the seconds it took."""
    rng = random.Random(20261125)
    started = time.perf_counter()
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        with cur.copy("COPY enquiries (id, reference, channel, subject, category, flags, confidence, triage_reasons, "
                      "model_version, priority, status, assignee_id, due_at, acknowledged, first_response_at, "
                      "closed_at, created_at, updated_at, version) FROM STDIN") as copy:
            for row in enquiry_rows(count, active_share, staff, rng):
                copy.write_row(row)
        with cur.copy("COPY messages (id, enquiry_id, direction, channel, external_id, sender, recipients, text, "
                      "headers, \"references\", auto_reply, bounce, received_at, created_at) FROM STDIN") as copy:
            for row in message_rows(count, rng):
                copy.write_row(row)
        cur.execute("SELECT setval('enquiries_id_seq', %s), setval('messages_id_seq', %s)", (count, count))
        conn.commit()
        conn.autocommit = True
        cur.execute("ANALYZE")
    return time.perf_counter() - started


def deep_cursor(url: str, filters: str = "") -> tuple[str, int]:
    """The keyset cursor DEEP_ROW rows down the queue, or halfway when it is shorter, and that row number.

    Found once here with OFFSET; the page itself then seeks straight to it by keyset.
    """
    where = f"WHERE status != 'closed' {filters}"
    with psycopg.connect(url) as conn:
        row = min(DEEP_ROW, conn.execute(f"SELECT count(*) FROM enquiries {where}").fetchone()[0] // 2)
        rank, due, id_ = conn.execute(
            "SELECT CASE WHEN priority = 1 THEN 0 ELSE 1 END, COALESCE(due_at, '9999-12-31'), id FROM enquiries "
            f"{where} ORDER BY 1, 2, 3 OFFSET %s LIMIT 1", (row,)).fetchone()
    return Cursor(rank, due, id_).encode(), row


def time_page(client, path: str, requests: int) -> dict[str, float]:
    """Wall-clock p50/p95/max, and the median CPU this process spent (the database server's excluded)."""
    for _ in range(5):
        assert client.get(path).status_code == 200, path
    wall, cpu = [], []
    for _ in range(requests):
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(path)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        assert response.status_code == 200, path
    wall.sort()
    return {"p50_ms": round(statistics.median(wall), 1),
            "p95_ms": round(wall[min(len(wall) - 1, int(0.95 * len(wall)))], 1),
            "max_ms": round(wall[-1], 1), "cpu_p50_ms": round(statistics.median(cpu), 1)}


def pages(url: str) -> dict[str, str]:
    filtered = "category=family_support&channel=email"
    sql_filter = "AND category = 'family_support' AND channel = 'email'"
    deep, deep_row = deep_cursor(url)
    deep_filtered, deep_filtered_row = deep_cursor(url, sql_filter)
    return {
        "/healthz": "/healthz",
        "queue, first page": "/team/",
        f"queue, from row {deep_row:,} by keyset": f"/team/?after={deep}",
        "filtered, first page": f"/team/?{filtered}",
        "filtered, overdue and unassigned": "/team/?overdue=1&assignee=none",
        f"filtered, from row {deep_filtered_row:,} by keyset": f"/team/?{filtered}&after={deep_filtered}",
        "text search (subject and messages)": "/team/?q=key+worker+thank",
        "enquiry page": "/team/enquiries/4242",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enquiries", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--active-share", type=float, default=0.05,
                        help="share of enquiries not closed (default 0.05: a 5,000-enquiry backlog)")
    args = parser.parse_args()
    with database() as url:
        app = create_app({"ENV": {"CDOP_DATABASE_URL": url, "CDOP_SECRET_KEY": "bench"}, "WTF_CSRF_ENABLED": False})
        with app.app_context():
            upgrade()
            staff = [create_user(f"triager{n}@cdop.test", "triager", PASSWORD).id for n in range(5)]
            db.session.remove()
        seconds = fill(url, args.enquiries, args.active_share, staff)
        print(f"loaded {args.enquiries:,} enquiries ({args.active_share:.0%} not closed) and their messages "
              f"in {seconds:.1f} s", file=sys.stderr)
        client = app.test_client()
        client.post("/team/login", data={"email": "triager0@cdop.test", "password": PASSWORD})
        results = {name: time_page(client, path, args.requests) for name, path in pages(url).items()}
        with app.app_context():
            db.engine.dispose()
    print(f"{'page':<40} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'CPU ms':>8}")
    for name, f in results.items():
        print(f"{name:<40} {f['p50_ms']:>8} {f['p95_ms']:>8} {f['max_ms']:>8} {f['cpu_p50_ms']:>8}")
    print(json.dumps({"enquiries": args.enquiries, "active_share": args.active_share, "requests": args.requests,
                      "target_p95_ms": TARGET_P95_MS,
                      "load_average": os.getloadavg()[0], "results": results}))


if __name__ == "__main__":
    main()
