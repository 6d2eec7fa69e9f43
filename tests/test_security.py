"""OWASP ASVS level 2 checks not covered beside the feature they guard: CSRF on every state-changing
route, injection strings stored verbatim and shown escaped, public page headers, secrets from the
environment only, oversized bodies refused. docs/RELIABILITY.md maps each ASVS item to its tests."""
from __future__ import annotations

import re
import subprocess

import pytest
from flask_migrate import upgrade
from sqlalchemy import select

from extensions import db
from intake.email_ingest import ingest_email
from store.models import Contact, Enquiry, Message
from tests.conftest import ROOT, make_app
from tests.dovecot import raw_email
from tests.team_support import fast_hashing, new_client, signed_in, staff  # noqa: F401 (fixtures)
from tests.test_team_security import INLINE
from tests.twilio_server import ACCOUNT_SID, FROM_NUMBER, post_signed, twilio_api, twilio_env  # noqa: F401

PUBLIC_URL = "https://cdop.example.org"
SIZE_LIMIT = 20_000
HOSTILE = ["' OR 1=1 --", "{{7*7}}", "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>',
           "${7*7} {% print 'x' %}", "'; DROP TABLE messages; --"]
# Raw markup that must never reach a page unescaped.
UNSAFE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


@pytest.fixture
def app(sqlite_app):
    """These checks do not depend on the database: SQLite alone keeps them fast."""
    return sqlite_app


@pytest.fixture
def app_env(twilio_api):  # noqa: F811 (the fixture imported above)
    return twilio_env(twilio_api, PUBLIC_URL) | {"CDOP_MAX_MESSAGE_BYTES": str(SIZE_LIMIT)}


def session_token(client) -> str:
    return re.search(r'data-session="([^"]+)"', client.get("/enquiry").get_data(as_text=True))[1]


def post_routes(app) -> list[str]:
    """Every POST URL of the app with its path arguments filled in."""
    urls = []
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods:
            urls.append(rule.build({name: 1 for name in rule.arguments}, append_unknown=False)[1])
    return sorted(urls)


def test_every_state_changing_route_refuses_a_post_without_its_csrf_token(app, staff):
    client = signed_in(app, staff["admin"])
    app.config["WTF_CSRF_ENABLED"] = True
    before = db.session.scalar(select(db.func.count(Message.id)))
    guarded = [url for url in post_routes(app) if not url.startswith("/sms/")]
    assert {"/enquiry", "/chat/api/message", "/team/login", "/team/logout"} <= set(guarded)
    for url in guarded:
        response = client.post(url, data={"text": "x", "email": "admin@cdop.test"})
        assert response.status_code == 400, url
    assert db.session.scalar(select(db.func.count(Message.id))) == before
    assert client.get("/team/").status_code == 200  # the logout without a token did nothing


def test_the_only_routes_without_csrf_are_the_twilio_webhooks_which_need_a_signature(app):
    for url in (url for url in post_routes(app) if url.startswith("/sms/")):
        assert app.test_client().post(url, data={"Body": "x"}).status_code == 403, url


def file_by_every_public_channel(app, payload: str) -> None:
    """The payload in every field a member of the public can fill in, through each channel."""
    client = app.test_client()
    client.post("/enquiry", data={"role": "parent", "message": f"form {payload}", "name": payload,
                                  "reply_by": "email", "email": "parent@example.org"})
    client.post("/chat/api/leave-message", json={"session": session_token(client), "text": f"chat {payload}"})
    post_signed(app, "/sms/twilio", {"MessageSid": "SM" + "5" * 32, "AccountSid": ACCOUNT_SID,
                                     "From": "+447700900123", "To": FROM_NUMBER, "Body": f"sms {payload}"},
                PUBLIC_URL + "/sms/twilio")
    ingest_email(raw_email(1, sender=f'"{payload}" <mail@example.org>', subject=payload,
                           body=f"mail {payload}"), "test")


@pytest.mark.parametrize("payload", HOSTILE)
def test_injection_strings_are_stored_verbatim_and_shown_escaped_to_the_team(app, staff, payload):
    file_by_every_public_channel(app, payload)
    db.session.expire_all()
    texts = [m.text for m in db.session.scalars(select(Message).where(Message.direction == "in"))]
    assert len(texts) == 4
    for channel in ("form", "chat", "sms", "mail"):
        assert any(f"{channel} {payload}" in text for text in texts), channel
    assert any(c.display_name == payload for c in db.session.scalars(select(Contact)))
    team = signed_in(app, staff["admin"])
    for enquiry in db.session.scalars(select(Enquiry)):
        page = team.get(f"/team/enquiries/{enquiry.id}").get_data(as_text=True)
        assert not any(unsafe in page for unsafe in UNSAFE)
        assert "{{7*7}}" not in payload or "{{7*7}}" in page  # shown as typed, never evaluated


def test_the_confirmation_page_shows_a_hostile_name_escaped(app):
    client = app.test_client()
    client.post("/enquiry", data={"role": "parent", "message": "A question", "name": "<script>alert(1)</script>",
                                  "reply_by": "email", "email": "parent@example.org"})
    page = client.get("/enquiry/confirmation").get_data(as_text=True)
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("path", ["/enquiry", "/enquiry/confirmation", "/healthz"])
def test_public_pages_carry_the_security_headers_and_no_inline_script(app, path):
    response = app.test_client().get(path, follow_redirects=True)
    headers = response.headers
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert not INLINE.search(response.data), INLINE.search(response.data)


def test_the_chat_leave_message_burst_is_limited(app):
    client = app.test_client()
    token = session_token(client)
    answers = [client.post("/chat/api/leave-message", json={"session": token, "text": f"note {n}"}).status_code
               for n in range(6)]
    assert answers == [200] * 5 + [429]


def leave_messages(client, forwarded_for: list[str]) -> list[int]:
    token = session_token(client)
    return [client.post("/chat/api/leave-message", json={"session": token, "text": f"note {n}"},
                        headers={"X-Forwarded-For": address}).status_code
            for n, address in enumerate(forwarded_for)]


def test_a_forwarded_for_header_is_ignored_unless_a_proxy_is_trusted(app):
    # Without a trusted proxy, a sender cannot dodge the limit by inventing addresses.
    invented = [f"198.51.100.{n}" for n in range(6)]
    assert leave_messages(app.test_client(), invented) == [200] * 5 + [429]


def test_behind_a_trusted_proxy_each_visitor_has_their_own_limit(tmp_path, app_env):
    proxied = make_app(f"sqlite:///{tmp_path / 'proxied.sqlite3'}", tmp_path,
                       app_env | {"CDOP_TRUSTED_PROXIES": "1"})
    with proxied.app_context():
        upgrade()
        client = proxied.test_client()
        assert leave_messages(client, [f"198.51.100.{n}" for n in range(6)]) == [200] * 6
        assert leave_messages(client, ["203.0.113.9"] * 6) == [200] * 5 + [429]
        db.session.remove()
        db.engine.dispose()


OVERSIZED = {"message": "x" * 2 * SIZE_LIMIT, "Body": "x"}


@pytest.mark.parametrize("path", ["/enquiry", "/team/login"])
def test_a_form_over_the_size_limit_is_refused_with_413(app, path):
    assert app.test_client().post(path, data=OVERSIZED).status_code == 413


@pytest.mark.parametrize("path", ["/chat/api/message", "/chat/api/leave-message"])
def test_a_chat_request_over_the_size_limit_is_refused_with_413(app, path):
    client = app.test_client()
    response = client.post(path, json={"session": session_token(client), "text": OVERSIZED["message"]})
    assert response.status_code == 413
    assert db.session.scalar(select(db.func.count(Message.id))) == 0


def test_a_signed_webhook_over_the_size_limit_is_refused_with_413(app, twilio_api):  # noqa: F811
    form = {"MessageSid": "SM" + "6" * 32, "From": "+447700900123", **OVERSIZED}
    response = post_signed(app, "/sms/twilio", form, PUBLIC_URL + "/sms/twilio", twilio_api.auth_token)
    assert response.status_code == 413
    assert db.session.scalar(select(db.func.count(Message.id))) == 0


SECRET_LITERAL = re.compile(
    r"""\b(\w*_)?(secret|token|password|passwd|api_key)(_key)?\b["']?\s*[:=]\s*["'][^"'\s{}$]{12,}["']""", re.I)


def test_no_secret_is_written_into_the_repository_outside_tests_and_benchmarks():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    files = [f for f in tracked.split() if not f.startswith(("tests/", "bench/", "node_modules/"))
             and f.endswith((".py", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".env", ".json", "Makefile"))]
    found = [f"{f}: {m[0]}" for f in files for m in SECRET_LITERAL.finditer((ROOT / f).read_text(errors="replace"))]
    assert not found
    assert not [f for f in tracked.split() if f.startswith("instance/")]  # the generated key is never committed


def test_the_session_key_comes_from_the_environment(tmp_path):
    app = make_app(f"sqlite:///{tmp_path / 'x.sqlite3'}", tmp_path, {"CDOP_SECRET_KEY": "from-the-environment"})
    assert app.secret_key == "from-the-environment"
