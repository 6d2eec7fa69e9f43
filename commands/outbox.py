"""``flask outbox``: deliver queued replies."""
from __future__ import annotations

import click
from flask.cli import with_appcontext

from outbox.deliver import deliver_due
from services import services


@click.group()
def outbox() -> None:
    """Outbound messages."""


@outbox.command("deliver")
@click.option("--once", is_flag=True, required=True, help="Deliver what is due now, then exit.")
@with_appcontext
def deliver(once: bool) -> None:
    """Deliver what is due in the outbox."""
    counts = deliver_due(services().settings)
    click.echo(", ".join(f"{n} {k}" for k, n in counts.items()))
