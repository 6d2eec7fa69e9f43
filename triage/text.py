"""The text the model sees: one function shared by training and classifying."""
from __future__ import annotations

from triage.types import TriageInput

# Long mail is mostly quoted history and footers; the start says what it is about.
MAX_MODEL_CHARS = 3000
ROLES = {"parent", "professional", "other"}
EMPTY = "(empty message)"


def model_text(item: TriageInput) -> str:
    """Lower-cased subject and body, led by the sender's chosen role when there is one."""
    role = f"role_{item.role} " if item.role in ROLES else ""
    body = f"{item.subject}\n{item.body}" if item.subject else item.body
    text = (role + body)[:MAX_MODEL_CHARS].lower()
    # The bag-of-ngrams model cannot take a document with no tokens.
    return text if text.strip() else EMPTY
