"""Bounces, RFC 3464 reports or plain text: which message bounced, for whom, and for good?"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from email.message import Message

from intake.email_text import header_value

logger = logging.getLogger(__name__)

REPORT_PARTS = ("message/delivery-status", "message/global-delivery-status")
RETURNED_PARTS = ("message/rfc822", "text/rfc822-headers", "message/global-headers")
FIELD = r"^[ \t]*{name}[ \t]*:[ \t]*"
STATUS = re.compile(FIELD.format(name="status") + r"([245])\.\d{1,3}\.\d{1,3}", re.I | re.M)
ACTION = re.compile(FIELD.format(name="action") + r"(\w+)", re.I | re.M)
RECIPIENT = re.compile(
    FIELD.format(name="(?:final|original)-recipient")
    + r"(?:[\w-]+[ \t]*;)?[ \t]*<?([^\s<>;]+@[^\s<>;]+)>?", re.I | re.M)
MESSAGE_ID = re.compile(FIELD.format(name="message-id") + r"(<[^>\s]+>|\S+@\S+)", re.I | re.M)
# "550 5.1.1 <x@y>: user unknown", or qmail's "(#5.1.1)", in bounces that carry no DSN fields.
SMTP_REPLY = re.compile(r"(?:\b[45]\d\d[ -]+|#)([45])\.\d{1,3}\.\d{1,3}\b")
TRANSIENT_WORDS = re.compile(
    r"\b(?:delayed|will (?:continue to )?retry|still trying|temporar(?:y|ily))\b", re.I)
PERMANENT_WORDS = re.compile(
    r"\b(?:permanent(?:ly)?|could not be delivered|was not delivered to|did not reach the following"
    r"|user unknown|unknown (?:user|recipient)|not recognized|not listed in|does not exist"
    r"|no such (?:user|mailbox|address)|delivery has failed)\b", re.I)


@dataclass(frozen=True)
class Bounce:
    message_id: str | None
    recipient: str | None
    permanent: bool


def report_text(parts: list[Message]) -> str:
    """The text of the message/delivery-status parts, or "" when there are none."""
    return "\n".join(_flatten(part) for part in parts if part.get_content_type() in REPORT_PARTS)


def _flatten(part: Message) -> str:
    """A part's text without its own header block, whatever the parser made of its body."""
    payload = part.get_payload()
    if isinstance(payload, list):  # the parser splits delivery-status fields into sub-messages
        return "\n\n".join("\n".join(f"{k}: {v}" for k, v in sub.items()) for sub in payload)
    raw = part.get_payload(decode=True) or b""
    return raw.decode("utf-8", "replace")


def _returned_message_id(parts: list[Message]) -> str | None:
    """Message-ID of the returned original, from a message/rfc822 or text/rfc822-headers part."""
    for part in parts:
        if part.get_content_type() not in RETURNED_PARTS:
            continue
        payload = part.get_payload()
        if isinstance(payload, list) and payload and header_value(payload[0], "message-id"):
            return header_value(payload[0], "message-id")
        found = MESSAGE_ID.search(_flatten(part))
        if found:
            return found.group(1)
    return None


def _permanent(fields: str, text: str) -> bool:
    """Status 5.x.x, else Action: failed, is permanent; 4.x.x or "delayed" is not; else the words."""
    statuses = {m.group(1) for m in STATUS.finditer(fields)}
    actions = {m.group(1).lower() for m in ACTION.finditer(fields)}
    # The status class is the MTA's own verdict: RFC 3464's delay example says "Action: failed", 4.0.0.
    if statuses:
        return "5" in statuses
    if actions:
        return "failed" in actions
    codes = {m.group(1) for m in SMTP_REPLY.finditer(text)}
    if codes:
        return "5" in codes
    # Unsure means transient: a wrong "permanent" would stop us writing to a family for weeks.
    return bool(PERMANENT_WORDS.search(text)) and not TRANSIENT_WORDS.search(text)


def bounce_details(parts: list[Message], text: str, headers: dict[str, str]) -> Bounce:
    """What a bounce says about the message that bounced; every field may be unknown."""
    # Some MTAs write the DSN fields into a text part instead of a delivery-status part.
    fields = report_text(parts) or text
    recipient = RECIPIENT.search(fields)
    failed = headers.get("x-failed-recipients", "").split(",")[0].strip()
    message_id = _returned_message_id(parts) or _in_text_message_id(text) or _referenced_id(headers)
    bounce = Bounce(
        message_id=message_id.strip().strip("<>") if message_id else None,
        recipient=recipient.group(1) if recipient else (failed or None),
        permanent=_permanent(fields, text),
    )
    logger.debug("bounce of %s: permanent=%s", bounce.message_id, bounce.permanent)
    return bounce


def _in_text_message_id(text: str) -> str | None:
    """A Message-ID line of the original quoted in the bounce text (qmail and friends)."""
    found = MESSAGE_ID.search(text)
    return found.group(1) if found else None


def _referenced_id(headers: dict[str, str]) -> str | None:
    """Some MTAs thread their bounce to the original with In-Reply-To or References."""
    threading = f"{headers.get('in-reply-to', '')} {headers.get('references', '')}"
    ids = re.findall(r"<([^<>\s]+)>", threading)
    return ids[-1] if ids else None


def has_report_part(parts: list[Message]) -> bool:
    """True when any part is an RFC 3464 delivery-status report."""
    return any(part.get_content_type() in REPORT_PARTS for part in parts)
