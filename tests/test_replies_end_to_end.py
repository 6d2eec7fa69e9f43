"""Through receive(): the right reply is queued for each kind of message, and none for a robot."""
from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select

from extensions import db
from intake.inbound import InboundMessage
from intake.receive import receive
from store.models import Enquiry, OutboxEntry
from tests.factories import email

SATURDAY_NIGHT = dt.datetime(2026, 11, 28, 23, 30, tzinfo=dt.timezone.utc)
TUESDAY_MORNING = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone.utc)


def queued(result) -> OutboxEntry | None:
    return db.session.scalar(select(OutboxEntry).where(OutboxEntry.enquiry_id == result.enquiry_id))


def test_a_notification_email_gets_the_notification_form_and_the_team_phone(app):
    result = receive(email(
        "Please accept this as notification of the death of a 3-month-old boy at Royal Blackburn "
        "Hospital on 21/11. Form A to follow.", sender="ward.manager@nhs.example", subject="Notification",
        received_at=TUESDAY_MORNING))
    entry = queued(result)
    assert result.category == "notification"
    assert entry.channel == "email" and f"[{result.reference}]" in entry.subject
    assert "01772 530329" in entry.body_text and "24 hours" in entry.body_text
    assert entry.body_html and "safeguardingpartnership.org.uk" in entry.body_html


def test_a_parents_text_out_of_hours_says_when_a_person_will_read_it(app):
    result = receive(InboundMessage(
        channel="sms", external_id="SMparent1", sender="+447700900555",
        text="my son died in the summer and nobody has rung me about the review", received_at=SATURDAY_NIGHT))
    entry = queued(result)
    assert entry.channel == "sms" and entry.recipient == "+447700900555"
    assert "Monday 30 November" in entry.body_text
    assert result.reference in entry.body_text


def test_a_crisis_chat_message_is_flagged_and_answered_with_crisis_contacts_first(app):
    client = app.test_client()
    page = client.get("/enquiry").get_data(as_text=True)
    session = re.search(r'data-session="([^"]+)"', page)[1]
    token = re.search(r'name="csrf-token" content="([^"]+)"', page)
    headers = {"X-CSRFToken": token[1]} if token else {}
    answer = client.post("/chat/api/message", json={"session": session,
                         "text": "since my daughter died i dont want to be here anymore, i have the tablets"},
                         headers=headers).get_json()
    assert answer["crisis"] is True
    assert answer["reply"].index("999") < answer["reply"].index("116 123")
    enquiry = db.session.scalar(select(Enquiry).where(Enquiry.channel == "chat"))
    assert "crisis" in enquiry.flags and enquiry.priority == 1


def test_an_out_of_office_reply_gets_nothing(app):
    result = receive(InboundMessage(
        channel="email", external_id="ooo@example.org", sender="someone@example.org",
        subject="Automatic reply: your message", text="I am out of the office until Monday with limited access to email.",
        headers={"auto-submitted": "auto-replied"}, auto_reply=True, auto_reply_reason="Auto-Submitted: auto-replied"))
    assert queued(result) is None
    assert "auto_reply" in result.flags
