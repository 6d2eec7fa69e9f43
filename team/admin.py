"""Admin pages: staff accounts, canned replies with their history, settings and the audit trail."""
from __future__ import annotations

import io

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, send_file, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from extensions import db
from privacy.anonymise import ANONYMISED
from privacy.export import export_contact
from services import services
from store.models import AuditEvent, Enquiry, User
from store.team_models import CannedReply
from team.audit import record
from team.auth import hash_password
from team.canned import BUILT_IN, save_canned, unknown_placeholders
from team.forms import CannedReplyForm, EditUserForm, NewUserForm
from team.roles import requires

bp = Blueprint("admin", __name__, url_prefix="/admin")
AUDIT_PAGE = 100


@bp.route("/users", methods=["GET", "POST"])
@requires("admin")
def users():
    form = NewUserForm()
    if form.validate_on_submit():
        user = User(email=form.email.data.strip().lower(), role=form.role.data,
                    password_hash=hash_password(form.password.data))
        db.session.add(user)
        try:
            db.session.flush()
        except IntegrityError:
            db.session.rollback()
            form.email.errors.append("Someone already has an account with this email address")
        else:
            record("user_created", user_id=user.id, role=user.role)
            db.session.commit()
            flash(f"Account created for {user.email}.", "success")
            return redirect(url_for("team.admin.users"))
    staff = db.session.scalars(select(User).order_by(User.email)).all()
    return render_template("team/admin/users.html", form=form, staff=staff), 400 if form.errors else 200


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@requires("admin")
def user(user_id: int):
    account = db.session.get(User, user_id) or abort(404)
    form = EditUserForm(obj=account)
    if form.validate_on_submit():
        if account.id == current_user.id and (form.role.data != "admin" or not form.active.data):
            form.role.errors = ["You cannot remove your own admin rights or sign-in"]
        else:
            _update_user(account, form)
            flash(f"{account.email} saved.", "success")
            return redirect(url_for("team.admin.users"))
    return render_template("team/admin/user.html", form=form, account=account), 400 if form.errors else 200


def _update_user(account: User, form: EditUserForm) -> None:
    changes: dict[str, object] = {}
    if account.role != form.role.data:
        changes["role"] = [account.role, form.role.data]
    if account.active != form.active.data:
        changes["active"] = [account.active, form.active.data]
    if form.password.data:
        account.password_hash = hash_password(form.password.data)  # also ends their sessions
        changes["password"] = "changed"
    account.role, account.active = form.role.data, form.active.data
    record("user_changed", user_id=account.id, **changes)
    db.session.commit()


@bp.get("/replies")
@requires("admin")
def canned_list():
    replies = db.session.scalars(select(CannedReply).order_by(CannedReply.archived, CannedReply.name)).all()
    return render_template("team/admin/canned_list.html", replies=replies)


@bp.route("/replies/new", methods=["GET", "POST"], defaults={"canned_id": None})
@bp.route("/replies/<int:canned_id>", methods=["GET", "POST"])
@requires("admin")
def canned_edit(canned_id: int | None):
    canned = (db.session.get(CannedReply, canned_id) or abort(404)) if canned_id else CannedReply()
    form = CannedReplyForm(obj=canned if canned_id else None)
    if form.validate_on_submit() and _placeholders_known(form):
        try:
            save_canned(canned, name=form.name.data.strip(), channel=form.channel.data,
                        subject=(form.subject.data or "").strip() or None, body=form.body.data.strip(),
                        archived=form.archived.data, author_id=current_user.id, author=current_user.email)
            record("canned_reply_saved", canned_id=canned.id, version=canned.version)
            db.session.commit()
        except IntegrityError:
            db.session.rollback()
            form.name.errors.append("Another reply template already has this name")
        else:
            flash(f"Reply template “{canned.name}” saved as version {canned.version}.", "success")
            return redirect(url_for("team.admin.canned_edit", canned_id=canned.id))
    return render_template("team/admin/canned_edit.html", form=form, canned=canned if canned_id else None,
                           placeholders=BUILT_IN, resources=sorted(services().registry)), \
        400 if form.errors else 200


def _placeholders_known(form: CannedReplyForm) -> bool:
    registry = services().registry
    for field in (form.subject, form.body):
        unknown = unknown_placeholders(field.data or "", registry)
        if unknown:
            field.errors = [*field.errors, "Unknown placeholder: " + ", ".join(f"{{{n}}}" for n in unknown)]
    return not (form.subject.errors or form.body.errors)


@bp.get("/settings")
@requires("admin")
def settings():
    svc = services()
    return render_template("team/admin/settings.html", settings=svc.settings, slas=svc.settings.slas,
                           unconfirmed=svc.registry.unconfirmed(),
                           idle=current_app.config["SESSION_IDLE_TIMEOUT"])


@bp.get("/audit")
@requires("admin")
def audit():
    reference = request.args.get("enquiry", "").strip().upper()
    actor = request.args.get("actor", "").strip().lower()
    before = request.args.get("before", type=int)
    query = select(AuditEvent, Enquiry.reference).outerjoin(Enquiry, Enquiry.id == AuditEvent.enquiry_id)
    if reference:
        query = query.where(Enquiry.reference == reference)
    if actor:
        query = query.where(AuditEvent.actor == actor)
    if before:
        query = query.where(AuditEvent.id < before)
    events = db.session.execute(query.order_by(AuditEvent.id.desc()).limit(AUDIT_PAGE + 1)).all()
    more = len(events) > AUDIT_PAGE
    events = events[:AUDIT_PAGE]
    return render_template("team/admin/audit.html", events=events, reference=reference, actor=actor,
                           older=events[-1][0].id if more else None)


@bp.post("/enquiries/<int:enquiry_id>/subject-access")
@requires("admin")
def subject_access(enquiry_id: int):
    """A ZIP of everything held about the enquiry's sender (the same as `flask contacts export`)."""
    enquiry = db.session.get(Enquiry, enquiry_id) or abort(404)
    if enquiry.contact is None or enquiry.contact.address.startswith(ANONYMISED):
        abort(404)
    archive = io.BytesIO()
    export_contact(enquiry.contact.address, archive, actor=current_user.email)
    db.session.commit()
    archive.seek(0)
    return send_file(archive, as_attachment=True, mimetype="application/zip",
                     download_name=f"subject-access-{enquiry.reference or enquiry.id}.zip")
