"""Combine model scores and rule hits into one decision, in the safety order."""
from __future__ import annotations

from triage.rules import Hit
from triage.types import CATEGORIES, SAFETY_ORDER, Decision

# A safer category within this score of the winner takes its place (TRIAGE_LABELS.md safety order).
SAFETY_MARGIN = 0.35


def decide(scores: dict[str, float], hits: list[Hit], threshold: float, model_version: str) -> Decision:
    category = _safest(scores)
    reasons = [f"model: {category} {scores[category]:.2f}"]
    confidence = scores[category]
    effects = {hit.effect for hit in hits}
    reasons += [str(hit) for hit in hits]
    if "notification" in effects:
        category, confidence = "notification", max(confidence, scores["notification"])
    elif "auto_reply" in effects:
        category = "general"
    flags = [flag for flag in ("crisis", "auto_reply") if flag in effects]
    if confidence < threshold and "notification" not in effects and "auto_reply" not in effects:
        flags.append("needs_review")
    return Decision(category=category, confidence=confidence, flags=flags, reasons=reasons,
                    scores=scores, model_version=model_version)


def _safest(scores: dict[str, float]) -> str:
    best = max(CATEGORIES, key=lambda c: scores.get(c, 0.0))
    candidates = [c for c in CATEGORIES if scores.get(c, 0.0) >= scores[best] - SAFETY_MARGIN
                  and scores.get(c, 0.0) >= SAFETY_MARGIN]
    return min(candidates or [best], key=SAFETY_ORDER.__getitem__)
