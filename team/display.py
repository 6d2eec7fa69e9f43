"""How the team app shows times, labels and due states; handed to every team template."""
from __future__ import annotations

import datetime as dt

from store.base import utcnow
from team.forms import CATEGORY_LABELS, STATUS_LABELS
from team.roles import can
from triage.workhours import LONDON

FLAG_LABELS = {"crisis": "Crisis", "auto_reply": "Automatic reply", "needs_review": "Needs review"}
CHANNEL_LABELS = {"email": "Email", "sms": "SMS", "form": "Web form", "chat": "Chat"}
PRIORITY_LABELS = {1: "1 (crisis)", 2: "2 (notification)", 3: "3 (family support)", 4: "4 (general)"}


def local_time(moment: dt.datetime | None) -> str:
    """E.g. "Tue 25 Nov 2026, 14:05" in UK time."""
    if moment is None:
        return "not set"
    local = moment.astimezone(LONDON)
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def due_phrase(due: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """E.g. "overdue by 3 hours" or "due in 40 minutes"."""
    if due is None:
        return "no due time"
    now = now or utcnow()
    span = _span(abs(due - now))
    return f"overdue by {span}" if due < now else f"due in {span}"


def _span(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    for unit, size in (("day", 1440), ("hour", 60)):
        if minutes >= size:
            count = minutes // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def template_helpers() -> dict[str, object]:
    return {"can": can, "local_time": local_time, "due_phrase": due_phrase,
            "CATEGORY_LABELS": CATEGORY_LABELS, "STATUS_LABELS": STATUS_LABELS, "FLAG_LABELS": FLAG_LABELS,
            "CHANNEL_LABELS": CHANNEL_LABELS, "PRIORITY_LABELS": PRIORITY_LABELS}
