"""Triage throughput in one process, beside spaCy's bare tokenizer over the same messages.

Run: .venv/bin/python bench/triage_throughput.py [--messages 20000]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from triage.classifier import Triager  # noqa: E402
from triage.dataset import as_input, examples  # noqa: E402
from triage.reading import message_text  # noqa: E402

BATCH = 512


def messages(count: int) -> list:
    """Realistic lengths: the labelled examples themselves, repeated to the count."""
    rows = examples()
    return [as_input(rows[i % len(rows)]) for i in range(count)]


def timed(*fns, rounds: int = 5) -> list[float]:
    """Each function's best time, the rounds taken in turn so a slow spell of the machine hits all."""
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for at, fn in enumerate(fns):
            started = time.perf_counter()
            fn()
            best[at] = min(best[at], time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=20000)
    args = parser.parse_args()
    started = time.perf_counter()
    triager = Triager.load()
    load_s = time.perf_counter() - started
    items = messages(args.messages)
    triager.classify(items[:BATCH])  # warm caches, as a running service would be
    # The messages as they arrive (subject and body), through a tokenizer of its own.
    texts = [message_text(item.subject, item.body) for item in items]
    tokenizer = spacy.blank("en").tokenizer

    def classify_all() -> None:
        for i in range(0, len(items), BATCH):
            triager.classify(items[i:i + BATCH])

    def tokenize_all() -> None:
        for _ in tokenizer.pipe(texts, batch_size=BATCH):
            pass

    classify_s, tokenize_s = timed(classify_all, tokenize_all)
    words = statistics.median(len(item.body.split()) for item in items)
    print(f"machine: {os.cpu_count()} cores; messages: {len(items)}, median {words:.0f} words")
    print(f"model load: {load_s:.2f} s")
    print(f"classify (model + rules): {len(items) / classify_s:,.0f} messages/s")
    print(f"bare spaCy tokenizer:     {len(items) / tokenize_s:,.0f} messages/s")
    print(f"classify / tokenizer time ratio: {classify_s / tokenize_s:.1f}x")


if __name__ == "__main__":
    main()
