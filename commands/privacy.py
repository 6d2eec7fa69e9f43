"""``flask retention``, ``flask contacts``, ``flask backup`` and ``flask encryption``: data protection by hand."""
from __future__ import annotations

import io
from pathlib import Path

import click
from flask.cli import with_appcontext

from extensions import db
from privacy.audit import audit
from privacy.backup import BackupError, create_backup, restore_backup
from privacy.erase import erase_contact
from privacy.export import export_contact
from privacy.rekey import rewrite_all
from privacy.retention import run_retention
from services import services
from store.base import utcnow

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
def contacts() -> None:
    """One person's data: subject access and erasure."""


@contacts.command("export")
@click.argument("address")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="The ZIP file to write (default: subject-access-<date and time>.zip here).")
@with_appcontext
def contacts_export(address: str, output: Path | None) -> None:
    """Everything held about an email address or phone number, as JSON and a readable page in a ZIP."""
    output = output or Path(f"subject-access-{utcnow():%Y%m%d-%H%M%S}.zip")
    buffer = io.BytesIO()
    try:
        summary = export_contact(address, buffer, actor=CLI_ACTOR)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    output.touch()
    output.chmod(0o600)  # it holds personal data: readable by its owner only
    output.write_bytes(buffer.getvalue())
    db.session.commit()
    click.echo(f"wrote {output}: {summary.messages} messages, {summary.replies} replies, "
               f"{summary.notes} notes, {summary.attachments} attachments")


@contacts.command("erase")
@click.argument("address")
@click.option("--reason", required=True, help="Why (recorded in the audit trail, identifiers masked).")
@with_appcontext
def contacts_erase(address: str, reason: str) -> None:
    """Erase an email address or phone number and everything they sent; their enquiries stay as anonymous counts."""
    try:
        erasure = erase_contact(address, reason, actor=CLI_ACTOR)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    db.session.commit()
    click.echo(f"erased: {erasure.enquiries} enquiries made anonymous, {erasure.messages} messages, "
               f"{erasure.replies} replies, {erasure.copies} copies, {erasure.notes} notes, "
               f"{erasure.quarantined} quarantined items")


@click.group()
def backup() -> None:
    """Backups of a SQLite database (for PostgreSQL, pg_dump: see the README)."""


@backup.command("create")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup_create(file: Path) -> None:
    """Write a checked copy of the live database to FILE."""
    try:
        create_backup(db.engine.url, file)
    except BackupError as error:
        raise click.ClickException(str(error)) from None
    audit("backup_created", CLI_ACTOR, file=file.name)
    db.session.commit()
    click.echo(f"wrote {file} (integrity check ok)")


@backup.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the live database.")
@with_appcontext
def backup_restore(file: Path, yes: bool) -> None:
    """Replace the live database with FILE; stop the web app and the worker first."""
    if not yes:
        click.confirm(f"Replace everything in the live database with {file}?", abort=True)
    db.session.remove()
    db.engine.dispose()  # no pooled connection may hold the old pages
    try:
        restore_backup(db.engine.url, file)
    except BackupError as error:
        raise click.ClickException(str(error)) from None
    audit("backup_restored", CLI_ACTOR, file=file.name)
    db.session.commit()
    click.echo(f"restored from {file} (integrity check ok); run `flask --app app db upgrade` if it is older")


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
