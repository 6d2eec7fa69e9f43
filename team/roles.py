"""Who may do what: one decorator on every team view, and a guard that refuses any view without it."""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from flask import abort, current_app, request
from flask_login import current_user

from extensions import login_manager

RANK = {"viewer": 1, "triager": 2, "admin": 3}
ANYONE = "anyone"  # no sign-in needed: the sign-in page itself

View = TypeVar("View", bound=Callable)


def requires(role: str) -> Callable[[View], View]:
    """Allow a signed-in, active user whose role is `role` or above (viewer < triager < admin)."""
    if role != ANYONE and role not in RANK:
        raise ValueError(f"unknown role {role!r}")

    def decorate(view: View) -> View:
        @wraps(view)
        def guarded(*args, **kwargs):
            if role != ANYONE:
                if not current_user.is_authenticated:
                    return login_manager.unauthorized()
                if RANK[current_user.role] < RANK[role]:
                    abort(403)
            return view(*args, **kwargs)

        guarded.required_role = role  # type: ignore[attr-defined]
        return guarded  # type: ignore[return-value]
    return decorate


def can(role: str) -> bool:
    """Whether the current user holds `role` or above; templates use it to hide what they cannot do."""
    return current_user.is_authenticated and RANK[current_user.role] >= RANK[role]


def deny_unmarked_views() -> None:
    """Fail closed: a team view someone forgot to decorate answers 403 rather than serving anyone."""
    view = current_app.view_functions.get(request.endpoint or "")
    if view is not None and not hasattr(view, "required_role"):
        abort(403)
