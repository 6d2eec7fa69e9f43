"""The triager: model scores plus safety rules, one decision per message."""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Protocol

from triage.decide import decide
from triage.reading import read_item
from triage.rules import Rule, run
from triage.text import MAX_MODEL_CHARS, ModelText, model_text
from triage.thresholds import THRESHOLDS_FILE, Thresholds
from triage.types import CATEGORIES, FLAG_MODEL_LABELS, Decision, TriageInput


# Nothing to read (empty, emoji, binary junk): a person decides, from the neutral queue.
NO_WORDS = dict.fromkeys((*CATEGORIES, *FLAG_MODEL_LABELS), 0.0)
_WORD = re.compile(r"[^\W\d_]{2,}")
# A short note ("please call me when you can") looks to the flags model like a terse auto-reply,
# which is no ground for withholding the acknowledgement; the rules still flag "OOO". Out of fold,
# every training auto-reply the rules miss has at least 9 words.
MIN_AUTO_REPLY_WORDS = 8


def readable_scores(item: TriageInput, scores: dict[str, float]) -> dict[str, float]:
    """The model's scores, less what it cannot judge from so few words."""
    words = len(_WORD.findall(item.subject)) + len(_WORD.findall(item.body[:200]))  # 8 words fit in 200
    if words >= MIN_AUTO_REPLY_WORDS:
        return scores
    # A word may still come after the first 200 characters, where the model reads too.
    if not words and _WORD.search(item.body[200:MAX_MODEL_CHARS]) is None:
        return NO_WORDS
    return {**scores, "auto_reply": 0.0}


class Scorer(Protocol):
    version: str

    def predict(self, texts: Sequence[ModelText]) -> list[dict[str, float]]: ...


class Triager:
    def __init__(self, scorer: Scorer, rules: Sequence[Rule] = (), threshold: float = 0.6,
                 thresholds: Thresholds = Thresholds()) -> None:
        self.scorer = scorer
        self.rules = tuple(rules)
        self.threshold = threshold
        self.thresholds = thresholds

    @classmethod
    @functools.cache
    def load(cls, threshold: float = 0.6) -> Triager:
        """The committed model and every safety rule, loaded once per process and warmed."""
        from triage.model import MODEL_DIR, SpacyScorer
        from triage.rules.registry import RULES

        triager = cls(SpacyScorer.load(), RULES, threshold, Thresholds.load(MODEL_DIR / THRESHOLDS_FILE))
        triager.classify([TriageInput(body="warm up")])  # builds the rule matchers now, not on a first message
        return triager

    def classify(self, items: Sequence[TriageInput]) -> list[Decision]:
        docs = [read_item(item) for item in items]  # one tokenizing for the model and the rules
        scores = self.scorer.predict([model_text(item, doc) for item, doc in zip(items, docs)])
        return [decide(readable_scores(item, s), run(self.rules, item, doc), self.threshold,
                       self.scorer.version, self.thresholds)
                for item, doc, s in zip(items, docs, scores)]
