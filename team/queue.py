"""The queue page at /team: filters, search, counts and keyset pages."""
from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user
from sqlalchemy import select

from extensions import db
from store.models import User
from team.queue_query import CHANNELS, STATUS_CHOICES, Filters, queue_counts, queue_page
from team.roles import requires
from triage.routing import PRIORITY

bp = Blueprint("queue", __name__)


@bp.get("/")
@requires("viewer")
def index():
    filters = Filters.from_args(request.args)
    page = queue_page(filters, current_user.id, after=request.args.get("after"),
                      before=request.args.get("before"))
    staff = db.session.execute(select(User.id, User.email).where(User.active.is_(True))
                               .order_by(User.email)).all()
    return render_template("team/queue.html", filters=filters, page=page, counts=queue_counts(current_user.id),
                           staff=staff, channels=CHANNELS, statuses=STATUS_CHOICES,
                           priorities=sorted(PRIORITY.items(), key=lambda item: item[1]))
