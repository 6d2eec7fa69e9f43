"""Replying to an enquiry: pick a canned reply, see it filled in for this enquiry, then send."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from extensions import db
from services import services
from store.models import Enquiry
from store.team_models import CannedReply
from team.audit import record
from team.canned import BUILT_IN, UnknownPlaceholder
from team.enquiry import get_enquiry
from team.forms import ReplyForm
from team.replying import Draft, ReplyTarget, draft, reply_target, send_reply
from team.roles import requires

bp = Blueprint("reply", __name__, url_prefix="/enquiries/<int:enquiry_id>")


def _usable_canned(canned_id: int | None) -> CannedReply | None:
    canned = db.session.get(CannedReply, canned_id) if canned_id else None
    return canned if canned is not None and not canned.archived else None


def _page(enquiry: Enquiry, target: ReplyTarget, form: ReplyForm, preview: Draft | None, status: int = 200):
    if preview is not None:
        form.previewed.data = preview.token
    choices = db.session.scalars(select(CannedReply).where(
        CannedReply.archived.is_(False), CannedReply.channel.in_(("any", target.channel)))
        .order_by(CannedReply.name)).all()
    return render_template("team/reply.html", enquiry=enquiry, target=target, form=form, preview=preview,
                           choices=choices, placeholders=BUILT_IN, resources=sorted(services().registry)), status


def _no_target(enquiry: Enquiry):
    flash("There is no way to reply: the sender left no email address or phone number.", "error")
    return redirect(url_for("team.enquiry.show", enquiry_id=enquiry.id))


@bp.get("/reply")
@requires("triager")
def compose(enquiry_id: int):
    enquiry = get_enquiry(enquiry_id)
    target = reply_target(enquiry)
    if target is None:
        return _no_target(enquiry)
    canned = _usable_canned(request.args.get("canned", type=int))
    record("viewed", enquiry.id, page="reply")
    db.session.commit()
    form = ReplyForm(formdata=None, version=enquiry.version, canned=canned.id if canned else None,
                     subject=canned.subject if canned else None, body=canned.body if canned else "")
    return _page(enquiry, target, form, _safe_draft(enquiry, target, form) if canned else None)


def _safe_draft(enquiry: Enquiry, target: ReplyTarget, form: ReplyForm) -> Draft | None:
    try:
        return draft(enquiry, target, form.subject.data, form.body.data)
    except UnknownPlaceholder as unknown:
        form.body.errors = [*form.body.errors, f"{{{unknown}}} is not something a reply can fill in"]
        return None


@bp.post("/reply")
@requires("triager")
def submit(enquiry_id: int):
    enquiry = get_enquiry(enquiry_id)
    target = reply_target(enquiry)
    if target is None:
        return _no_target(enquiry)
    form = ReplyForm()
    preview = _safe_draft(enquiry, target, form) if form.validate_on_submit() else None
    if preview is None:
        return _page(enquiry, target, form, None, 400)
    if not form.send.data or target.blocked:
        return _page(enquiry, target, form, preview)
    if form.previewed.data != preview.token:
        flash("The reply changed since its preview. Check the preview below, then send.", "error")
        return _page(enquiry, target, form, preview)
    try:
        send_reply(enquiry, target, preview, form.status_after.data, _usable_canned(form.canned.data))
    except StaleDataError:
        db.session.rollback()
        flash("Someone changed this enquiry at the same moment; nothing was sent. Try again.", "error")
        return redirect(url_for("team.reply.compose", enquiry_id=enquiry.id))
    flash(f"Reply queued to {target.recipient} by {target.channel}.", "success")
    return redirect(url_for("team.enquiry.show", enquiry_id=enquiry.id, _anchor="thread"))
