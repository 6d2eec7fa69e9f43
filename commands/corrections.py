"""``flask corrections export``: staff reclassifications as training examples."""
from __future__ import annotations

import json
from pathlib import Path

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from extensions import db
from store.models import Correction, Message
from triage.train import CORRECTIONS


@click.group()
def corrections() -> None:
    """Staff reclassifications."""


def correction_rows() -> list[dict]:
    """The latest correction of each enquiry, with the text of its first inbound message."""
    latest: dict[int, Correction] = {}
    for correction in db.session.scalars(select(Correction).order_by(Correction.id)):
        latest[correction.enquiry_id] = correction
    rows = []
    for enquiry_id, correction in latest.items():
        message = db.session.scalar(select(Message).where(
            Message.enquiry_id == enquiry_id, Message.direction == "in").order_by(Message.id).limit(1))
        if message is None:
            continue
        rows.append({"id": f"correction-{correction.id}", "channel": message.channel, "sender": message.sender,
                     "subject": message.subject or "", "body": message.text, "role": "",
                     "category": correction.category, "flags": correction.flags})
    return rows


@corrections.command("export")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=CORRECTIONS,
              show_default=True)
@with_appcontext
def export(output: Path) -> None:
    """Write corrections for `python -m triage train --with-corrections`."""
    rows = correction_rows()
    output.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    click.echo(f"{len(rows)} corrections written to {output}")
