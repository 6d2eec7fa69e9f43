"""Staff sign-in and sign-out: argon2 passwords, rate limits, sessions tied to the password."""
from __future__ import annotations

import hashlib
import hmac
import logging
from functools import cache
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import UserMixin, current_user, login_user, logout_user
from sqlalchemy import select

from extensions import db, limiter, login_manager
from store.base import utcnow
from store.models import User
from team.audit import record
from team.forms import LoginForm
from team.roles import ANYONE, requires

logger = logging.getLogger(__name__)
bp = Blueprint("auth", __name__)
hasher = PasswordHasher()


class Staff(UserMixin):
    """The signed-in user as Flask-Login sees it; its id changes when the password does."""

    def __init__(self, user: User) -> None:
        self.user, self.id, self.email, self.role = user, user.id, user.email, user.role

    def get_id(self) -> str:
        return f"{self.user.id}:{password_stamp(self.user)}"


def hash_password(password: str) -> str:
    return hasher.hash(password)


def password_stamp(user: User) -> str:
    """A keyed digest of the password hash: a new password or key signs every old session out."""
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, user.password_hash.encode(), hashlib.sha256).hexdigest()[:16]


@login_manager.user_loader
def load_staff(session_id: str) -> Staff | None:
    user_id, _, stamp = session_id.partition(":")
    user = db.session.get(User, int(user_id)) if user_id.isdigit() else None
    if user is None or not user.active or not hmac.compare_digest(stamp, password_stamp(user)):
        return None
    return Staff(user)


def configure_login() -> None:
    login_manager.login_view = "team.auth.login"
    login_manager.login_message = "Sign in to use the team app."
    login_manager.login_message_category = "info"


@cache
def _dummy_hash() -> str:
    return hasher.hash("an unknown address still costs one hash")


def authenticate(email: str, password: str) -> User | None:
    """The active user with this address and password, or None; equally slow either way."""
    user = db.session.scalar(select(User).where(User.email == email.strip().lower()))
    try:
        hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def _submitted_email() -> str:
    return "login:" + request.form.get("email", "").strip().lower()[:320]


def safe_next(target: str | None) -> str:
    """Only a path inside the team app, so the sign-in page cannot send anyone elsewhere."""
    parts = urlsplit(target or "")
    if parts.scheme or parts.netloc or not parts.path.startswith("/team") or "\\" in (target or ""):
        return url_for("team.queue.index")
    return target  # type: ignore[return-value]


@bp.route("/login", methods=["GET", "POST"])
@requires(ANYONE)
@limiter.limit("10 per minute", methods=["POST"])
@limiter.limit("5 per minute", methods=["POST"], key_func=_submitted_email)
def login():
    if current_user.is_authenticated:
        return redirect(url_for("team.queue.index"))
    form = LoginForm()
    expired = session.pop("_expired", False)
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is not None:
            return _sign_in(user)
        form.email.errors.append("The email address or password is not right")
        logger.info("failed sign-in")
    status = 400 if form.errors else 200
    return render_template("team/login.html", form=form, expired=expired), status


def _sign_in(user: User) -> object:
    target = safe_next(request.args.get("next"))
    session.clear()  # a fresh session, so nothing planted before sign-in survives it
    login_user(Staff(user))
    user.last_login_at = utcnow()
    record("signed_in")
    db.session.commit()
    return redirect(target)


@bp.post("/logout")
@requires("viewer")
def logout():
    record("signed_out")
    db.session.commit()
    logout_user()
    session.clear()
    flash("You have signed out.", "info")
    return redirect(url_for("team.auth.login"))
