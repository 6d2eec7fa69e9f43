"""The enquiry page: the whole thread, why triage decided, and downloads of attachments."""
from __future__ import annotations

import io

from flask import Blueprint, abort, render_template, send_file
from sqlalchemy import select

from extensions import db
from store.models import Attachment, Correction, Enquiry, Message, User
from store.team_models import CannedReply, Merge
from team.audit import record
from team.forms import AssignForm, MergeForm, NoteForm, ReclassifyForm, StatusForm
from team.operations import assignee_choices
from team.replying import reply_target
from team.roles import requires
from team.thread import thread

bp = Blueprint("enquiry", __name__)

# Types a browser may be handed as they are; anything else downloads as plain bytes.
SAFE_TYPES = {"application/pdf", "image/png", "image/jpeg", "image/gif", "text/plain", "text/csv"}


def get_enquiry(enquiry_id: int) -> Enquiry:
    enquiry = db.session.get(Enquiry, enquiry_id)
    if enquiry is None:
        abort(404)
    return enquiry


@bp.get("/enquiries/<int:enquiry_id>")
@requires("viewer")
def show(enquiry_id: int):
    enquiry = get_enquiry(enquiry_id)
    record("viewed", enquiry.id)
    db.session.commit()
    return render_template("team/enquiry.html", enquiry=enquiry, items=thread(enquiry.id),
                           forms=_forms(enquiry), target=reply_target(enquiry), **_history(enquiry))


def _forms(enquiry: Enquiry) -> dict[str, object]:
    version = {"version": enquiry.version}
    assign = AssignForm(formdata=None, assignee=enquiry.assignee_id or 0, **version)
    assign.assignee.choices = assignee_choices()
    flags = set(enquiry.flags or [])
    return {
        "assign": assign,
        "reclassify": ReclassifyForm(formdata=None, category=enquiry.category, crisis="crisis" in flags,
                                     machine_mail="auto_reply" in flags, **version),
        "status": StatusForm(formdata=None, status=enquiry.status, **version),
        "note": NoteForm(formdata=None),
        "merge": MergeForm(formdata=None, **version),
        "canned": db.session.scalars(select(CannedReply).where(CannedReply.archived.is_(False))
                                     .order_by(CannedReply.name)).all(),
    }


def _history(enquiry: Enquiry) -> dict[str, object]:
    corrections = db.session.execute(
        select(Correction, User.email).outerjoin(User, User.id == Correction.user_id)
        .where(Correction.enquiry_id == enquiry.id).order_by(Correction.at)).all()
    assignee = db.session.get(User, enquiry.assignee_id) if enquiry.assignee_id else None
    return {"merged_into": _merges(Merge.source_id, Merge.target_id, enquiry.id),
            "merged_from": _merges(Merge.target_id, Merge.source_id, enquiry.id),
            "corrections": corrections, "assignee": assignee}


def _merges(this_side, other_side, enquiry_id: int) -> list[tuple[Merge, Enquiry]]:
    return [tuple(row) for row in db.session.execute(
        select(Merge, Enquiry).join(Enquiry, Enquiry.id == other_side).where(this_side == enquiry_id)
        .order_by(Merge.at))]


@bp.get("/attachments/<int:attachment_id>")
@requires("viewer")
def attachment(attachment_id: int):
    item = db.session.get(Attachment, attachment_id)
    if item is None or item.content is None:
        abort(404)
    enquiry_id = db.session.scalar(select(Message.enquiry_id).where(Message.id == item.message_id))
    record("attachment_downloaded", enquiry_id, attachment_id=item.id)
    db.session.commit()
    content_type = item.content_type.split(";")[0].strip().lower()
    name = "".join(c for c in item.name if c.isprintable()).strip() or "attachment"
    response = send_file(io.BytesIO(item.content), as_attachment=True, download_name=name,
                         mimetype=content_type if content_type in SAFE_TYPES else "application/octet-stream")
    # Even if a browser ignored the download header, the file could run nothing.
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
