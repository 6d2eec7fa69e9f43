"""The chat on the public pages: the widget's session token and its JSON API under /chat/api."""
from __future__ import annotations

import logging
import re
import secrets
import threading
from typing import Any

from flask import Blueprint, Response, abort, current_app, jsonify, request
from flask_wtf.csrf import CSRFError
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.exceptions import HTTPException

from bot.answer import Bot
from extensions import limiter
from intake.inbound import InboundMessage
from intake.receive import receive
from replies.render import render_acknowledgement
from services import services
from store.base import utcnow
from web.forms import EMAIL, uk_phone

logger = logging.getLogger(__name__)

bp = Blueprint("chat", __name__, url_prefix="/chat")
ASK_LIMITS = "20/minute;200/hour"
LEAVE_LIMITS = "5/minute;30/hour"
TEXT_MAX = 1000
HISTORY_MAX = 20
MESSAGE_ID = re.compile(r"^[A-Za-z0-9-]{8,64}$")
# A page left open for a day starts a new conversation; an old token is no key to an old thread.
SESSION_MAX_AGE = 24 * 3600

_bot: Bot | None = None
_bot_lock = threading.Lock()


def chat_bot() -> Bot:
    """The bot, loaded on first use and then shared by every request of the process."""
    global _bot
    with _bot_lock:
        if _bot is None:
            _bot = Bot.load(registry=services().registry)
        return _bot


def _signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="chat-session")


@bp.app_context_processor
def chat_context() -> dict[str, Any]:
    """`chat_session()` in templates: a new signed session id for the widget on each page."""
    return {"chat_session": lambda: _signer().dumps(secrets.token_urlsafe(18))}


@bp.post("/api/message")
@limiter.limit(ASK_LIMITS)
def ask() -> Response:
    """Answer one question; a crisis also files the conversation so the team sees it at once."""
    thread, body = _thread_and_body()
    text = _text(body.get("text"))
    history = _history(body)
    answer = chat_bot().answer(text)
    crisis = answer.intent == "crisis"
    reply: dict[str, Any] = {"intent": answer.intent, "reply": answer.reply, "crisis": crisis,
                             "handoff": crisis or answer.intent == "handoff"}
    if crisis:  # the bot's crisis reply starts with where to get help now
        received = receive(_inbound(thread, _message_id(body), [*history, text], None, contact={}))
        reply["reference"] = received.reference
    return jsonify(reply)


@bp.post("/api/leave-message")
@limiter.limit(LEAVE_LIMITS)
def leave_message() -> Response:
    """File the conversation and a message for the team as a chat enquiry; answer with the reference."""
    thread, body = _thread_and_body()
    text = _text(body.get("text"))
    contact = _contact(body)
    received = receive(_inbound(thread, _message_id(body), _history(body), text, contact))
    ack = render_acknowledgement(
        category=received.category, flags=received.flags, channel="chat", reference=received.reference,
        received_at=utcnow(), registry=services().registry)
    # In a crisis the acknowledgement starts with where to get help now.
    return jsonify({"reference": received.reference, "reply": ack.text if ack else "",
                    "crisis": "crisis" in received.flags})


def _inbound(thread: str, message_id: str, history: list[str], text: str | None,
             contact: dict[str, str]) -> InboundMessage:
    said = [*history, *([text] if text else [])]
    return InboundMessage(
        channel="chat", external_id=f"{thread}:{message_id}", sender=contact.get("email") or contact.get("phone", ""),
        phone=contact.get("phone"), text=transcript(history, text),
        new_text="\n".join(said),  # triage reads what the person wrote, not the bot's answers
        thread_key=thread)


def transcript(history: list[str], text: str | None) -> str:
    """The conversation for the team: each question with the bot's answer, then the message."""
    bot = chat_bot()
    parts = [f"Visitor: {said}\nChat bot ({(answer := bot.answer(said)).intent}): {answer.reply}"
             for said in history]
    if text:
        parts.append(f"Message for the team:\n{text}")
    return "\n\n".join(parts)


def _thread_and_body() -> tuple[str, dict[str, Any]]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400, "Send a JSON object.")
    try:
        thread = _signer().loads(str(body.get("session", "")),
                                 max_age=current_app.config.get("CHAT_SESSION_MAX_AGE", SESSION_MAX_AGE))
    except BadSignature:
        abort(400, "This chat has expired. Please reload the page.")
    return thread, body


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        abort(400, "Enter your message")
    if len(value) > TEXT_MAX:
        abort(400, f"Your message must be {TEXT_MAX:,} characters or fewer.")
    return value.strip()


def _history(body: dict[str, Any]) -> list[str]:
    history = body.get("history") or []
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        abort(400, "history must be a list of earlier messages.")
    # Only the latest turns: the transcript is for the team, not a way to store a book.
    return [h.strip()[:TEXT_MAX] for h in history[-HISTORY_MAX:] if h.strip()]


def _message_id(body: dict[str, Any]) -> str:
    """The widget's id for this send, so a repeated request stores nothing new."""
    value = str(body.get("id", ""))
    return value if MESSAGE_ID.match(value) else secrets.token_hex(12)


class FieldError(Exception):
    """A field of the leave-a-message form is wrong: the sender's mistake, shown beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field, message


def _contact(body: dict[str, Any]) -> dict[str, str]:
    email = str(body.get("email") or "").strip().lower()
    phone = str(body.get("phone") or "").strip()
    if email and not EMAIL.match(email):
        raise FieldError("email", "Enter an email address in the correct format, like name@example.com")
    number = uk_phone(phone, mobile=False) if phone else None
    if phone and number is None:
        raise FieldError("phone", "Enter a phone number in the correct format, like 01632 960 001")
    return {k: v for k, v in (("email", email), ("phone", number)) if v}


@bp.errorhandler(FieldError)
def field_error(error: FieldError) -> tuple[Response, int]:
    return jsonify({"error": error.message, "field": error.field}), 400


@bp.errorhandler(CSRFError)
def csrf_failed(error: CSRFError) -> tuple[Response, int]:
    logger.info("chat: CSRF check failed (%s)", error.description)
    return jsonify({"error": "This chat has expired. Please reload the page."}), 400


@bp.errorhandler(429)
def too_many(error: HTTPException) -> tuple[Response, int]:
    logger.info("chat: rate limit reached")
    return jsonify({"error": "You have sent a lot of messages. Please wait a minute and try again."}), 429


@bp.errorhandler(400)
def bad_request(error: HTTPException) -> tuple[Response, int]:
    return jsonify({"error": error.description}), 400
