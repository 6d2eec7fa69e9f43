"""INSERT ... ON CONFLICT for the database in use: PostgreSQL and SQLite spell it alike."""
from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite

from extensions import db

_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def insert(model: type) -> postgresql.Insert | sqlite.Insert:
    """An INSERT into ``model``'s table that offers ``on_conflict_do_nothing`` and ``on_conflict_do_update``."""
    return _INSERTS[db.engine.dialect.name](model)
