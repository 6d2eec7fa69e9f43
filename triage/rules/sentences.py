"""The sentence around a match, for rules that read plain text rather than a spaCy doc."""
from __future__ import annotations

import re

STOPS = ".?!\n"


def sentence_bounds(text: str, match: re.Match[str], stops: str = STOPS) -> tuple[int, int]:
    """Where the sentence holding ``match`` starts and ends (its closing mark included)."""
    start = max(text.rfind(c, 0, match.start()) for c in stops) + 1
    ends = [at for at in (text.find(c, match.end()) for c in stops) if at >= 0]
    return start, min(ends) + 1 if ends else len(text)


def sentence(text: str, match: re.Match[str], stops: str = STOPS) -> str:
    start, end = sentence_bounds(text, match, stops)
    return text[start:end]
