"""The one shape every channel hands to ``receive()``."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class InboundAttachment:
    name: str
    content_type: str
    content: bytes


@dataclass
class InboundMessage:
    """What arrived, parsed by a channel adapter; transport details stay in the adapter."""

    channel: str  # email | sms | form | chat
    external_id: str  # Message-ID, MessageSid, form token, chat message id
    sender: str  # email address or E.164 number ("" when the form asked for no reply)
    text: str  # full text, quoted history included
    sender_name: str | None = None
    recipients: list[str] = field(default_factory=list)
    subject: str | None = None
    new_text: str | None = None  # text without quoted history and signature, for triage
    html: str | None = None  # already sanitised
    raw: bytes | None = None
    received_at: dt.datetime | None = None  # when we got it; None means now
    sent_at: dt.datetime | None = None  # when the sender says they sent it (an email's Date)
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    auto_reply: bool = False
    auto_reply_reason: str | None = None
    bounce: bool = False
    bounced_message_id: str | None = None  # our Message-ID that bounced, if recoverable
    bounced_recipient: str | None = None
    bounce_permanent: bool = False
    attachments: list[InboundAttachment] = field(default_factory=list)
    role: str | None = None  # parent | professional | other, when the sender said
    thread_key: str | None = None  # chat session id
    reply_by: str | None = None  # email | sms | phone | none (form)
    phone: str | None = None  # a phone number given alongside an email address

    @property
    def triage_text(self) -> str:
        return self.new_text if self.new_text else self.text
