"""Security headers on every response, cookie flags, and no inline script or style in team pages."""
from __future__ import annotations

import re

import pytest

from tests.conftest import make_app
from tests.team_support import fast_hashing, make_enquiry, new_client, signed_in, staff  # noqa: F401


def test_every_response_carries_the_security_headers(app):
    for path in ("/healthz", "/team/login", "/no-such-page"):
        headers = new_client(app).get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"


def test_hsts_is_sent_over_https_and_not_over_plain_http(app):
    client = new_client(app)
    assert "Strict-Transport-Security" not in client.get("/team/login").headers
    secure = client.get("/team/login", base_url="https://localhost").headers
    assert secure["Strict-Transport-Security"].startswith("max-age=31536000")


def test_the_session_cookie_is_httponly_and_samesite_and_secure_behind_https(tmp_path):
    app = make_app(f"sqlite:///{tmp_path / 'x.sqlite3'}", tmp_path, {"CDOP_PUBLIC_URL": "https://cdop.example.org"})
    assert app.config["SESSION_COOKIE_HTTPONLY"] and app.config["SESSION_COOKIE_SECURE"]
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    headers = app.test_client().get("/team/login", base_url="https://cdop.example.org").headers
    assert headers["Strict-Transport-Security"]


def test_a_signed_in_session_cookie_has_the_flags_and_pages_are_not_cached(app, staff):
    client = new_client(app)
    response = client.post("/team/login", data={"email": "viewer@cdop.test", "password": "a long enough test password"})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert client.get("/team/").headers["Cache-Control"] == "no-store"


INLINE = re.compile(rb"<script(?![^>]*\bsrc=)|\sstyle=|\son[a-z]+=|javascript:", re.I)


@pytest.mark.parametrize("path", ["/team/", "/team/enquiries/{id}", "/team/enquiries/{id}/reply",
                                  "/team/admin/users", "/team/admin/replies/new", "/team/admin/audit",
                                  "/team/admin/settings"])
def test_team_pages_carry_no_inline_script_style_or_handlers(app, staff, path):
    enquiry = make_enquiry()
    page = signed_in(app, staff["admin"]).get(path.format(id=enquiry.id))
    assert page.status_code == 200
    assert not INLINE.search(page.data), INLINE.search(page.data)


POST_FORM = re.compile(rb"<form[^>]*method=\"post\"[^>]*>(.*?)</form>", re.S | re.I)


def test_every_post_form_on_the_team_pages_carries_a_csrf_token(app, staff):
    app.config["WTF_CSRF_ENABLED"] = True
    enquiry = make_enquiry()
    client = new_client(app)
    login = client.get("/team/login").data
    token = re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"', login)[1].decode()
    client.post("/team/login", data={"email": "admin@cdop.test", "password": "a long enough test password",
                                     "csrf_token": token})
    forms = []
    for path in ("/team/", f"/team/enquiries/{enquiry.id}", f"/team/enquiries/{enquiry.id}/reply",
                 "/team/admin/users", f"/team/admin/users/{staff['viewer'].id}", "/team/admin/replies/new"):
        forms += POST_FORM.findall(client.get(path).data)
    assert len(forms) >= 10
    assert all(b'name="csrf_token"' in form for form in forms)
