"""The enquiry page: the thread in time order, safe rendering of what people send, downloads, audit."""
from __future__ import annotations

import datetime as dt
import html
import re

from sqlalchemy import select

from extensions import db
from store.base import utcnow
from store.models import Attachment, AuditEvent, OutboxEntry
from store.team_models import Note
from tests.team_support import add_message, fast_hashing, make_enquiry, signed_in, staff  # noqa: F401

T0 = utcnow() - dt.timedelta(hours=5)
PAYLOAD = "<script>alert('html')</script><img src=x onerror=\"alert('img')\"><a href=\"javascript:alert(1)\">x</a>"


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def item_titles(page: str) -> list[str]:
    return re.findall(r'<h3 class="item-title">([^<]+)</h3>', page)


def test_the_thread_shows_every_channel_both_ways_in_time_order(app, staff):
    enquiry = make_enquiry(text="My son died last month", created_at=at(0))
    db.session.add(OutboxEntry(enquiry_id=enquiry.id, kind="acknowledgement", automatic=True, channel="email",
                               recipient="parent@example.org", subject="We have your message", body_text="ack",
                               status="sent", message_id_header="ack-1@cdop.test", created_at=at(1)))
    out = add_message(enquiry, "ack", direction="out", at=at(2), sender="cdop@cdop.test")
    out.external_id = "ack-1@cdop.test"
    sms = add_message(enquiry, "texting as well", at=at(30), sender="+447700900123")
    sms.channel = "sms"
    db.session.add(Note(enquiry_id=enquiry.id, author="triager@cdop.test", text="Called the family", created_at=at(40)))
    db.session.add(OutboxEntry(enquiry_id=enquiry.id, kind="staff", automatic=False, channel="sms",
                               recipient="+447700900123", body_text="We will call you today", status="failed",
                               last_error="21610: unsubscribed", created_at=at(50)))
    db.session.commit()
    page = signed_in(app, staff["viewer"]).get(f"/team/enquiries/{enquiry.id}").data.decode()
    assert item_titles(page) == ["Email received", "Automatic Email reply", "SMS received", "Internal note",
                                 "SMS reply from the team"]
    assert "Delivery: sent" in page and "Delivery: failed (21610: unsubscribed)" in page


def test_the_page_explains_why_triage_decided(app, staff):
    enquiry = make_enquiry(category="notification", flags=("needs_review",))
    page = signed_in(app, staff["viewer"]).get(f"/team/enquiries/{enquiry.id}").data.decode()
    assert "Notification of a death" in page and "82% confidence" in page
    assert "model: general 0.82" in page and "test-model-1" in page and "Needs review" in page


def test_html_mail_is_shown_only_inside_a_sandboxed_frame_and_runs_nothing(app, staff):
    enquiry = make_enquiry(html=PAYLOAD, subject="<script>alert('subject')</script>",
                           text="<script>alert('text')</script>")
    page = signed_in(app, staff["viewer"]).get(f"/team/enquiries/{enquiry.id}").data.decode()
    assert "<script" not in page.lower() and "onerror=" not in page.replace("onerror=&#34;", "")
    frame = re.search(r'<iframe class="mail-html" sandbox="" [^>]*srcdoc="([^"]*)"', page)
    assert frame, "the HTML is in a sandbox with no permissions at all"
    assert html.unescape(frame[1]) == PAYLOAD, "inside the frame the mail is as sent; outside it only text"
    assert "&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in page


def test_an_sms_body_is_escaped(app, staff):
    enquiry = make_enquiry(channel="sms", sender="+447700900123", subject=None,
                           text="<b onmouseover=alert(1)>hi</b>")
    page = signed_in(app, staff["viewer"]).get(f"/team/enquiries/{enquiry.id}").data.decode()
    assert "<b onmouseover" not in page and "&lt;b onmouseover=alert(1)&gt;hi&lt;/b&gt;" in page


def test_an_attachment_downloads_as_a_file_never_as_a_page(app, staff):
    enquiry = make_enquiry()
    attachment = Attachment(message_id=enquiry.messages[0].id, name="form a.html", content_type="text/html",
                            size=30, sha256="0" * 64, content=b"<script>alert('file')</script>")
    db.session.add(attachment)
    db.session.commit()
    client = signed_in(app, staff["viewer"])
    assert f"/team/attachments/{attachment.id}" in client.get(f"/team/enquiries/{enquiry.id}").data.decode()
    response = client.get(f"/team/attachments/{attachment.id}")
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["Content-Type"] == "application/octet-stream"
    assert response.headers["Content-Security-Policy"].startswith("sandbox")
    assert response.data == b"<script>alert('file')</script>"


def test_a_pdf_keeps_its_type(app, staff):
    enquiry = make_enquiry()
    attachment = Attachment(message_id=enquiry.messages[0].id, name="form.pdf", content_type="application/PDF",
                            size=4, sha256="0" * 64, content=b"%PDF")
    db.session.add(attachment)
    db.session.commit()
    response = signed_in(app, staff["viewer"]).get(f"/team/attachments/{attachment.id}")
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == "attachment; filename=form.pdf"


def test_a_file_name_cannot_add_headers(app, staff):
    enquiry = make_enquiry()
    attachment = Attachment(message_id=enquiry.messages[0].id, name='x"\r\nSet-Cookie: a=1.txt',
                            content_type="text/plain", size=1, sha256="0" * 64, content=b"a")
    db.session.add(attachment)
    db.session.commit()
    response = signed_in(app, staff["viewer"]).get(f"/team/attachments/{attachment.id}")
    assert "Set-Cookie" not in {k for k, v in response.headers if "a=1" in v}
    assert "\n" not in response.headers["Content-Disposition"]


def test_every_view_and_download_is_in_the_audit_trail(app, staff):
    enquiry = make_enquiry()
    attachment = Attachment(message_id=enquiry.messages[0].id, name="a.txt", content_type="text/plain",
                            size=1, sha256="0" * 64, content=b"a")
    db.session.add(attachment)
    db.session.commit()
    client = signed_in(app, staff["viewer"])
    client.get(f"/team/enquiries/{enquiry.id}")
    client.get(f"/team/attachments/{attachment.id}")
    events = db.session.execute(select(AuditEvent.actor, AuditEvent.action).where(
        AuditEvent.enquiry_id == enquiry.id).order_by(AuditEvent.id)).all()
    assert events == [("viewer@cdop.test", "viewed"), ("viewer@cdop.test", "attachment_downloaded")]


def test_a_viewer_sees_no_action_forms(app, staff):
    enquiry = make_enquiry()
    viewer = signed_in(app, staff["viewer"]).get(f"/team/enquiries/{enquiry.id}").data.decode()
    triager = signed_in(app, staff["triager"]).get(f"/team/enquiries/{enquiry.id}").data.decode()
    assert "Claim this enquiry" not in viewer and "Save category" not in viewer
    assert "Claim this enquiry" in triager and "Save category" in triager


def test_an_unknown_enquiry_is_not_found(app, staff):
    assert signed_in(app, staff["viewer"]).get("/team/enquiries/999999").status_code == 404
