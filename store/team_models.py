"""The team app's own records: internal notes, canned replies with their history, merges."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from privacy.crypto import EncryptedText
from store.base import Base, UTCDateTime, utcnow

REPLY_CHANNELS = ("any", "email", "sms")


class Note(Base):
    """An internal note on an enquiry: seen by the team, never sent."""

    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    enquiry_id: Mapped[int] = mapped_column(ForeignKey("enquiries.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    author: Mapped[str] = mapped_column(String(320))  # kept readable if the account goes
    text: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CannedReply(Base):
    """A reply template the team picks from; every edit adds a CannedReplyVersion."""

    __tablename__ = "canned_replies"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    channel: Mapped[str] = mapped_column(String(10), default="any")  # any | email | sms
    subject: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    versions: Mapped[list[CannedReplyVersion]] = relationship(
        back_populates="canned_reply", order_by="CannedReplyVersion.version.desc()")


class CannedReplyVersion(Base):
    __tablename__ = "canned_reply_versions"
    __table_args__ = (UniqueConstraint("canned_reply_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    canned_reply_id: Mapped[int] = mapped_column(ForeignKey("canned_replies.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    channel: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    author: Mapped[str] = mapped_column(String(320))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    canned_reply: Mapped[CannedReply] = relationship(back_populates="versions")


class Merge(Base):
    """One enquiry folded into another: what moved, who did it, when."""

    __tablename__ = "merges"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("enquiries.id"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("enquiries.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    moved: Mapped[dict[str, list[int]]] = mapped_column(JSON, default=dict)  # table -> row ids
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
