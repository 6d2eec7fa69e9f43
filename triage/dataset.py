"""The labelled examples under triage/data and their fixed train/dev split."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from triage.types import TriageInput

DATA = Path(__file__).resolve().parent / "data"
CORRECTIONS = "corrections.jsonl"  # staff reclassifications, used only by `train --with-corrections`
DEV_SHARE = 5  # one example in five, chosen by a hash of its id, so the split never moves


def split_of(example_id: str) -> str:
    return "dev" if int(hashlib.sha256(example_id.encode()).hexdigest(), 16) % DEV_SHARE == 0 else "train"


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def examples(split: str | None = None) -> list[dict]:
    sources = sorted(p for p in DATA.glob("*.jsonl") if p.name != CORRECTIONS)
    rows = [row for path in sources for row in read_jsonl(path)]
    return [row for row in rows if split is None or split_of(row["id"]) == split]


def incoming() -> list[dict]:
    """Examples written but not yet trained on (data/README.md): in neither split until moved up."""
    return [row for path in sorted((DATA / "incoming").glob("*.jsonl")) for row in read_jsonl(path)]


def as_input(row: dict) -> TriageInput:
    return TriageInput(id=row.get("id", ""), channel=row.get("channel", ""), sender=row.get("sender", ""),
                       subject=row.get("subject", "") or "", body=row.get("body", "") or "",
                       role=row.get("role", "") or "")
