"""Helpers for the team app's tests: staff accounts, signed-in clients and enquiries in the database."""
from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from argon2 import PasswordHasher
from flask import Flask, g, has_app_context
from flask.testing import FlaskClient

import commands.users as users_command
from commands.users import create_user
from extensions import db
from intake.contacts import get_or_create_contact
from store.base import utcnow
from store.models import Enquiry, Message, User
from team import auth
from triage.routing import route

PASSWORD = "a long enough test password"
ROLES = ("admin", "triager", "viewer")
_ids = itertools.count(1)


# Real argon2id with test-sized cost: the default takes over a second a hash on a busy CI machine.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def fast_hashing(monkeypatch) -> None:
    monkeypatch.setattr(users_command, "hasher", FAST_HASHER)
    monkeypatch.setattr(auth, "hasher", FAST_HASHER)


@pytest.fixture
def staff(app: Flask, fast_hashing) -> dict[str, User]:
    """One account per role, plus a second triager."""
    accounts = {role: create_user(f"{role}@cdop.test", role, PASSWORD) for role in ROLES}
    accounts["triager2"] = create_user("triager2@cdop.test", "triager", PASSWORD)
    return accounts


class FreshClient(FlaskClient):
    """A test client whose every request starts with an empty `g`.

    The app fixture holds one app context open for the whole test, and Flask reuses it for each
    request, so Flask-Login's cached user would otherwise outlive the request that loaded it.
    """

    def open(self, *args, **kwargs):
        if has_app_context():
            g.__dict__.clear()
        return super().open(*args, **kwargs)


def new_client(app: Flask) -> FreshClient:
    return FreshClient(app, app.response_class, use_cookies=True)


def sign_in(client: FlaskClient, email: str, password: str = PASSWORD):
    return client.post("/team/login", data={"email": email, "password": password})


def signed_in(app: Flask, user: User) -> FlaskClient:
    client = new_client(app)
    response = sign_in(client, user.email)
    assert response.status_code == 302, response.data[:500]
    return client


def make_enquiry(*, category: str = "general", flags: tuple[str, ...] = (), subject: str | None = "A question",
                 text: str = "Could you send me the annual report?", channel: str = "email",
                 sender: str | None = "parent@example.org", sender_name: str | None = None, status: str = "new",
                 created_at: dt.datetime | None = None, html: str | None = None,
                 due_at: dt.datetime | None = None) -> Enquiry:
    """An enquiry with one inbound message, filed as receive() would file it."""
    created_at = created_at or utcnow()
    contact = get_or_create_contact(sender, sender_name) if sender else None
    routing = route(category, flags, created_at)
    enquiry = Enquiry(channel=channel, subject=subject, category=category, flags=list(flags), confidence=0.82,
                      triage_reasons=["model: general 0.82"], model_version="test-model-1",
                      priority=routing.priority, due_at=due_at or routing.due_at, status=status,
                      contact_id=contact.id if contact else None, created_at=created_at)
    db.session.add(enquiry)
    db.session.flush()
    enquiry.reference = f"CDOP-{created_at.year}-{enquiry.id:05d}"
    add_message(enquiry, text, sender=contact.address if contact else "", subject=subject, html=html,
                at=created_at)
    db.session.commit()
    return enquiry


def add_message(enquiry: Enquiry, text: str, *, sender: str = "parent@example.org", subject: str | None = None,
                html: str | None = None, at: dt.datetime | None = None, direction: str = "in") -> Message:
    message = Message(enquiry_id=enquiry.id, direction=direction, channel=enquiry.channel,
                      external_id=f"test-{next(_ids)}@example.org", sender=sender, subject=subject,
                      text=text, html=html, received_at=at or utcnow())
    db.session.add(message)
    db.session.flush()
    return message


def csrf_token(page: bytes) -> str:
    """The CSRF token a rendered form carries."""
    match = re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"', page)
    assert match, "no CSRF token on the page"
    return (match[1] or match[2]).decode()
