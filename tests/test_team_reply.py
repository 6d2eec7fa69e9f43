"""Staff replies: a canned reply filled from the real enquiry, previewed, then sent on the sender's channel."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from extensions import db
from outbox.deliver import deliver_due
from services import services
from store.models import AuditEvent, Contact, Enquiry, OutboxEntry
from store.team_models import CannedReply
from team.canned import save_canned
from tests.smtp_server import smtp_server  # noqa: F401
from tests.team_support import fast_hashing, make_enquiry, signed_in, staff  # noqa: F401

BODY = "Hello {first_name|there},\n\nYour reference is {reference}.\nIf you need to talk now: {samaritans}."


@pytest.fixture
def app_env(smtp_server):
    return smtp_server.env()


@pytest.fixture
def canned(app, staff) -> CannedReply:
    reply = save_canned(CannedReply(), name="Key worker", channel="any", subject="About your enquiry {reference}",
                        body=BODY, archived=False, author_id=staff["admin"].id, author="admin@cdop.test")
    db.session.commit()
    return reply


def previewed(page: str) -> str:
    return re.search(r'id="previewed" name="previewed" type="hidden" value="([0-9a-f]*)"', page)[1]


def preview_text(page: str) -> str:
    return re.search(r'<section class="panel reply-preview".*?<div class="item-text">(.*?)</div>', page, re.S)[1]


def compose(client, enquiry: Enquiry, canned: CannedReply) -> str:
    return client.get(f"/team/enquiries/{enquiry.id}/reply", query_string={"canned": canned.id}).data.decode()


def send(client, enquiry: Enquiry, canned: CannedReply | None, page: str, **overrides):
    data = {"version": enquiry.version, "canned": canned.id if canned else "",
            "subject": canned.subject if canned else "",
            "body": BODY, "status_after": "waiting", "previewed": previewed(page), "send": "Send reply"}
    return client.post(f"/team/enquiries/{enquiry.id}/reply", data=data | overrides, follow_redirects=True)


def test_the_preview_fills_in_the_reference_a_fallback_name_and_a_resource(app, staff, canned):
    enquiry = make_enquiry(sender_name="Mary Smith")
    page = compose(signed_in(app, staff["triager"]), enquiry, canned)
    text = preview_text(page)
    assert text.startswith("Hello there,"), "a name from a mail header is never used"
    assert f"Your reference is {enquiry.reference}." in text
    assert "Samaritans: call 116 123, any time." in text
    assert f"Subject: About your enquiry {enquiry.reference}" in page


def test_a_name_the_sender_typed_on_the_form_is_used(app, staff, canned):
    enquiry = make_enquiry(channel="form", sender="amira@example.org", sender_name="Amira Khan")
    assert preview_text(compose(signed_in(app, staff["triager"]), enquiry, canned)).startswith("Hello Amira,")


def test_sending_queues_a_staff_reply_threaded_under_the_senders_mail(app, staff, canned):
    enquiry = make_enquiry()
    client = signed_in(app, staff["triager"])
    page = send(client, enquiry, canned, compose(client, enquiry, canned))
    assert b"Reply queued to parent@example.org by email." in page.data
    entry = db.session.scalar(select(OutboxEntry))
    assert (entry.kind, entry.automatic, entry.channel, entry.recipient) == ("staff", False, "email", "parent@example.org")
    assert entry.subject == f"About your enquiry {enquiry.reference}"
    assert entry.in_reply_to == enquiry.messages[0].external_id and entry.references == [entry.in_reply_to]
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "reply_queued"))
    assert (event.actor, event.detail["canned_id"], event.detail["canned_version"]) == (
        "triager@cdop.test", canned.id, 1)
    db.session.expire_all()
    assert db.session.get(Enquiry, enquiry.id).status == "waiting"


def test_a_reply_edited_after_its_preview_is_shown_again_not_sent(app, staff, canned):
    enquiry = make_enquiry()
    client = signed_in(app, staff["triager"])
    page = send(client, enquiry, canned, compose(client, enquiry, canned), body=BODY + "\nOne more line.")
    assert b"The reply changed since its preview" in page.data and b"One more line." in page.data
    assert db.session.scalar(select(func.count(OutboxEntry.id))) == 0
    assert send(client, enquiry, canned, page.data.decode(), body=BODY + "\nOne more line.").status_code == 200
    assert db.session.scalar(select(func.count(OutboxEntry.id))) == 1


def test_an_sms_reply_goes_by_sms_without_a_subject_and_counts_its_parts(app, staff, canned):
    enquiry = make_enquiry(channel="sms", sender="+447700900123", subject=None)
    client = signed_in(app, staff["triager"])
    page = compose(client, enquiry, canned)
    assert "This text message takes 1 part." in page and 'name="subject"' not in page
    send(client, enquiry, canned, page)
    entry = db.session.scalar(select(OutboxEntry))
    assert (entry.channel, entry.recipient, entry.subject) == ("sms", "+447700900123", None)


def test_nothing_can_be_sent_to_someone_who_opted_out(app, staff, canned):
    enquiry = make_enquiry()
    db.session.scalar(select(Contact)).opted_out = True
    db.session.commit()
    client = signed_in(app, staff["triager"])
    page = compose(client, enquiry, canned)
    assert "asked us to stop sending them messages" in page and "Send reply" not in page
    send(client, enquiry, canned, page)
    assert db.session.scalar(select(func.count(OutboxEntry.id))) == 0


def test_an_unknown_placeholder_is_pointed_out(app, staff, canned):
    enquiry = make_enquiry()
    client = signed_in(app, staff["triager"])
    response = client.post(f"/team/enquiries/{enquiry.id}/reply", data={
        "version": enquiry.version, "body": "Dear {childs_name}", "status_after": "open", "preview": "Preview"})
    assert response.status_code == 400 and b"{childs_name} is not something a reply can fill in" in response.data


def test_an_enquiry_with_no_address_cannot_be_answered(app, staff):
    enquiry = make_enquiry(channel="chat", sender=None)
    page = signed_in(app, staff["triager"]).get(f"/team/enquiries/{enquiry.id}/reply", follow_redirects=True)
    assert b"There is no way to reply" in page.data


def test_an_archived_template_is_not_offered(app, staff, canned):
    canned.archived = True
    db.session.commit()
    enquiry = make_enquiry()
    page = signed_in(app, staff["triager"]).get(f"/team/enquiries/{enquiry.id}/reply").data.decode()
    assert "Key worker" not in page


def test_the_reply_reaches_the_sender_by_smtp_and_shows_as_sent(app, staff, canned, smtp_server):
    enquiry = make_enquiry()
    client = signed_in(app, staff["triager"])
    send(client, enquiry, canned, compose(client, enquiry, canned))
    assert deliver_due(services().settings)["sent"] == 1
    [mail] = smtp_server.messages
    assert mail["To"] == "parent@example.org" and enquiry.reference in mail["Subject"]
    assert mail["In-Reply-To"] == f"<{enquiry.messages[0].external_id}>"
    assert mail["Auto-Submitted"] is None, "a person wrote this reply"
    assert f"Your reference is {enquiry.reference}." in mail.get_content()
    page = client.get(f"/team/enquiries/{enquiry.id}").data.decode()
    assert "Email reply from the team" in page and "Delivery: sent" in page and "by triager@cdop.test" in page
