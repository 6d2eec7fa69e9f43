"""Labelled examples: read them, train from them, and score the bot on them."""
from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Bot
from bot.model import HANDOFF, IntentModel
from bot.replies import CRISIS, Replies, load_knowledge
from replies.registry import load_registry

DATA_DIR = Path(__file__).resolve().parent / "data"
TRAIN = DATA_DIR / "train.jsonl"
DEV = DATA_DIR / "dev.jsonl"
FOLDS = 4


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
    by_intent: dict[str, float]  # each intent's share answered right: where the weak spots are

    def as_json(self) -> dict:
        """The scores as `python -m bot evaluate` prints them."""
        return {"content_accuracy": round(self.content_accuracy, 4),
                "handoff_recall": round(self.handoff_recall, 4),
                "content_examples": self.content, "handoff_examples": self.handoff,
                "by_intent": {intent: round(share, 4) for intent, share in self.by_intent.items()}}


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
    return _tally((e.intent, bot.answer(e.text).intent) for e in examples)


def cross_validate(examples: list[Example], folds: int = FOLDS) -> Scores:
    """The whole bot scored on each fold by a model trained on the others: for tuning without dev."""
    order = list(examples)
    random.Random("cdop-folds").shuffle(order)  # fixed, so every run compares like with like
    replies = Replies(load_registry(), load_knowledge())
    pairs = []
    for fold in range(folds):
        rest = [e for i, e in enumerate(order) if i % folds != fold]
        bot = Bot(IntentModel.train([e.text for e in rest], [e.intent for e in rest]), replies)
        pairs += [(e.intent, bot.answer(e.text).intent) for e in order[fold::folds]]
    return _tally(pairs)


def _tally(pairs: Iterable[tuple[str, str]]) -> Scores:
    right: dict[str, list[bool]] = {}
    for wanted, got in pairs:
        # A crisis reply offers a person too, so it counts as handed off.
        right.setdefault(wanted, []).append(got == wanted or (wanted == HANDOFF and got == CRISIS))
    content = [ok for intent, oks in right.items() if intent != HANDOFF for ok in oks]
    handoff = right.get(HANDOFF, [])
    return Scores(sum(content) / max(len(content), 1), sum(handoff) / max(len(handoff), 1),
                  len(content), len(handoff),
                  {intent: sum(oks) / len(oks) for intent, oks in sorted(right.items())})
