"""Rewrite every encrypted column with the first key: encrypts old plaintext rows and retires old keys."""
from __future__ import annotations

import logging

from sqlalchemy import Column, Table, select, update

from extensions import db
from privacy.crypto import EncryptedBytes, EncryptedText

logger = logging.getLogger(__name__)
BATCH = 200


def encrypted_columns() -> dict[Table, list[Column]]:
    """Each table with columns of an encrypted type, and those columns."""
    found = {table: [c for c in table.columns if isinstance(c.type, (EncryptedText, EncryptedBytes))]
             for table in db.metadata.sorted_tables}
    return {table: columns for table, columns in found.items() if columns}


def rewrite_all() -> dict[str, int]:
    """Read each value with any key and write it back with the first; rows rewritten per table."""
    counts = {}
    for table, columns in encrypted_columns().items():
        ids = db.session.scalars(select(table.c.id).order_by(table.c.id)).all()
        for start in range(0, len(ids), BATCH):
            chunk = ids[start:start + BATCH]
            rows = db.session.execute(select(table.c.id, *columns).where(table.c.id.in_(chunk))).all()
            for row in rows:
                db.session.execute(update(table).where(table.c.id == row.id)
                                   .values({c.name: row._mapping[c.name] for c in columns}))
            db.session.commit()
        counts[table.name] = len(ids)
        logger.info("rewrote %d rows of %s", len(ids), table.name)
    return counts
