"""Raw RFC 5322 bytes to an ``InboundMessage``: forgiving on every input, never losing what arrived."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from intake.email_bounce import bounce_details, has_report_part
from intake.email_text import (
    decode_bytes, header_value, header_values, html_to_text, new_text, sanitise_html, scrub,
)
from intake.inbound import InboundAttachment, InboundMessage
from triage.rules.auto_reply import RULE_HEADERS, auto_reply_reason, bounce_reason
from triage.types import TriageInput

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
# The limit is on what a message carries; base64 makes the raw mail a third bigger.
RAW_OVERHEAD = 1.4
# Real mail nests a few levels; deeper is a broken generator or an attack on the parser.
MAX_DEPTH = 100
TOO_DEEP_NOTE = f"[parts nested deeper than {MAX_DEPTH} levels are not shown; the raw message keeps them]"
KEPT_HEADERS = RULE_HEADERS | {
    "message-id", "in-reply-to", "references", "subject", "to", "cc", "reply-to", "sender",
    "date", "content-type", "delivered-to",
}
# Fields that show the bytes are a message (or a bare part of one) rather than something else.
EMAIL_FIELDS = KEPT_HEADERS | {
    "received", "mime-version", "content-transfer-encoding", "content-disposition", "bcc",
    "x-mailer", "user-agent", "reporting-mta", "final-recipient", "original-recipient", "newsgroups",
}


Parsed = InboundMessage | str  # the message, or why it cannot be stored


class EmailParseError(ValueError):
    """The bytes are not an email (the sender's fault); the caller quarantines them with ``reason``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class _Body:
    """What the walk over the MIME tree found."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[InboundAttachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parts: list[Message] = field(default_factory=list)  # every part visited, for bounce parsing
    stored_bytes: int = 0


def parse_email(raw: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> InboundMessage:
    """Parse one raw message; raises only ``EmailParseError`` (with the reason) when it is not an email.

    Attachments are kept until their total passes ``max_bytes``; later ones keep their name and type
    with empty content, and a line in ``text`` says so (the raw bytes still hold them).
    """
    data = _clean_start(raw)
    if not data.strip():
        raise EmailParseError("empty message")
    for parse_policy in (policy.default, policy.compat32):
        try:
            return _build(raw, BytesParser(policy=parse_policy).parsebytes(data), max_bytes)
        except EmailParseError:
            raise
        # A parser bug on odd input is our fault, not the sender's: retry with the older, laxer policy.
        except Exception as error:  # noqa: BLE001 - any parser failure must fall through to the next policy
            # The sender's odd input, handled by the fallback: a line, not a traceback.
            logger.info("email parse failed with %s (%s: %s)", parse_policy, type(error).__name__, error)
    # Still an error so the caller quarantines the raw bytes with a reason rather than losing them.
    raise EmailParseError("MIME structure unreadable (broken or nested too deep for the parser)")


def parse_all(raws: Sequence[bytes], max_bytes: int) -> list[Parsed]:
    """Each message, or the reason it cannot be stored; needs no app, so a worker process can run it."""
    return [_parse_or_reason(raw, max_bytes) for raw in raws]


def _parse_or_reason(raw: bytes, max_bytes: int) -> Parsed:
    if len(raw) > max_bytes * RAW_OVERHEAD:
        return f"message is {len(raw)} bytes, over the {int(max_bytes * RAW_OVERHEAD)}-byte limit"
    try:
        return parse_email(raw, max_bytes=max_bytes)
    except EmailParseError as error:
        return error.reason
    except Exception as error:  # noqa: BLE001 - a bug of ours on one message must not hold up the mailbox
        logger.exception("parsing a message failed")
        return f"could not be ingested ({type(error).__name__}); kept for the team"


def _clean_start(raw: bytes) -> bytes:
    """The bytes with what hides the header block removed: BOM, blank lines, an mbox "From " line."""
    data = raw.removeprefix(b"\xef\xbb\xbf")
    if b"\n" not in data[:4096] and b"\r" in data:
        data = data.replace(b"\r", b"\n")  # classic Mac line endings
    data = re.sub(rb"\A(?:[ \t]*\r?\n)+", b"", data)
    if re.match(rb"From [^\s:]", data):
        data = data.partition(b"\n")[2]
    return _repair_header_names(data)


def _repair_header_names(data: bytes) -> bytes:
    """Obsolete "Subject  : x" (space before the colon, RFC 5322 4.5.3) made "Subject: x"."""
    blank = re.search(rb"\r?\n\r?\n", data)
    end = blank.end() if blank else len(data)
    return re.sub(rb"(?m)^([!-9;-~]+)[ \t]+:", rb"\1:", data[:end]) + data[end:]


def _build(raw: bytes, msg: Message, max_bytes: int) -> InboundMessage:
    """The InboundMessage for a parsed message."""
    if not EMAIL_FIELDS & {k.lower() for k in msg.keys()}:
        raise EmailParseError("no email header block")
    headers = {n: v for n in sorted(KEPT_HEADERS) if (v := _header(msg, n))}
    body = _walk(msg, max_bytes)
    text = _text(body)
    name, sender = _first_address(headers.get("from", "") or headers.get("sender", ""))
    if not sender and not text.strip() and not body.attachments:
        raise EmailParseError("no sender and no content")
    subject = headers.get("subject")
    message = InboundMessage(
        channel="email", external_id=_message_id(headers, raw), sender=sender, sender_name=name,
        text=text, recipients=_addresses(headers.get("to", ""), headers.get("cc", "")),
        subject=subject, new_text=new_text(text, subject),
        html=sanitise_html("\n".join(body.html)) if body.html else None, raw=raw,
        sent_at=_date(headers.get("date")), headers=headers, attachments=body.attachments,
    )
    _thread(message, headers)
    _flag(message, body.parts)
    return message


def _header(msg: Message, name: str) -> str:
    """A header for the headers dict: References from every occurrence, anything else the first."""
    if name == "references":
        return " ".join(header_values(msg, name))
    return header_value(msg, name)


def _walk(msg: Message, max_bytes: int) -> _Body:
    """Sort every leaf of the MIME tree into body text or attachment, without recursion."""
    body = _Body()
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        body.parts.append(part)
        children = _children(part)
        if children and depth >= MAX_DEPTH:
            body.notes += [] if TOO_DEEP_NOTE in body.notes else [TOO_DEEP_NOTE]
        elif children:
            stack.extend((child, depth + 1) for child in reversed(children))
        # A multipart without a usable boundary is one lump of text: show it rather than drop it.
        elif _is_body_text(part) or part.get_content_maintype() == "multipart":
            (body.html if part.get_content_type() == "text/html" else body.plain).append(_part_text(part))
        else:
            _attach(body, part, max_bytes)
    return body


def _children(part: Message) -> list[Message]:
    """Sub-parts to descend into: multipart children, and forwarded messages shown inline."""
    payload = part.get_payload()
    inline_message = (part.get_content_type() == "message/rfc822"
                      and part.get_content_disposition() != "attachment")
    if isinstance(payload, list) and (part.get_content_maintype() == "multipart" or inline_message):
        return [p for p in payload if isinstance(p, Message)]
    return []


def _is_body_text(part: Message) -> bool:
    """Plain or HTML text meant to be read in the message, not a file attached to it."""
    return (part.get_content_type() in ("text/plain", "text/html")
            and part.get_content_disposition() != "attachment" and not _filename(part))


def _part_text(part: Message) -> str:
    """A text part decoded with its declared charset, falling back rather than failing."""
    data = part.get_payload(decode=True) or b""
    return scrub(decode_bytes(data, _charset(part)))


def _charset(part: Message) -> str | None:
    """The declared charset, or None when the parameter itself is unreadable."""
    try:
        return part.get_content_charset()
    except (ValueError, LookupError, UnicodeError):
        return None


def _filename(part: Message) -> str | None:
    """The attachment's file name, path and line breaks removed; None when it has none."""
    try:
        name = part.get_filename()
    except (ValueError, LookupError, UnicodeError, IndexError):
        return "attachment"  # it declared a name we cannot read: still a file
    if not name:
        return None
    return scrub(" ".join(str(name).split())).replace("\\", "/").rsplit("/", 1)[-1] or "attachment"


def _attach(body: _Body, part: Message, max_bytes: int) -> None:
    """Keep one attachment, or only its name and type once the size limit is reached."""
    content_type = part.get_content_type()
    content = _part_bytes(part)
    extension = mimetypes.guess_extension(content_type) or ".bin"
    name = _filename(part) or f"part-{len(body.attachments) + 1}{extension}"
    if body.stored_bytes + len(content) > max_bytes:
        body.notes.append(f"[attachment {name!r} ({len(content)} bytes) not stored: over the "
                          f"{max_bytes}-byte limit; the raw message keeps it]")
        content = b""
    body.stored_bytes += len(content)
    body.attachments.append(InboundAttachment(name=name, content_type=content_type, content=content))


def _part_bytes(part: Message) -> bytes:
    """A leaf's decoded content; an embedded message as its own bytes."""
    if not isinstance(part.get_payload(), list):
        return part.get_payload(decode=True) or b""
    inner = part.get_payload()
    try:
        return b"\n".join(m.as_bytes() for m in inner if isinstance(m, Message))
    except (ValueError, LookupError, UnicodeError, TypeError):
        text = "\n".join(m.as_string(policy=policy.compat32) for m in inner if isinstance(m, Message))
        return text.encode("utf-8", "surrogateescape")


def _text(body: _Body) -> str:
    """Plain text preferred; HTML turned to text only when there is no plain text."""
    text = "\n\n".join(t for t in body.plain if t.strip())
    if not text and body.html:
        text = "\n\n".join(html_to_text(h) for h in body.html)
    return "\n\n".join([text, *body.notes]) if body.notes else text


def _first_address(value: str) -> tuple[str | None, str]:
    """(display name or None, address) of the first mailbox in a header; (None, "") when none."""
    pairs = getaddresses([value]) if value else []
    for name, address in pairs:
        if name or address:
            return (name or None), address.strip()
    return None, ""


def _addresses(*values: str) -> list[str]:
    """Every address in the given header values, in order, each once."""
    found = [a.strip() for _, a in getaddresses([v for v in values if v]) if "@" in a]
    return list(dict.fromkeys(found))


def _ids(value: str) -> list[str]:
    """Message ids from an In-Reply-To or References value, angle brackets and folding removed."""
    ids = ["".join(i.split()) for i in re.findall(r"<([^<>]+)>", value)]
    return [i for i in ids if i] or [t for t in value.split() if "@" in t]


def _message_id(headers: dict[str, str], raw: bytes) -> str:
    """The Message-ID without brackets; a hash of the bytes when missing, so a retry still dedupes."""
    ids = _ids(headers.get("message-id", ""))
    return ids[0] if ids else f"sha256:{hashlib.sha256(raw).hexdigest()}"


def _thread(message: InboundMessage, headers: dict[str, str]) -> None:
    """In-Reply-To's first id, and the References chain plus any further In-Reply-To ids."""
    replying_to = _ids(headers.get("in-reply-to", ""))
    message.in_reply_to = replying_to[0] if replying_to else None
    message.references = list(dict.fromkeys(_ids(headers.get("references", "")) + replying_to))


def _date(value: str | None) -> dt.datetime | None:
    """The Date header as an aware datetime (UTC when no zone was given), or None."""
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def _flag(message: InboundMessage, parts: list[Message]) -> None:
    """Auto-reply and bounce flags, with the reason shown to the team."""
    item = TriageInput(
        id=message.external_id, channel="email", sender=message.sender, subject=message.subject or "",
        body=message.triage_text, headers=message.headers,
        content_type=message.headers.get("content-type", ""),
    )
    report = has_report_part(parts)
    message.bounce = report or bool(bounce_reason(item))
    # A delivery-status part inside a mislabelled container is still a bounce the rules cannot see.
    reason = auto_reply_reason(item) or ("delivery_report: delivery-status part" if report else None)
    message.auto_reply, message.auto_reply_reason = bool(reason), reason
    if message.bounce:
        details = bounce_details(parts, message.text, message.headers)
        message.bounced_message_id = details.message_id
        message.bounced_recipient = details.recipient
        message.bounce_permanent = details.permanent
