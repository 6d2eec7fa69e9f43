"""Command line for the intake package: ``python -m intake parse-eml PATH...``."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from intake.email_parse import EmailParseError, parse_email

logger = logging.getLogger(__name__)


def eml_report(path: Path) -> dict:
    """One file's parse summary; ``error`` holds the reason when it is not a readable email."""
    report = {"path": str(path), "message_id": None, "from": None, "subject": None, "text_chars": 0,
              "auto_reply": False, "bounce": False, "attachments": 0, "error": None}
    try:
        message = parse_email(path.read_bytes())
    except OSError as exc:
        report["error"] = f"cannot read file: {exc.strerror or exc}"
    except EmailParseError as exc:
        report["error"] = exc.reason
    else:
        report.update(
            message_id=message.external_id, subject=message.subject, text_chars=len(message.text),
            auto_reply=message.auto_reply, bounce=message.bounce, attachments=len(message.attachments),
        )
        report["from"] = message.sender or None
    return report


def parse_eml(args: argparse.Namespace) -> int:
    """Print one JSON line per file; a failed file is a line in the report, not a failed run."""
    for path in args.paths:
        print(json.dumps(eml_report(path), ensure_ascii=False), flush=True)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one subcommand per tool."""
    parser = argparse.ArgumentParser(prog="python -m intake", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    eml = commands.add_parser("parse-eml", help="parse .eml files and print one JSON line per file")
    eml.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    eml.set_defaults(run=parse_eml)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand and return its exit status."""
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
