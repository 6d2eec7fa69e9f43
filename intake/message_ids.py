"""Message-IDs we mint carry an HMAC of the enquiry, so a forged header cannot join an enquiry."""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets

_OURS = re.compile(r"^cdop\.(\d+)\.([0-9a-f]{12})\.([0-9a-f]{20})@")


def _sign(secret: str, enquiry_id: int, nonce: str) -> str:
    return hmac.new(secret.encode(), f"{enquiry_id}.{nonce}".encode(), hashlib.sha256).hexdigest()[:20]


def mint_message_id(secret: str, enquiry_id: int, domain: str) -> str:
    """A new Message-ID (without angle brackets) naming the enquiry, signed."""
    nonce = secrets.token_hex(6)
    return f"cdop.{enquiry_id}.{nonce}.{_sign(secret, enquiry_id, nonce)}@{domain}"


def verified_enquiry_id(secret: str, message_id: str) -> int | None:
    """The enquiry a Message-ID of ours names, when its signature is valid."""
    match = _OURS.match(message_id.strip("<> ").lower())
    if not match:
        return None
    enquiry_id, nonce, signature = int(match[1]), match[2], match[3]
    return enquiry_id if hmac.compare_digest(signature, _sign(secret, enquiry_id, nonce)) else None
