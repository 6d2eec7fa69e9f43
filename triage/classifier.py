"""The triager: model scores plus safety rules, one decision per message."""
from __future__ import annotations

import logging
from collections.abc import Sequence

from triage.decide import decide
from triage.keywords import KeywordScorer
from triage.rules import Hit, Rule
from triage.types import Decision, TriageInput

logger = logging.getLogger(__name__)


def model_text(item: TriageInput) -> str:
    return f"{item.subject}\n{item.body}" if item.subject else item.body


class Triager:
    def __init__(self, scorer, rules: Sequence[Rule] = (), threshold: float = 0.6) -> None:
        self.scorer = scorer
        self.rules = tuple(rules)
        self.threshold = threshold

    @classmethod
    def load(cls, threshold: float = 0.6) -> Triager:
        return cls(KeywordScorer(), (), threshold)

    def classify(self, items: Sequence[TriageInput]) -> list[Decision]:
        scores = self.scorer.predict([model_text(item) for item in items])
        return [decide(s, self._hits(item), self.threshold, self.scorer.version)
                for item, s in zip(items, scores)]

    def _hits(self, item: TriageInput) -> list[Hit]:
        return [hit for rule in self.rules if (hit := rule.hit(item))]
