"""Security headers and session cookie rules for every response of the app."""
from __future__ import annotations

import datetime as dt
import time

from flask import Flask, Response, current_app, request, session

# No inline script or style anywhere; message HTML is shown in a sandboxed srcdoc frame,
# which inherits this policy, so even a missed script in a message cannot run.
CSP = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))
HSTS = "max-age=31536000; includeSubDomains"
IDLE_TIMEOUT = dt.timedelta(minutes=30)
ABSOLUTE_TIMEOUT = dt.timedelta(hours=12)
# A parent may take an evening over the form; an expired token costs them what they wrote.
CSRF_TIME_LIMIT = dt.timedelta(hours=24)
SEEN_KEY = "_seen"
STARTED_KEY = "_started"


def init_security(app: Flask, public_url: str) -> None:
    """Cookie settings, idle and absolute session timeouts, and the headers on every response."""
    app.config.setdefault("SESSION_IDLE_TIMEOUT", IDLE_TIMEOUT)
    app.config.setdefault("SESSION_ABSOLUTE_TIMEOUT", ABSOLUTE_TIMEOUT)
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        # Secure cookies are not sent over plain http, which a local `make run` uses.
        SESSION_COOKIE_SECURE=public_url.startswith("https://"),
        SERVED_OVER_HTTPS=public_url.startswith("https://"),
        SESSION_COOKIE_NAME="cdop_session",
        # Flask refuses any session cookie older than this, a visitor's included, and the public
        # form's CSRF token lives in one; staff sessions end sooner, in expire_idle_session.
        PERMANENT_SESSION_LIFETIME=CSRF_TIME_LIMIT,
        REMEMBER_COOKIE_DURATION=dt.timedelta(seconds=0),
        WTF_CSRF_TIME_LIMIT=int(CSRF_TIME_LIMIT.total_seconds()),
    )
    app.before_request(expire_idle_session)
    app.after_request(add_headers)


def expire_idle_session() -> None:
    """Forget a signed-in session left idle too long or open too long; stamp the rest."""
    if "_user_id" not in session:
        return
    now = time.time()
    idle = current_app.config["SESSION_IDLE_TIMEOUT"].total_seconds()
    absolute = current_app.config["SESSION_ABSOLUTE_TIMEOUT"].total_seconds()
    if now - session.get(SEEN_KEY, now) > idle or now - session.get(STARTED_KEY, now) > absolute:
        session.clear()
        session["_expired"] = True
        return
    session.permanent = True
    session.setdefault(STARTED_KEY, now)
    session[SEEN_KEY] = now


def add_headers(response: Response) -> Response:
    """The headers every response carries; pages for signed-in staff are never cached."""
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    # Behind a TLS-terminating proxy the request itself looks like plain http.
    if request.is_secure or current_app.config["SERVED_OVER_HTTPS"]:
        headers.setdefault("Strict-Transport-Security", HSTS)
    if "_user_id" in session:
        headers["Cache-Control"] = "no-store"
    return response
