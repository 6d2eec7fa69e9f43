"""Backups of the SQLite database: create, change, restore, and the data is back."""
from __future__ import annotations

import sqlite3
import stat

import pytest
from sqlalchemy import func, select

from extensions import db
from privacy.backup import BackupError, sqlite_file
from store.models import AuditEvent, Enquiry, Message
from tests.team_support import make_enquiry


def run(app, *args: str):
    return app.test_cli_runner().invoke(args=list(args))


def texts() -> list[str]:
    return db.session.scalars(select(Message.text).order_by(Message.id)).all()


def test_a_restore_brings_back_exactly_what_was_backed_up(sqlite_app, tmp_path):
    make_enquiry(text="The first question")
    make_enquiry(text="The second question", sender="other@example.org")
    backup = tmp_path / "backup.sqlite3"
    assert run(sqlite_app, "backup", "create", str(backup)).exit_code == 0
    saved = texts()

    make_enquiry(text="Written after the backup", sender="late@example.org")
    db.session.execute(Message.__table__.update().values(text="changed"))
    db.session.commit()
    assert texts() != saved

    result = run(sqlite_app, "backup", "restore", str(backup), "--yes")
    assert result.exit_code == 0, result.output
    assert texts() == saved and db.session.scalar(select(func.count()).select_from(Enquiry)) == 2
    assert db.session.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc())) == "backup_restored"


def test_the_backup_is_checked_and_readable_by_its_owner_only(sqlite_app, tmp_path):
    make_enquiry()
    backup = tmp_path / "backup.sqlite3"
    run(sqlite_app, "backup", "create", str(backup))
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM messages").fetchone() == (1,)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert not (tmp_path / "backup.sqlite3.partial").exists()


def test_it_will_not_overwrite_an_existing_file(sqlite_app, tmp_path):
    backup = tmp_path / "backup.sqlite3"
    backup.write_bytes(b"keep me")
    result = run(sqlite_app, "backup", "create", str(backup))
    assert result.exit_code != 0 and "exists already" in result.output and backup.read_bytes() == b"keep me"


def test_a_damaged_backup_is_refused_and_the_live_database_kept(sqlite_app, tmp_path):
    make_enquiry(text="Still here")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    result = run(sqlite_app, "backup", "restore", str(damaged), "--yes")
    assert result.exit_code != 0 and "restore failed" in result.output
    assert texts() == ["Still here"]


def test_a_restore_asks_first_unless_told_yes(sqlite_app, tmp_path):
    make_enquiry(text="Still here")
    backup = tmp_path / "backup.sqlite3"
    run(sqlite_app, "backup", "create", str(backup))
    result = sqlite_app.test_cli_runner().invoke(args=["backup", "restore", str(backup)], input="n\n")
    assert result.exit_code != 0 and "Replace everything" in result.output


@pytest.mark.parametrize("url", ["postgresql+psycopg://postgres@127.0.0.1/cdop", "sqlite://"])
def test_other_databases_are_pointed_to_pg_dump(url):
    with pytest.raises(BackupError, match="pg_dump"):
        sqlite_file(url)
