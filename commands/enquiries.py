"""``flask enquiries``: read the queue from the command line."""
from __future__ import annotations

import json

import click
from flask.cli import with_appcontext
from sqlalchemy import func, select

from extensions import db
from store.models import Enquiry, Message


@click.group()
def enquiries() -> None:
    """Enquiries in the queue."""


@enquiries.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@with_appcontext
def list_enquiries(as_json: bool) -> None:
    """List every enquiry, oldest first."""
    counts = (select(Message.enquiry_id, func.count(Message.id).label("n"))
              .group_by(Message.enquiry_id).subquery())
    rows = db.session.execute(select(Enquiry, counts.c.n).outerjoin(counts, counts.c.enquiry_id == Enquiry.id)
                              .order_by(Enquiry.id)).all()
    for enquiry, n in rows:
        record = {"reference": enquiry.reference, "category": enquiry.category, "flags": enquiry.flags,
                  "status": enquiry.status, "priority": enquiry.priority, "channel": enquiry.channel,
                  "messages": n or 0, "due_at": enquiry.due_at.isoformat() if enquiry.due_at else None}
        click.echo(json.dumps(record) if as_json else
                   f"{record['reference']}  {record['category']:<15} {','.join(record['flags']):<20} "
                   f"{record['status']:<8} p{record['priority']}  {record['channel']:<6} {record['messages']} msg")
