"""``python -m triage classify | train | evaluate``."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from triage.classifier import Triager
from triage.dataset import as_input, examples, read_jsonl

BATCH = 512
SPLITS = ("dev", "train")


def _batches(lines: Iterator[str]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for line in lines:
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            row = {"id": None, "body": line}
        batch.append(row if isinstance(row, dict) else {"id": None, "body": str(row)})
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def classify(args: argparse.Namespace) -> int:
    triager = Triager.load(threshold=args.threshold)
    out = sys.stdout
    for batch in _batches(sys.stdin):
        for row, decision in zip(batch, triager.classify([as_input(_strings(r)) for r in batch])):
            out.write(json.dumps(decision.as_json(row.get("id"))) + "\n")
        out.flush()
    return 0


def _strings(row: dict) -> dict:
    """Field values as text, whatever the sender put there."""
    return {k: v if isinstance(v, str) else ("" if v is None else json.dumps(v)) for k, v in row.items()}


def train(args: argparse.Namespace) -> int:
    from triage.train import refit_thresholds, train as run_training

    if args.refit_thresholds:
        print(f"thresholds: {refit_thresholds(with_corrections=args.with_corrections)}")
        return 0
    output = run_training(with_corrections=args.with_corrections, keep_thresholds=args.keep_thresholds)
    print(f"model written to {output}")
    return 0


def evaluate(args: argparse.Namespace) -> int:
    from triage.evaluate import plot_confusion, score

    rows = examples(args.file) if args.file in SPLITS else list(read_jsonl(Path(args.file)))
    decisions = Triager.load(threshold=args.threshold).classify([as_input(_strings(r)) for r in rows])
    report = score(rows, decisions)
    print(json.dumps(report, indent=2))
    plot = Path(args.plot or f"{args.file}.confusion.png")
    plot_confusion(report["confusion"], plot)
    print(f"confusion matrix plot: {plot}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    parser = argparse.ArgumentParser(prog="python -m triage")
    parser.add_argument("--threshold", type=float, default=0.6, help="needs_review below this confidence")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("classify", help="JSON lines on stdin to decisions on stdout").set_defaults(run=classify)
    p_train = sub.add_parser("train", help="rebuild triage/model")
    p_train.add_argument("--with-corrections", action="store_true", help="fold in triage/data/corrections.jsonl")
    thresholds = p_train.add_mutually_exclusive_group()
    thresholds.add_argument("--keep-thresholds", action="store_true",
                            help="train only the final pipelines and keep the committed model's thresholds")
    thresholds.add_argument("--refit-thresholds", action="store_true",
                            help="choose the committed model's thresholds afresh from five folds, keeping its pipelines")
    p_train.set_defaults(run=train)
    p_eval = sub.add_parser("evaluate", help="score a labelled JSON lines file")
    p_eval.add_argument("file", help="a JSON lines file, or `dev` / `train` for a split of triage/data")
    p_eval.add_argument("--plot", help="where to write the confusion matrix PNG")
    p_eval.set_defaults(run=evaluate)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
