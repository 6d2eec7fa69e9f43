"""`python -m replies preview`: print docs/REPLIES.md, every automatic reply as sent."""
from __future__ import annotations

import argparse
import sys

from replies.preview import preview
from replies.registry import RegistryError, load_registry


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m replies")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("preview", help="print every automatic reply as Markdown (docs/REPLIES.md)")
    parser.parse_args(argv)
    try:
        registry = load_registry()
    except RegistryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(preview(registry))
    return 0


if __name__ == "__main__":
    sys.exit(main())
