"""A new row's id taken before the row is written, so it can be written whole, with the rows it goes with."""
from __future__ import annotations

import functools

from sqlalchemy import Select, func, select

from extensions import db
from store.base import Base


def next_id(model: type[Base]) -> int:
    """The id for one new row of ``model``, which the caller then writes with that id."""
    if db.engine.dialect.name == "postgresql":
        # From the table's own sequence, as an INSERT would take it; nothing pending needs writing first.
        with db.session.no_autoflush:
            return db.session.scalar(_nextval(model.__tablename__))
    # SQLite gives a new row max(id) + 1. The query first writes the rows pending before it, and a
    # transaction here holds the write lock from its first statement (store.engine), so the id stays free.
    return (db.session.scalar(select(func.max(model.id))) or 0) + 1


@functools.cache
def _nextval(table: str) -> Select:
    """The statement, built once: the sequence's name is looked up the first time only."""
    sequence = db.session.scalar(select(func.pg_get_serial_sequence(table, "id")))
    return select(func.nextval(sequence))
