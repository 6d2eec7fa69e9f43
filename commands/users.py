"""``flask users``: staff accounts."""
from __future__ import annotations

import secrets
import sys

import click
from argon2 import PasswordHasher
from flask.cli import with_appcontext
from sqlalchemy import select

from extensions import db
from store.models import ROLES, AuditEvent, User

hasher = PasswordHasher()


@click.group()
def users() -> None:
    """Staff accounts."""


def create_user(email: str, role: str, password: str) -> User:
    user = User(email=email.strip().lower(), role=role, password_hash=hasher.hash(password))
    db.session.add(user)
    db.session.flush()
    db.session.add(AuditEvent(actor="cli", action="user_created", detail={"user_id": user.id, "role": role}))
    db.session.commit()
    return user


@users.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def create(email: str, role: str, password_stdin: bool) -> None:
    """Create a staff account."""
    if db.session.scalar(select(User).where(User.email == email.strip().lower())):
        raise click.ClickException(f"a user with the address {email} already exists")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(password) < 12:
        raise click.ClickException("the password must be at least 12 characters")
    create_user(email, role, password)
    click.echo(f"created {role} {email}")


@users.command("ensure-demo-admin")
@with_appcontext
def ensure_demo_admin() -> None:
    """Create admin@example.org with a random password, printed once, unless it exists."""
    if db.session.scalar(select(User).where(User.email == "admin@example.org")):
        click.echo("demo admin admin@example.org already exists (password shown when it was created)")
        return
    password = secrets.token_urlsafe(12)
    create_user("admin@example.org", "admin", password)
    click.echo(f"demo admin: admin@example.org  password: {password}  (shown once)")
