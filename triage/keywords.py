"""Keyword classifier: the stand-in scorer used until the spaCy model is trained."""
from __future__ import annotations

import re
from collections.abc import Sequence

from triage.types import CATEGORIES

_CUES = {
    "notification": re.compile(r"\b(notif\w*|form a|ecdop|died|death of|deceased|post[- ]mortem)\b", re.I),
    "family_support": re.compile(r"\b(my (son|daughter|baby|child|boy|girl)|key worker|bereave\w*)\b", re.I),
}


class KeywordScorer:
    version = "keywords-1"

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [self._score(text) for text in texts]

    def _score(self, text: str) -> dict[str, float]:
        hits = {cat: len(rx.findall(text)) for cat, rx in _CUES.items()}
        total = sum(hits.values()) + 1
        scores = {cat: hits.get(cat, 0) / total for cat in CATEGORIES}
        scores["general"] = 1 / total
        return scores
