"""``flask worker``: the scheduler in the foreground."""
from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from worker import build_scheduler


@click.command("worker")
@with_appcontext
def worker() -> None:
    """Run the scheduled jobs until interrupted (run exactly one)."""
    app = current_app._get_current_object()
    scheduler = build_scheduler(app)
    click.echo(f"worker: jobs {', '.join(job.id for job in scheduler.get_jobs())}")
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass
