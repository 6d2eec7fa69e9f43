"""SQLite backups through the online backup API, each checked for integrity; PostgreSQL uses pg_dump (README)."""
from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import URL, make_url

logger = logging.getLogger(__name__)


class BackupError(RuntimeError):
    """The backup or restore could not be done; nothing was changed."""


def sqlite_file(url: str | URL) -> Path:
    """The database file behind a SQLite URL; any other database is refused."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        raise BackupError("backup create and restore work on a SQLite file; for PostgreSQL use pg_dump and "
                          "pg_restore as the README shows")
    return Path(parsed.database)


def create_backup(url: str | URL, target: Path) -> None:
    """Copy the live database into ``target`` (a new file, owner-only), consistent even while in use."""
    if target.exists():
        raise BackupError(f"{target} exists already")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    partial.touch(mode=0o600)  # it holds personal data (ciphertext only if encryption is on)
    try:
        with closing(sqlite3.connect(sqlite_file(url))) as source, closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            check(copy, partial)
    except (sqlite3.Error, BackupError) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"backup failed: {error}") from None
    partial.replace(target)
    logger.info("backup written to %s", target)


def restore_backup(url: str | URL, backup: Path) -> None:
    """Replace the live database's content with ``backup``, checking both before and after."""
    live = sqlite_file(url)
    if not backup.is_file():
        raise BackupError(f"{backup} is not a file")
    try:
        with closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as source:
            check(source, backup)  # a damaged backup is refused before the live database is touched
            with closing(sqlite3.connect(live)) as target:
                source.backup(target)
                check(target, live)
    except sqlite3.Error as error:
        raise BackupError(f"restore failed: {error}") from None
    logger.info("database restored from %s", backup)


def check(connection: sqlite3.Connection, path: Path) -> None:
    result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise BackupError(f"{path} failed its integrity check: {'; '.join(result[:3])}")
