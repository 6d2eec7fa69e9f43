"""The public enquiry form at /enquiry and its confirmation page (post/redirect/get)."""
from __future__ import annotations

import logging

from flask import Blueprint, Response, redirect, render_template, session, url_for
from flask_wtf.csrf import CSRFError

from extensions import db, limiter
from intake.inbound import InboundMessage
from intake.receive import first_name, receive
from replies.render import render_acknowledgement
from services import services
from store.models import Message
from web.forms import EnquiryForm, new_submission_token

logger = logging.getLogger(__name__)

bp = Blueprint("enquiry", __name__, url_prefix="/enquiry")
SUBMIT_LIMITS = "5/minute;30/hour"
CONFIRMATION = "enquiry_confirmation"  # session key: the message the confirmation page shows


@bp.get("")
def form() -> str:
    page = EnquiryForm(formdata=None, submission=new_submission_token())
    return render_template("public/enquiry.html", form=page, r=services().registry)


# Only accepted submissions count: someone correcting a mistake several times is not a burst.
@bp.post("")
@limiter.limit(SUBMIT_LIMITS, deduct_when=lambda response: response.status_code == 303)
def submit() -> Response | tuple[str, int]:
    page = EnquiryForm()
    if page.is_bot:
        # Pretend it worked, so the bot learns nothing; store nothing.
        logger.info("enquiry form: honeypot filled, nothing stored")
        return redirect(url_for(".confirmation"), 303)
    if not page.validate():
        return render_template("public/enquiry.html", form=page, r=services().registry), 400
    inbound = inbound_message(page)
    received = receive(inbound)
    session[CONFIRMATION] = {"message": received.message_id, "name": first_name(inbound)}
    return redirect(url_for(".confirmation"), 303)


@bp.get("/confirmation")
def confirmation() -> Response | str:
    shown = session.get(CONFIRMATION) or {}
    message = db.session.get(Message, shown["message"]) if shown.get("message") else None
    if message is None:
        return redirect(url_for(".form"))
    enquiry = message.enquiry
    body = render_acknowledgement(
        category=enquiry.category, flags=enquiry.flags, channel="form", reference=enquiry.reference or "",
        received_at=message.received_at or message.created_at, first_name=shown.get("name"),
        registry=services().registry)
    return render_template("public/confirmation.html", body=body.html if body else None,
                           reference=enquiry.reference, r=services().registry)


def inbound_message(page: EnquiryForm) -> InboundMessage:
    """The form as the one shape receive() takes; the submission token makes a resubmit a no-op."""
    sender, phone = page.reply_address()
    return InboundMessage(
        channel="form", external_id=page.token(), sender=sender, phone=phone,
        text=page.message.data.strip(), sender_name=(page.name.data or "").strip() or None,
        role=page.role.data, reply_by=page.reply_by.data)


@bp.errorhandler(CSRFError)
def csrf_failed(error: CSRFError) -> tuple[str, int]:
    logger.info("enquiry form: CSRF check failed (%s), nothing stored", error.description)
    return render_template("public/problem.html", problem="expired", r=services().registry), 400


@bp.errorhandler(429)
def too_many(error: Exception) -> tuple[str, int]:
    logger.info("enquiry form: rate limit reached")
    return render_template("public/problem.html", problem="too_many", r=services().registry), 429
