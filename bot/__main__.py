"""`python -m bot answer | train | evaluate FILE | crossvalidate`."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Iterator

from bot.answer import Bot
from bot.evaluate import TRAIN, cross_validate, read_examples, score, train
from bot.model import MODEL_DIR


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m bot")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("answer", help='JSON lines {"id","text"} in, {"id","intent","confidence","reply"} out')
    train_cmd = commands.add_parser("train", help="rebuild the model from the training data")
    train_cmd.add_argument("--data", default=str(TRAIN))
    train_cmd.add_argument("--out", default=str(MODEL_DIR))
    evaluate_cmd = commands.add_parser("evaluate", help="score the bot on a labelled JSON lines file")
    evaluate_cmd.add_argument("file")
    cv_cmd = commands.add_parser("crossvalidate", help="score the bot by cross-validation on training data")
    cv_cmd.add_argument("--data", default=str(TRAIN))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    if args.command == "train":
        train(args.data).save(args.out)
    elif args.command == "evaluate":
        print(json.dumps(score(Bot.load(), read_examples(args.file)).as_json()))
    elif args.command == "crossvalidate":
        print(json.dumps(cross_validate(read_examples(args.data)).as_json()))
    else:
        bot = Bot.load()
        for row in answer_lines(bot, sys.stdin):
            print(json.dumps(row, ensure_ascii=False), flush=True)
    return 0


def answer_lines(bot: Bot, lines: Iterable[str]) -> Iterator[dict]:
    """One output row per non-blank input line, in order; a malformed line is handed off."""
    for line in lines:
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            row = None
        row = row if isinstance(row, dict) else {}
        answer = bot.answer(row.get("text"))
        yield {"id": row.get("id"), "intent": answer.intent,
               "confidence": round(answer.confidence, 4), "reply": answer.reply}


if __name__ == "__main__":
    sys.exit(main())
