"""Outbound SMS: the real twilio SDK against a local server that answers like Twilio's Messages API."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

import intake.sms_out as sms_out
from extensions import db
from intake.acknowledge import queue_reply
from intake.receive import receive
from outbox.deliver import deliver_due
from services import services
from store.base import utcnow
from store.models import Contact, Enquiry, OutboxEntry
from tests.factories import sms
from tests.twilio_server import (  # noqa: F401 (twilio_api is a fixture)
    ACCOUNT_SID, FROM_NUMBER, INVALID_NUMBER, RATE_LIMITED, SERVER_ERROR, UNSUBSCRIBED, Answer, post_signed,
    twilio_api, twilio_env)

PUBLIC_URL = "https://cdop.example.org"
RECIPIENT = "+447700900456"


@pytest.fixture
def twilio_overrides() -> dict[str, str]:
    return {}


@pytest.fixture
def app_env(twilio_api, twilio_overrides):  # noqa: F811
    return twilio_env(twilio_api, PUBLIC_URL) | twilio_overrides


def staff_reply(text: str = "Thank you for your message. We will call you tomorrow.") -> OutboxEntry:
    """A reply from the team, queued the way the team app queues one."""
    # The webhook's answer carried the acknowledgement.
    received = receive(sms("Could someone ring me about my son's review?", sender=RECIPIENT), reply_inline=True)
    enquiry = db.session.get(Enquiry, received.enquiry_id)
    entry = queue_reply(enquiry, "sms", RECIPIENT, None, text, None, services().settings,
                        kind="staff", automatic=False)
    db.session.commit()
    return entry


def deliver() -> dict[str, int]:
    counts = deliver_due(services().settings)
    db.session.expire_all()
    return counts


def entry_now(entry_id: int) -> OutboxEntry:
    db.session.expire_all()
    return db.session.get(OutboxEntry, entry_id)


def test_a_queued_sms_goes_out_through_the_twilio_api_with_a_status_callback(app, twilio_api):
    entry_id = staff_reply().id
    assert deliver()["sent"] == 1
    [request] = twilio_api.requests
    assert request == {"To": RECIPIENT, "From": FROM_NUMBER, "Body": entry_now(entry_id).body_text,
                       "StatusCallback": f"{PUBLIC_URL}/sms/status?outbox={entry_id}"}
    entry = entry_now(entry_id)
    assert entry.status == "sent" and entry.provider_id.startswith("SM") and entry.attempts == 1


def test_twilio_status_callbacks_find_a_sent_message_by_its_sid(app, twilio_api):
    entry_id = staff_reply().id
    deliver()
    sid = entry_now(entry_id).provider_id
    for status in ("sent", "undelivered"):
        form = {"MessageSid": sid, "MessageStatus": status, "AccountSid": ACCOUNT_SID, "To": RECIPIENT,
                "From": FROM_NUMBER, "ErrorCode": "30003" if status == "undelivered" else ""}
        path = f"/sms/status?outbox={entry_id}"
        assert post_signed(app, path, form, PUBLIC_URL + path).status_code == 200
    entry = entry_now(entry_id)
    assert (entry.provider_status, entry.status) == ("undelivered", "failed")
    assert entry.last_error == "Twilio reported undelivered, error 30003: handset unreachable"


@pytest.mark.parametrize("answer", [RATE_LIMITED, SERVER_ERROR, Answer(503, 20503, "Service Unavailable")],
                         ids=["429", "500", "503"])
def test_rate_limits_and_server_errors_are_retried_later(app, twilio_api, answer):
    twilio_api.script(answer)
    entry_id = staff_reply().id
    assert deliver()["retry"] == 1
    entry = entry_now(entry_id)
    assert entry.status == "pending" and entry.next_attempt_at > utcnow() and str(answer.status) in entry.last_error
    entry.next_attempt_at = utcnow() - dt.timedelta(seconds=1)
    db.session.commit()
    assert deliver()["sent"] == 1 and len(twilio_api.requests) == 2


def test_an_unsubscribed_number_fails_for_good_and_is_opted_out(app, twilio_api):
    twilio_api.script(UNSUBSCRIBED)
    entry_id = staff_reply().id
    assert deliver()["failed"] == 1
    entry = entry_now(entry_id)
    assert entry.status == "failed" and "21610" in entry.last_error
    assert db.session.scalar(select(Contact.opted_out).where(Contact.address == RECIPIENT))


def test_an_invalid_number_fails_for_good_without_the_number_in_the_error(app, twilio_api):
    twilio_api.script(INVALID_NUMBER)
    entry_id = staff_reply().id
    assert deliver()["failed"] == 1
    entry = entry_now(entry_id)
    assert "21211" in entry.last_error and RECIPIENT not in entry.last_error
    assert not db.session.scalar(select(Contact.opted_out).where(Contact.address == RECIPIENT))


def test_nothing_is_sent_to_an_opted_out_number(app, twilio_api):
    entry_id = staff_reply().id
    db.session.scalar(select(Contact)).opted_out = True
    db.session.commit()
    assert deliver()["failed"] == 1
    assert twilio_api.requests == [] and entry_now(entry_id).last_error == "recipient opted out"


@pytest.mark.parametrize("twilio_overrides", [{"CDOP_TWILIO_AUTH_TOKEN": "not-the-token"}])
def test_wrong_credentials_are_retried_rather_than_dropping_the_message(app, twilio_api):
    entry_id = staff_reply().id
    assert deliver()["retry"] == 1 and "401" in entry_now(entry_id).last_error
    assert twilio_api.requests == []


def test_no_answer_in_time_is_not_retried_because_twilio_may_have_sent_it(app, twilio_api, monkeypatch):
    monkeypatch.setattr(sms_out, "TIMEOUT", 0.3)
    twilio_api.script(Answer(201, delay=1.0))
    entry_id = staff_reply().id
    assert deliver()["failed"] == 1
    assert "check its message log" in entry_now(entry_id).last_error and len(twilio_api.requests) == 1


@pytest.mark.parametrize("app_env", [{"CDOP_PUBLIC_URL": PUBLIC_URL}])
def test_without_twilio_settings_the_sms_waits_in_the_outbox(app):
    entry_id = staff_reply().id
    assert deliver()["waiting"] == 1 and entry_now(entry_id).status == "pending"


@pytest.mark.parametrize("twilio_overrides", [{"CDOP_TWILIO_FROM": "MG" + "3" * 32}])
def test_a_messaging_service_sid_as_sender_sends_through_the_service(app, twilio_api, twilio_overrides):
    service = twilio_overrides["CDOP_TWILIO_FROM"]
    staff_reply()
    deliver()
    [request] = twilio_api.requests
    assert request["MessagingServiceSid"] == service and "From" not in request


def test_an_acknowledgement_not_answered_inline_is_sent_once_by_the_worker(app, twilio_api):
    received = receive(sms("hello", sender=RECIPIENT))
    assert received.inline_reply is None
    assert deliver()["sent"] == 1 and deliver()["sent"] == 0
    assert len(twilio_api.requests) == 1


def test_an_acknowledgement_the_webhook_answered_is_never_sent_by_the_worker(app, twilio_api):
    received = receive(sms("hello", sender=RECIPIENT), reply_inline=True)
    assert received.inline_reply is not None
    entry = entry_now(received.inline_reply.outbox_id)
    assert (entry.status, entry.attempts) == ("sent", 1) and entry.sent_at is not None
    assert deliver()["sent"] == 0 and twilio_api.requests == []
