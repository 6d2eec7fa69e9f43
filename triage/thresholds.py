"""Decision thresholds, chosen on out-of-fold training scores and kept beside the model."""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from triage.types import NOTIFICATION_CHECK

# A missed notification or crisis costs far more than a false alarm (TRIAGE_LABELS.md),
# so each threshold is the highest that still keeps recall at this target.
RECALL_TARGET = {"notification": 0.99, "crisis": 0.99, "auto_reply": 0.98}
# Below these, the false alarms would swamp the queue. A false auto-reply would leave a person
# unanswered, so a message only the model flags goes to review (decide.py); at 0.25 the model and
# the rules flag 0.4% of other training messages out of fold.
FLOOR = {"notification": 0.12, "crisis": 0.15, "auto_reply": 0.25}
# The yes/no notification check is a second net: set, after the category threshold, as high as
# keeps the two together at the notification recall target, but never below this.
CHECK_FLOOR = 0.08
THRESHOLDS_FILE = "thresholds.json"
GRID = [round(0.01 * i, 2) for i in range(5, 51)]


@dataclass(frozen=True)
class Thresholds:
    notification: float = 0.35
    crisis: float = 0.5
    auto_reply: float = 0.5
    is_notification: float = 1.01  # a model without the check never fires it

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=2) + "\n")

    @classmethod
    def load(cls, path: Path) -> Thresholds:
        return cls(**json.loads(path.read_text())) if path.exists() else cls()


def _recall(gold: Sequence[int], caught: Callable[[dict], bool], scores: Sequence[dict]) -> float:
    return sum(caught(scores[i]) for i in gold) / len(gold) if gold else 1.0


def _gold(label: str, rows: Sequence[dict]) -> list[int]:
    return [i for i, row in enumerate(rows) if label in (row["category"], *row.get("flags", []))]


def choose(rows: Sequence[dict], scores: Sequence[dict]) -> Thresholds:
    """The highest threshold per label whose out-of-fold recall, by the model alone, meets the target."""
    # The rules were written from these same training examples, so counting their hits here
    # would overstate what they catch in new messages and set the model's own net too high.
    chosen = {}
    for label, target in RECALL_TARGET.items():
        gold = _gold(label, rows)
        passing = [tau for tau in GRID if _recall(gold, lambda s: s[label] >= tau, scores) >= target]
        chosen[label] = max(FLOOR[label], max(passing) if passing else FLOOR[label])
    chosen[NOTIFICATION_CHECK] = _check_threshold(rows, scores, chosen["notification"])
    return Thresholds(**chosen)


def _check_threshold(rows: Sequence[dict], scores: Sequence[dict], category_tau: float) -> float:
    """The highest check threshold at which category model and check together meet the target."""
    gold = _gold("notification", rows)
    passing = [tau for tau in GRID
               if _recall(gold, lambda s: s[NOTIFICATION_CHECK] >= tau or s["notification"] >= category_tau,
                          scores) >= RECALL_TARGET["notification"]]
    return max(CHECK_FLOOR, max(passing) if passing else CHECK_FLOOR)
