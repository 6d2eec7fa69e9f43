"""The database lease: one holder at a time, on SQLite and PostgreSQL, and an expired lease passes on."""
from __future__ import annotations

import datetime as dt
import threading

from extensions import db
from intake.lease import acquire, new_holder, release
from store.models import Lease

TTL = dt.timedelta(minutes=5)


def test_a_free_lease_is_acquired(app):
    assert acquire("imap", "one", TTL)
    assert db.session.get(Lease, "imap").holder == "one"


def test_a_held_lease_is_refused_to_another_holder(app):
    assert acquire("imap", "one", TTL)
    assert not acquire("imap", "two", TTL)
    db.session.expire_all()
    assert db.session.get(Lease, "imap").holder == "one"


def test_the_holder_extends_its_own_lease(app):
    assert acquire("imap", "one", dt.timedelta(seconds=1))
    first = db.session.get(Lease, "imap").expires_at
    assert acquire("imap", "one", TTL)
    db.session.expire_all()
    assert db.session.get(Lease, "imap").expires_at > first


def test_an_expired_lease_passes_to_the_next_holder(app):
    assert acquire("imap", "crashed", dt.timedelta(seconds=-1))
    assert acquire("imap", "next", TTL)
    db.session.expire_all()
    assert db.session.get(Lease, "imap").holder == "next"


def test_release_lets_the_next_holder_in_at_once_but_only_the_holder_can_release(app):
    assert acquire("imap", "one", TTL)
    release("imap", "two")
    assert not acquire("imap", "two", TTL)
    release("imap", "one")
    assert acquire("imap", "two", TTL)


def test_leases_with_different_names_do_not_block_each_other(app):
    assert acquire("imap:INBOX", "one", TTL)
    assert acquire("imap:Other", "two", TTL)


def test_only_one_of_many_racing_holders_gets_the_lease(app):
    holders = [new_holder() for _ in range(8)]
    start = threading.Barrier(len(holders))
    results: dict[str, bool] = {}

    def contend(holder: str) -> None:
        with app.app_context():
            start.wait()
            results[holder] = acquire("imap", holder, TTL)
            db.session.remove()

    threads = [threading.Thread(target=contend, args=(h,)) for h in holders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [h for h, won in results.items() if won]
    assert len(winners) == 1
    db.session.expire_all()
    assert db.session.get(Lease, "imap").holder == winners[0]
