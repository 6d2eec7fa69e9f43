"""Staff sign-in: argon2 passwords, rate limits, CSRF, idle and absolute timeouts, safe redirects."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from commands.users import create_user
from extensions import db
from store.models import AuditEvent, User
from tests.team_support import (FAST_HASHER, PASSWORD, csrf_token, fast_hashing, new_client, sign_in,  # noqa: F401
                                signed_in, staff)


def test_a_password_set_by_the_users_command_is_stored_as_argon2id_and_signs_in(app):
    user = create_user("jo@cdop.test", "triager", PASSWORD)
    assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
    response = sign_in(new_client(app), "JO@cdop.test ")
    assert response.status_code == 302 and response.headers["Location"] == "/team/"


def test_a_wrong_password_and_an_unknown_address_get_the_same_answer(app, staff):
    client = new_client(app)
    wrong = sign_in(client, "triager@cdop.test", "not the password at all")
    unknown = sign_in(client, "nobody@cdop.test")
    assert wrong.status_code == unknown.status_code == 400
    assert b"The email address or password is not right" in wrong.data
    assert wrong.data.replace(b"triager@cdop.test", b"X") == unknown.data.replace(b"nobody@cdop.test", b"X")
    assert client.get("/team/").status_code == 302


def test_a_deactivated_account_cannot_sign_in(app, staff):
    staff["viewer"].active = False
    db.session.commit()
    assert sign_in(new_client(app), "viewer@cdop.test").status_code == 400


def test_signing_in_is_recorded_and_stamps_the_last_sign_in_time(app, staff):
    signed_in(app, staff["triager"])
    db.session.expire_all()
    assert db.session.get(User, staff["triager"].id).last_login_at is not None
    assert db.session.scalar(select(AuditEvent.actor).where(AuditEvent.action == "signed_in")) == "triager@cdop.test"


def test_the_eleventh_attempt_in_a_minute_from_one_address_is_refused(app, staff):
    client = new_client(app)
    codes = [sign_in(client, f"guess{n}@cdop.test", "wrong password").status_code for n in range(11)]
    assert codes[:10] == [400] * 10 and codes[10] == 429


def test_the_sixth_attempt_in_a_minute_on_one_account_is_refused(app, staff):
    codes = [sign_in(new_client(app), "admin@cdop.test", f"wrong {n}").status_code for n in range(6)]
    assert codes == [400] * 5 + [429]


def test_a_session_idle_too_long_is_signed_out_with_a_notice(app, staff):
    client = signed_in(app, staff["triager"])
    with client.session_transaction() as session:
        session["_seen"] = time.time() - 31 * 60
    response = client.get("/team/")
    assert response.status_code == 302 and "/team/login" in response.headers["Location"]
    assert b"signed out because the app was not used" in client.get("/team/login").data
    assert client.get("/team/").status_code == 302


def test_a_session_older_than_twelve_hours_ends_even_when_busy(app, staff):
    client = signed_in(app, staff["triager"])
    with client.session_transaction() as session:
        session["_started"] = time.time() - 12 * 3600 - 1
    assert client.get("/team/").status_code == 302


def test_activity_keeps_a_session_alive(app, staff):
    client = signed_in(app, staff["triager"])
    with client.session_transaction() as session:
        session["_seen"] = time.time() - 29 * 60
    assert client.get("/team/").status_code == 200
    assert client.get("/team/").status_code == 200


def test_a_new_password_signs_out_every_existing_session(app, staff):
    client = signed_in(app, staff["triager"])
    staff["triager"].password_hash = FAST_HASHER.hash("a brand new password")
    db.session.commit()
    assert client.get("/team/").status_code == 302


@pytest.mark.parametrize("target, landing", [
    ("/team/admin/audit", "/team/admin/audit"),
    ("https://evil.example/team", "/team/"),
    ("//evil.example/team", "/team/"),
    ("/public-page", "/team/"),
    ("/team\\..\\x", "/team/"),
])
def test_after_sign_in_only_a_team_page_is_a_destination(app, staff, target, landing):
    client = new_client(app)
    response = client.post("/team/login", query_string={"next": target},
                           data={"email": "admin@cdop.test", "password": PASSWORD})
    assert response.headers["Location"] == landing


def test_signing_out_needs_a_post(app, staff):
    client = signed_in(app, staff["viewer"])
    assert client.get("/team/logout").status_code == 405
    assert client.post("/team/logout").status_code == 302
    assert client.get("/team/").status_code == 302


def test_a_form_posted_without_its_csrf_token_is_refused(app, staff):
    app.config["WTF_CSRF_ENABLED"] = True
    client = new_client(app)
    assert client.post("/team/login", data={"email": "admin@cdop.test", "password": PASSWORD}).status_code == 400
    token = csrf_token(client.get("/team/login").data)
    response = client.post("/team/login", data={"email": "admin@cdop.test", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302
    assert client.post("/team/logout").status_code == 400, "signed in, a post without a token is still refused"
