"""Combine model scores and rule hits into one decision, in the safety order."""
from __future__ import annotations

from triage.rules import Hit
from triage.thresholds import Thresholds
from triage.types import MODEL_FLAGS, NOTIFICATION_CHECK, Decision, not_notification


def decide(scores: dict[str, float], hits: list[Hit], review_below: float, model_version: str,
           thresholds: Thresholds = Thresholds()) -> Decision:
    effects = {hit.effect for hit in hits}
    checked = scores.get(NOTIFICATION_CHECK, 0.0) >= thresholds.is_notification
    if "notification" in effects or scores["notification"] >= thresholds.notification or checked:
        category = "notification"
    else:
        category = not_notification(scores)
    confidence = scores[category]
    flags = [f for f in MODEL_FLAGS if f in effects or scores.get(f, 0.0) >= getattr(thresholds, f)]
    reasons = [f"model: {category} {confidence:.2f}"]
    if category == "notification" and checked:
        reasons.append(f"model: notification check {scores[NOTIFICATION_CHECK]:.2f}")
    reasons += [f"model: {f} {scores[f]:.2f}" for f in MODEL_FLAGS if f in flags and f not in effects]
    reasons += [str(hit) for hit in hits]
    # Without a header or stock phrase to confirm it, the model's word that a message is machine
    # mail could leave a person unanswered: someone confirms before the acknowledgement is withheld.
    unconfirmed_auto = "auto_reply" in flags and "auto_reply" not in effects
    if (confidence < review_below and "notification" not in effects) or unconfirmed_auto:
        flags.append("needs_review")
    return Decision(category=category, confidence=confidence, flags=flags, reasons=reasons,
                    scores=scores, model_version=model_version)

