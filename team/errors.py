"""Refusals shown as team pages rather than bare server errors."""
from __future__ import annotations

from flask import Blueprint, render_template
from werkzeug.exceptions import HTTPException

MESSAGES = {
    403: ("You cannot do that", "Your role does not allow this. Ask an admin if you need it."),
    404: ("Not found", "There is nothing at this address. It may have been merged or mistyped."),
    429: ("Too many attempts", "Wait a minute, then try again."),
}


def register(bp: Blueprint) -> None:
    for code in MESSAGES:
        bp.register_error_handler(code, show_error)


def show_error(error: HTTPException):
    title, message = MESSAGES[error.code or 500]
    return render_template("team/error.html", title=title, message=message), error.code
