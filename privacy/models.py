"""Privacy's own records: which enquiries were anonymised, when and why."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from store.base import Base, UTCDateTime, utcnow

CAUSES = ("retention", "erasure")


class Anonymisation(Base):
    """An enquiry emptied of personal data; it is due again only if reopened and closed after ``at``."""

    __tablename__ = "anonymisations"
    enquiry_id: Mapped[int] = mapped_column(ForeignKey("enquiries.id"), primary_key=True)
    cause: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
