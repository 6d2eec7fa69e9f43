"""``flask retention``, ``flask contacts``, ``flask backup`` and ``flask encryption``: data protection by hand."""
from __future__ import annotations

import click
from flask.cli import with_appcontext

from privacy.rekey import rewrite_all
from privacy.retention import run_retention
from services import services

CLI_ACTOR = "cli"


@click.group()
def retention() -> None:
    """The retention schedule."""


@retention.command("run")
@click.option("--dry-run", is_flag=True, help="List what is due; change nothing.")
@with_appcontext
def retention_run(dry_run: bool) -> None:
    """Anonymise closed enquiries past their period and empty old quarantined mail."""
    run = run_retention(services().settings.retention_days, dry_run=dry_run, actor=CLI_ACTOR)
    verb = "would anonymise" if dry_run else "anonymised"
    for due in run.enquiries:
        if due.enquiry_id not in run.skipped:
            click.echo(f"{verb} {due.reference}  {due.kind:<15} closed {due.closed_at:%Y-%m-%d}  ({due.days} days)")
    for enquiry_id in run.skipped:
        click.echo(f"skipped enquiry {enquiry_id}: it changed during the run")
    click.echo(f"{verb} {len(run.enquiries) - len(run.skipped)} enquiries; "
               f"{'would empty' if dry_run else 'emptied'} {len(run.quarantine)} quarantined items")


@click.group()
def encryption() -> None:
    """Encryption at rest."""


@encryption.command("rewrite")
@with_appcontext
def encryption_rewrite() -> None:
    """Rewrite every encrypted column with the first key in CDOP_ENCRYPTION_KEY."""
    if not services().settings.encryption_keys:
        raise click.ClickException("CDOP_ENCRYPTION_KEY is not set: there is no key to write with")
    for table, rows in rewrite_all().items():
        click.echo(f"{table}: {rows} rows")
