"""Labelled examples: read them, train from them, and score the bot on them."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Bot
from bot.model import HANDOFF, IntentModel
from bot.replies import CRISIS

DATA_DIR = Path(__file__).resolve().parent / "data"
TRAIN = DATA_DIR / "train.jsonl"
DEV = DATA_DIR / "dev.jsonl"


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    text: str
    intent: str


@dataclass(frozen=True)
class Scores:
    """Content accuracy: right answer to a content question; handoff recall: a person got it."""

    content_accuracy: float
    handoff_recall: float
    content: int
    handoff: int

    def as_json(self) -> dict:
        """The scores as `python -m bot evaluate` prints them."""
        return {"content_accuracy": round(self.content_accuracy, 4),
                "handoff_recall": round(self.handoff_recall, 4),
                "content_examples": self.content, "handoff_examples": self.handoff}


def read_examples(path: Path | str) -> list[Example]:
    """JSON lines of {"text", "intent"}."""
    with open(path, encoding="utf-8") as lines:
        return [Example(row["text"], row["intent"]) for row in map(json.loads, lines) if row]


def train(path: Path | str = TRAIN) -> IntentModel:
    """A model trained on one labelled file."""
    examples = read_examples(path)
    return IntentModel.train([e.text for e in examples], [e.intent for e in examples])


def score(bot: Bot, examples: list[Example]) -> Scores:
    """How the whole bot (rules, model and thresholds) does on labelled examples."""
    content = [e for e in examples if e.intent != HANDOFF]
    handoff = [e for e in examples if e.intent == HANDOFF]
    right = sum(bot.answer(e.text).intent == e.intent for e in content)
    # A crisis reply offers a person too, so it counts as handed off.
    passed = sum(bot.answer(e.text).intent in (HANDOFF, CRISIS) for e in handoff)
    return Scores(right / max(len(content), 1), passed / max(len(handoff), 1),
                  len(content), len(handoff))
