"""Claim, assign, reclassify, status, notes and merge: each changes the enquiry and leaves a trail."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from extensions import db
from store.base import utcnow
from store.models import AuditEvent, Correction, Enquiry, Message, OutboxEntry
from store.team_models import Merge, Note
from tests.team_support import add_message, fast_hashing, make_enquiry, signed_in, staff  # noqa: F401
from triage.routing import route


def fresh(enquiry: Enquiry) -> Enquiry:
    db.session.expire_all()
    return db.session.get(Enquiry, enquiry.id)


def actions(enquiry_id: int) -> list[str]:
    return list(db.session.scalars(select(AuditEvent.action).where(AuditEvent.enquiry_id == enquiry_id,
                                                                   AuditEvent.action != "viewed")
                                   .order_by(AuditEvent.id)))


def post(client, enquiry: Enquiry, action: str, **data):
    return client.post(f"/team/enquiries/{enquiry.id}/{action}", data={"version": enquiry.version, **data},
                       follow_redirects=True)


def test_claiming_takes_the_enquiry_and_opens_it(app, staff):
    enquiry = make_enquiry()
    before = enquiry.version
    page = post(signed_in(app, staff["triager"]), enquiry, "claim")
    assert b"You have claimed this enquiry." in page.data
    enquiry = fresh(enquiry)
    assert (enquiry.assignee_id, enquiry.status, enquiry.version) == (staff["triager"].id, "open", before + 1)
    assert actions(enquiry.id) == ["claimed"]


def test_a_second_claim_is_told_who_was_first(app, staff):
    enquiry = make_enquiry()
    version = enquiry.version
    post(signed_in(app, staff["triager"]), enquiry, "claim")
    page = signed_in(app, staff["triager2"]).post(f"/team/enquiries/{enquiry.id}/claim", data={"version": version},
                                                  follow_redirects=True)
    assert b"triager@cdop.test claimed this enquiry first." in page.data
    assert fresh(enquiry).assignee_id == staff["triager"].id


def test_a_claim_from_a_stale_page_is_refused(app, staff):
    enquiry = make_enquiry()
    stale = enquiry.version
    post(signed_in(app, staff["triager"]), enquiry, "status", status="waiting")
    page = signed_in(app, staff["triager2"]).post(f"/team/enquiries/{enquiry.id}/claim", data={"version": stale},
                                                  follow_redirects=True)
    assert b"changed since you opened it" in page.data and fresh(enquiry).assignee_id is None


def test_assigning_to_a_colleague_and_back_to_nobody(app, staff):
    enquiry = make_enquiry()
    client = signed_in(app, staff["triager"])
    post(client, enquiry, "assign", assignee=staff["triager2"].id)
    assert fresh(enquiry).assignee_id == staff["triager2"].id
    post(client, fresh(enquiry), "assign", assignee=0)
    assert fresh(enquiry).assignee_id is None
    assert actions(enquiry.id) == ["assigned", "assigned"]


def test_a_viewer_cannot_be_given_enquiries(app, staff):
    enquiry = make_enquiry()
    page = post(signed_in(app, staff["triager"]), enquiry, "assign", assignee=staff["viewer"].id)
    assert b"Choose someone who can take enquiries." in page.data and fresh(enquiry).assignee_id is None


def test_reclassifying_keeps_a_correction_and_recalculates_priority_and_due_time(app, staff):
    enquiry = make_enquiry(category="general", flags=("needs_review",))
    page = post(signed_in(app, staff["triager"]), enquiry, "reclassify", category="notification")
    assert b"Category saved" in page.data
    enquiry = fresh(enquiry)
    expected = route("notification", [], enquiry.created_at)
    assert (enquiry.category, enquiry.flags, enquiry.priority) == ("notification", [], expected.priority)
    assert enquiry.due_at == expected.due_at
    correction = db.session.scalar(select(Correction))
    assert (correction.old_category, correction.category, correction.user_id) == (
        "general", "notification", staff["triager"].id)
    assert actions(enquiry.id) == ["reclassified"]


def test_marking_a_crisis_puts_the_enquiry_top_and_due_within_the_hour(app, staff):
    enquiry = make_enquiry(category="family_support", flags=("auto_reply",))
    post(signed_in(app, staff["triager"]), enquiry, "reclassify", category="family_support", crisis="y",
         machine_mail="y")
    enquiry = fresh(enquiry)
    assert enquiry.flags == ["auto_reply", "crisis"] and enquiry.priority == 1
    assert enquiry.due_at == enquiry.created_at + dt.timedelta(hours=1)


def test_a_person_can_say_a_message_the_model_took_for_machine_mail_is_from_a_person(app, staff):
    enquiry = make_enquiry(category="family_support", flags=("auto_reply", "needs_review"))
    client = signed_in(app, staff["triager"])
    page = client.get(f"/team/enquiries/{enquiry.id}")
    assert b'<input checked id="machine_mail"' in page.data  # the model's call, for the person to confirm
    post(client, enquiry, "reclassify", category="family_support")
    assert fresh(enquiry).flags == []
    assert db.session.scalar(select(Correction)).flags == []  # and the next training run learns it


def test_a_reclassification_from_a_stale_page_changes_nothing(app, staff):
    enquiry = make_enquiry()
    stale = enquiry.version
    post(signed_in(app, staff["triager"]), enquiry, "status", status="open")
    page = signed_in(app, staff["triager2"]).post(
        f"/team/enquiries/{enquiry.id}/reclassify", data={"version": stale, "category": "notification"},
        follow_redirects=True)
    assert b"Someone changed this enquiry since you opened it" in page.data
    assert fresh(enquiry).category == "general" and db.session.scalar(select(func.count(Correction.id))) == 0


def test_closing_stamps_the_time_and_reopening_clears_it(app, staff):
    enquiry = make_enquiry()
    client = signed_in(app, staff["triager"])
    post(client, enquiry, "status", status="closed")
    assert fresh(enquiry).closed_at is not None
    post(client, fresh(enquiry), "status", status="open")
    assert fresh(enquiry).closed_at is None and fresh(enquiry).status == "open"


def test_a_note_is_kept_shown_in_the_thread_and_never_sent(app, staff):
    enquiry = make_enquiry()
    page = signed_in(app, staff["triager"]).post(f"/team/enquiries/{enquiry.id}/notes",
                                                 data={"text": "Spoke to the key worker"}, follow_redirects=True)
    assert b"Spoke to the key worker" in page.data and b"Internal note" in page.data
    note = db.session.scalar(select(Note))
    assert (note.author, note.enquiry_id) == ("triager@cdop.test", enquiry.id)
    assert db.session.scalar(select(func.count(OutboxEntry.id))) == 0
    assert actions(enquiry.id) == ["note_added"]


def test_merging_asks_for_confirmation_first(app, staff):
    source, target = make_enquiry(), make_enquiry()
    page = post(signed_in(app, staff["triager"]), source, "merge", target=target.reference)
    assert f"Merge {source.reference} into {target.reference}?".encode() in page.data
    assert db.session.scalar(select(func.count(Merge.id))) == 0


def test_merging_moves_everything_and_leaves_a_trail_on_both(app, staff):
    now = utcnow()
    target = make_enquiry(category="general", created_at=now - dt.timedelta(hours=2))
    source = make_enquiry(category="notification", flags=("crisis",), created_at=now - dt.timedelta(hours=1))
    add_message(source, "and another thing")
    db.session.add(Note(enquiry_id=source.id, author="x", text="note"))
    db.session.add(OutboxEntry(enquiry_id=source.id, kind="acknowledgement", channel="email",
                               recipient="parent@example.org", body_text="ack"))
    db.session.commit()
    page = post(signed_in(app, staff["triager"]), source, "merge", target=target.reference.lower(), confirm="y")
    assert f"{source.reference} was merged into this enquiry".encode() in page.data
    source, target = fresh(source), fresh(target)
    assert db.session.scalar(select(func.count(Message.id)).where(Message.enquiry_id == target.id)) == 3
    assert db.session.scalar(select(func.count(Message.id)).where(Message.enquiry_id == source.id)) == 0
    assert source.status == "closed" and target.category == "notification" and "crisis" in target.flags
    assert target.priority == 1
    merge = db.session.scalar(select(Merge))
    assert (merge.source_id, merge.target_id, len(merge.moved["messages"]), len(merge.moved["notes"]),
            len(merge.moved["outbox"])) == (source.id, target.id, 2, 1, 1)
    assert actions(source.id) == ["merged_into"] and actions(target.id) == ["merged_from"]
    source_page = signed_in(app, staff["viewer"]).get(f"/team/enquiries/{source.id}").data.decode()
    assert "This enquiry was merged into" in source_page and target.reference in source_page


def test_an_enquiry_cannot_merge_into_itself_or_a_missing_one(app, staff):
    enquiry = make_enquiry()
    client = signed_in(app, staff["triager"])
    page = post(client, enquiry, "merge", target=enquiry.reference, confirm="y")
    assert b"cannot be merged into itself" in page.data
    page = post(client, enquiry, "merge", target="CDOP-1999-99999", confirm="y")
    assert b"No enquiry has the reference CDOP-1999-99999" in page.data


@pytest.mark.parametrize("app_env", [{"CDOP_SLA": "notification=2h"}])
def test_reclassifying_uses_the_configured_due_times(app, staff, app_env):
    enquiry = make_enquiry(category="general")
    post(signed_in(app, staff["triager"]), enquiry, "reclassify", category="notification")
    enquiry = fresh(enquiry)
    assert enquiry.due_at == enquiry.created_at + dt.timedelta(hours=2)
