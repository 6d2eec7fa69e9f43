"""Text search over message bodies that works whether or not they are encrypted at rest."""
from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.sql.elements import ColumnElement

from extensions import db
from privacy.crypto import encryption_enabled
from store.models import Enquiry, Message


def like_pattern(q: str) -> str:
    """A LIKE pattern finding ``q`` anywhere, its wildcards escaped with a backslash."""
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def enquiries_with_text(q: str) -> ColumnElement[bool]:
    """Enquiries holding a message whose text contains ``q``, ignoring case."""
    if not encryption_enabled():
        return exists(select(Message.id).where(Message.enquiry_id == Enquiry.id,
                                               Message.text.ilike(like_pattern(q), escape="\\")))
    # The database sees only tokens, so the text is searched here; retention keeps the set small.
    needle = q.casefold()
    rows = db.session.execute(select(Message.enquiry_id, Message.text).execution_options(yield_per=500))
    return Enquiry.id.in_({enquiry_id for enquiry_id, text in rows if needle in (text or "").casefold()})
