"""``flask intake``: mail ingestion from files and the mailbox."""
from __future__ import annotations

import imaplib
import sys
from pathlib import Path

import click
from flask.cli import with_appcontext
from sqlalchemy.exc import OperationalError

from extensions import db
from services import services


@click.group()
def intake() -> None:
    """Inbound mail."""


@intake.command("import-eml")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def import_eml(files: tuple[Path, ...]) -> None:
    """Ingest .eml files through receive(); files are never changed."""
    failed = 0
    for path in files:
        reason = _import_one(path)
        if reason:
            failed += 1
            click.echo(f"{path}: not ingested: {reason}", err=True)
    click.echo(f"{len(files) - failed} ingested, {failed} not ingested")
    if failed:
        sys.exit(1)


def _import_one(path: Path) -> str | None:
    try:
        raw = path.read_bytes()
    except OSError as error:
        return f"cannot read the file ({error.strerror})"
    from intake.email_ingest import ingest_email  # imported on use: parsing is not needed at start-up

    try:
        result = ingest_email(raw, f"file:{path}")
    except OperationalError as error:
        db.session.rollback()
        return f"database unavailable ({str(error.orig).splitlines()[0]})"
    if result.received is None:
        return f"quarantined: {result.reason}"
    click.echo(f"{path}: {result.received.reference} {result.received.category}"
               f"{' (already stored)' if result.received.duplicate else ''}")
    return None


@intake.command("poll")
@click.option("--once", is_flag=True, required=True, help="One pass over the mailbox, then exit.")
@with_appcontext
def poll(once: bool) -> None:
    """Store new mail from the team mailbox, then move it to the processed folder."""
    from intake.imap_poll import PassFailed, poll_mailbox  # imported on use, like import-eml

    settings = services().settings
    if settings.imap is None:
        click.echo("IMAP is not configured (CDOP_IMAP_HOST, CDOP_IMAP_USER, CDOP_IMAP_PASSWORD)", err=True)
        sys.exit(1)
    try:
        result = poll_mailbox(settings)
    except (PassFailed, imaplib.IMAP4.error) as error:
        click.echo(f"mailbox pass failed: {error}", err=True)
        sys.exit(1)
    click.echo(result.summary())
