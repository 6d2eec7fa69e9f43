"""Triage input and output: plain data, no Flask, no database."""
from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = ("notification", "family_support", "general")
# The safer category wins when a message fits two (TRIAGE_LABELS.md).
SAFETY_ORDER = {"notification": 0, "family_support": 1, "general": 2}
FLAGS = ("crisis", "auto_reply", "needs_review")
MODEL_FLAGS = ("crisis", "auto_reply")  # flags the model also scores from the text
# A yes/no "is this a notification?" scored beside the flags: a second net under the exclusive
# category model, which spreads its belief over three classes and is less sure at the edges.
NOTIFICATION_CHECK = "is_notification"
FLAG_MODEL_LABELS = (*MODEL_FLAGS, NOTIFICATION_CHECK)
# Between family support and general, the safer one wins when within this score of the winner.
SAFETY_MARGIN = 0.35


def not_notification(scores: dict[str, float]) -> str:
    """The category of a message that is not a notification: family support when close, else general."""
    pair = ("general", "family_support")
    best = max(pair, key=scores.__getitem__)  # a tie with nothing to go on: general
    close = [c for c in pair if scores[c] >= max(SAFETY_MARGIN, scores[best] - SAFETY_MARGIN)]
    return min(close or [best], key=SAFETY_ORDER.__getitem__)


@dataclass
class TriageInput:
    id: str = ""
    channel: str = "email"
    sender: str = ""
    subject: str = ""
    body: str = ""
    role: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = ""


@dataclass
class Decision:
    category: str
    confidence: float
    flags: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    model_version: str = ""

    def as_json(self, id_: str) -> dict:
        return {"id": id_, "category": self.category,
                "confidence": round(self.confidence, 4), "flags": self.flags}
