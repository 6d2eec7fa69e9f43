"""Two triagers claiming one enquiry at the same moment: one wins, the other is told, on real connections."""
from __future__ import annotations

import threading
import time

import psycopg
import pytest
from sqlalchemy import func, select

from extensions import db
from store.models import AuditEvent, Enquiry
from tests.team_support import fast_hashing, make_enquiry, signed_in, staff  # noqa: F401


def claim_together(clients, enquiry_id: int, version: int) -> tuple[list[threading.Thread], list[str]]:
    """Each client posts its claim from its own thread (own app context, own connection)."""
    start = threading.Barrier(len(clients))
    outcomes: list[str] = [""] * len(clients)

    def claim(n: int) -> None:
        start.wait()
        page = clients[n].post(f"/team/enquiries/{enquiry_id}/claim", data={"version": version},
                               follow_redirects=True)
        outcomes[n] = page.data.decode()

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(len(clients))]
    for thread in threads:
        thread.start()
    return threads, outcomes


def finish(threads) -> None:
    for thread in threads:
        thread.join(timeout=60)
        assert not thread.is_alive(), "a claim never finished"


def assert_one_winner(outcomes: list[str], enquiry_id: int, winners_by_email: dict[str, int]) -> None:
    won = [o for o in outcomes if "You have claimed this enquiry." in o]
    lost = [o for o in outcomes if "claimed this enquiry first." in o]
    assert len(won) == 1 and len(lost) == len(outcomes) - 1
    db.session.expire_all()
    enquiry = db.session.get(Enquiry, enquiry_id)
    first = lost[0].split(" claimed this enquiry first.")[0].rsplit(">", 1)[-1].strip()
    assert enquiry.assignee_id == winners_by_email[first], "the loser is told the real winner"
    claims = db.session.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "claimed"))
    assert claims == 1


def test_two_simultaneous_claims_give_one_winner(app, staff):
    enquiry = make_enquiry()
    clients = [signed_in(app, staff["triager"]), signed_in(app, staff["triager2"])]
    enquiry_id, version, emails = enquiry.id, enquiry.version, {u.email: u.id for u in staff.values()}
    db.session.commit()  # on SQLite even a read of ours would hold the write lock while they race
    threads, outcomes = claim_together(clients, enquiry_id, version)
    finish(threads)
    assert_one_winner(outcomes, enquiry_id, emails)


def waiting_on_locks(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                            "AND wait_event_type = 'Lock'").fetchone()[0]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_on_postgresql_both_claims_wait_on_the_row_and_still_only_one_wins(app, staff, database_url):
    enquiry = make_enquiry()
    clients = [signed_in(app, staff["triager"]), signed_in(app, staff["triager2"])]
    enquiry_id, version, emails = enquiry.id, enquiry.version, {u.email: u.id for u in staff.values()}
    db.session.commit()
    dsn = database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as holder:
        # A third connection holds the row, so both claims are certainly in flight at once.
        holder.execute("SELECT id FROM enquiries WHERE id = %s FOR UPDATE", (enquiry_id,))
        threads, outcomes = claim_together(clients, enquiry_id, version)
        deadline = time.monotonic() + 30
        while waiting_on_locks(dsn) < 2:
            assert time.monotonic() < deadline, "the two claims never reached the row lock"
            time.sleep(0.05)
        holder.rollback()
    finish(threads)
    assert_one_winner(outcomes, enquiry_id, emails)
