"""Scores of the triager on a labelled file: per class, confusion matrix, flag recall."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from triage.types import CATEGORIES, Decision


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "support": tp + fn}


def _flag(rows: Sequence[dict], decisions: Sequence[Decision], flag: str) -> dict[str, float]:
    tp = sum(flag in r.get("flags", []) and flag in d.flags for r, d in zip(rows, decisions))
    fp = sum(flag not in r.get("flags", []) and flag in d.flags for r, d in zip(rows, decisions))
    fn = sum(flag in r.get("flags", []) and flag not in d.flags for r, d in zip(rows, decisions))
    return _prf(tp, fp, fn)


def categories(labelled: Sequence[str], predicted: Sequence[str]) -> dict:
    """Macro-F1, per-class precision, recall and F1, and the confusion matrix of two category lists."""
    confusion = {g: {p: 0 for p in CATEGORIES} for g in CATEGORIES}
    for gold, guess in zip(labelled, predicted):
        confusion[gold][guess] += 1
    per_class = {}
    for c in CATEGORIES:
        tp = confusion[c][c]
        per_class[c] = _prf(tp, sum(confusion[g][c] for g in CATEGORIES) - tp, sum(confusion[c].values()) - tp)
    return {"macro_f1": round(sum(p["f1"] for p in per_class.values()) / len(CATEGORIES), 4),
            "per_class": per_class, "confusion": confusion}


def score(rows: Sequence[dict], decisions: Sequence[Decision]) -> dict:
    return {
        "examples": len(rows),
        **categories([row["category"] for row in rows], [decision.category for decision in decisions]),
        "crisis": _flag(rows, decisions, "crisis"), "auto_reply": _flag(rows, decisions, "auto_reply"),
        "needs_review": sum("needs_review" in d.flags for d in decisions),
    }


def plot_confusion(confusion: dict[str, dict[str, int]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    grid = [[confusion[g][p] for p in CATEGORIES] for g in CATEGORIES]
    fig, ax = plt.subplots(figsize=(5, 4.2))
    ax.imshow(grid, cmap="Blues")
    ax.set_xticks(range(3), CATEGORIES, rotation=20)
    ax.set_yticks(range(3), CATEGORIES)
    ax.set_xlabel("predicted")
    ax.set_ylabel("labelled")
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            ax.text(j, i, str(value), ha="center", va="center",
                    color="white" if value > max(map(max, grid)) / 2 else "black")
    ax.set_title("Triage confusion matrix")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
