"""The team's web app at /team: one parent blueprint holding one child blueprint per feature."""
from __future__ import annotations

from flask import Blueprint


def create_blueprint() -> Blueprint:
    """The /team blueprint with sign-in, queue, enquiry page, actions and admin beneath it."""
    from team import actions, admin, auth, dashboard, enquiry, errors, queue, reply, roles
    from team.display import template_helpers

    auth.configure_login()
    bp = Blueprint("team", __name__, url_prefix="/team")
    bp.before_request(roles.deny_unmarked_views)
    bp.context_processor(template_helpers)
    errors.register(bp)
    for child in (auth.bp, queue.bp, enquiry.bp, actions.bp, reply.bp, admin.bp, dashboard.bp):
        bp.register_blueprint(child)
    return bp
