"""The text the model sees: one function shared by training and classifying."""
from __future__ import annotations

import re

from triage.footer import without_footer
from triage.types import TriageInput
from triage.word_classes import class_tokens

# Long mail is mostly quoted history and footers; the start says what it is about.
MAX_MODEL_CHARS = 3000
# Past the part the model reads, only a footer line that starts inside it still matters.
FOOTER_REACH = 200
ROLES = {"parent", "professional", "other"}
EMPTY = "(empty message)"
# Whether mail comes from an organisation or a personal account says a little about who writes.
_ORGANISATION = re.compile(r"@(?:[\w-]+\.)*(?:nhs\.(?:net|uk)|gov\.uk|police\.uk|sch\.uk|ac\.uk)$")
_PERSONAL = re.compile(r"@(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|btinternet|sky|aol"
                       r"|virginmedia|talktalk)\.")


def sender_kind(sender: str) -> str:
    address = sender.strip().lower().rstrip(">")  # "Name <a@b>" as well as "a@b"
    if _ORGANISATION.search(address):
        return "sender_org"
    return "sender_personal" if _PERSONAL.search(address) else ""


def model_text(item: TriageInput) -> str:
    """Where it came from, the role chosen, the subject and body without footer, then word classes."""
    role = f"role_{item.role}" if item.role in ROLES else ""
    body = without_footer(item.body[:MAX_MODEL_CHARS + FOOTER_REACH])
    body = f"{item.subject}\n{body}" if item.subject else body
    words = body[:MAX_MODEL_CHARS].lower()
    if not words.strip():
        return EMPTY  # the bag-of-ngrams model cannot take a document with no tokens
    lead = " ".join(t for t in (f"channel_{item.channel}", sender_kind(item.sender), role) if t)
    # Spaces, not a newline, around the class tokens: the tokenizer caches space-separated
    # chunks, and "last-word\nc_kin" would be a new chunk in every message (half its speed).
    return f"{lead} {words} {class_tokens(words)}"
