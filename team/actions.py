"""The enquiry page's actions: claim, assign, reclassify, status, notes and merge."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from extensions import db
from team import operations
from team.audit import record
from team.enquiry import get_enquiry
from team.forms import AssignForm, MergeForm, NoteForm, ReclassifyForm, StatusForm, VersionedForm
from team.operations import Conflict
from team.roles import requires

bp = Blueprint("actions", __name__, url_prefix="/enquiries/<int:enquiry_id>")


def _back(enquiry_id: int, anchor: str | None = None):
    return redirect(url_for("team.enquiry.show", enquiry_id=enquiry_id, _anchor=anchor))


def _refused(enquiry_id: int, message: str):
    flash(message, "error")
    return _back(enquiry_id)


@bp.post("/claim")
@requires("triager")
def claim(enquiry_id: int):
    form = VersionedForm()
    if not form.validate_on_submit():
        return _refused(enquiry_id, "The claim form was incomplete. Try again.")
    try:
        operations.claim(get_enquiry(enquiry_id).id, current_user.id, form.version.data)
    except Conflict as conflict:
        return _refused(enquiry_id, str(conflict))
    flash("You have claimed this enquiry.", "success")
    return _back(enquiry_id)


@bp.post("/assign")
@requires("triager")
def assign(enquiry_id: int):
    enquiry = get_enquiry(enquiry_id)
    form = AssignForm()
    form.assignee.choices = operations.assignee_choices()
    if not form.validate_on_submit():
        return _refused(enquiry_id, "Choose someone who can take enquiries.")
    try:
        operations.assign(enquiry, form.assignee.data or None, form.version.data)
    except Conflict as conflict:
        return _refused(enquiry_id, str(conflict))
    flash("Assignment saved.", "success")
    return _back(enquiry_id)


@bp.post("/reclassify")
@requires("triager")
def reclassify(enquiry_id: int):
    enquiry = get_enquiry(enquiry_id)
    form = ReclassifyForm()
    if not form.validate_on_submit():
        return _refused(enquiry_id, "Choose a category.")
    try:
        operations.reclassify(enquiry, form.category.data, form.flags(), form.version.data, current_user.id)
    except Conflict as conflict:
        return _refused(enquiry_id, str(conflict))
    flash("Category saved; priority and due time recalculated.", "success")
    return _back(enquiry_id)


@bp.post("/status")
@requires("triager")
def status(enquiry_id: int):
    enquiry = get_enquiry(enquiry_id)
    form = StatusForm()
    if not form.validate_on_submit():
        return _refused(enquiry_id, "Choose a status.")
    try:
        operations.set_status(enquiry, form.status.data, form.version.data)
    except Conflict as conflict:
        return _refused(enquiry_id, str(conflict))
    flash("Status saved.", "success")
    return _back(enquiry_id)


@bp.post("/notes")
@requires("triager")
def note(enquiry_id: int):
    enquiry = get_enquiry(enquiry_id)
    form = NoteForm()
    if not form.validate_on_submit():
        return _refused(enquiry_id, "Write the note before saving it.")
    operations.add_note(enquiry, form.text.data, current_user.id, current_user.email)
    flash("Note saved.", "success")
    return _back(enquiry_id, "thread")


@bp.post("/merge")
@requires("triager")
def merge(enquiry_id: int):
    source = get_enquiry(enquiry_id)
    form = MergeForm()
    if not form.validate_on_submit():
        return _refused(enquiry_id, form.target.errors[0] if form.target.errors else "Enter a reference.")
    target = operations.find_by_reference(form.target.data)
    if target is None:
        return _refused(enquiry_id, f"No enquiry has the reference {form.target.data.strip().upper()}.")
    if not form.confirm.data:
        record("viewed", target.id, page="merge_confirm")
        db.session.commit()
        return render_template("team/merge_confirm.html", source=source, target=target, form=form)
    try:
        operations.merge(source, target, form.version.data, current_user.id)
    except Conflict as conflict:
        return _refused(enquiry_id, str(conflict))
    flash(f"{source.reference} was merged into this enquiry.", "success")
    return _back(target.id)
