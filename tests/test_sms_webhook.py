"""POST /sms/twilio and /sms/status: signed, stored once, answered with TwiML, opt-out aware."""
from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from extensions import db
from intake.acknowledge import queue_reply
from intake.sms_keywords import keyword_of
from outbox.deliver import deliver_due
from replies.sms_segments import sms_segments
from services import services
from store.models import AuditEvent, Contact, Enquiry, Message, OutboxEntry
from tests.twilio_server import (  # noqa: F401 (twilio_api is a fixture)
    ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, post_signed, twilio_api, twilio_env)

PUBLIC_URL = "https://cdop.example.org"
SENDER = "+447700900123"
_sids = itertools.count(1)


@pytest.fixture
def public_url() -> str:
    return PUBLIC_URL


@pytest.fixture
def app_env(twilio_api, public_url):  # noqa: F811 (the fixture imported above)
    return twilio_env(twilio_api, public_url)


def twilio_form(body: str, **fields: str) -> dict[str, str]:
    """The fields Twilio posts for an inbound SMS, sender details included."""
    sid = fields.pop("MessageSid", None) or f"SM{next(_sids):032x}"
    return {"ToCountry": "GB", "ToState": "", "SmsMessageSid": sid, "NumMedia": "0", "ToCity": "",
            "FromZip": "", "SmsSid": sid, "FromState": "", "SmsStatus": "received", "FromCity": "PRESTON",
            "Body": body, "FromCountry": "GB", "To": FROM_NUMBER, "ToZip": "", "NumSegments": "1",
            "MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": SENDER, "ApiVersion": "2010-04-01", **fields}


def post(app, path: str, form: dict[str, str], url: str | None = None):
    return post_signed(app, path, form, url or PUBLIC_URL + path)


def text_sms(app, body: str, **fields: str):
    return post(app, "/sms/twilio", twilio_form(body, **fields))


def replies_in(response) -> list[ET.Element]:
    assert response.status_code == 200 and response.mimetype == "text/xml"
    return ET.fromstring(response.data).findall("Message")


def count(model, *where) -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


def inbound_messages() -> list[Message]:
    db.session.expire_all()
    return list(db.session.scalars(select(Message).where(Message.direction == "in").order_by(Message.id)))


def test_a_signed_sms_is_stored_once_and_answered_with_the_acknowledgement_in_twiml(app):
    [reply] = replies_in(text_sms(app, "Hello, I would like a copy of the annual report please"))
    [message] = inbound_messages()
    enquiry, ack = db.session.get(Enquiry, message.enquiry_id), _ack()
    assert message.channel == "sms" and message.sender == SENDER and enquiry.reference in reply.text
    assert sms_segments(reply.text)[1] <= 2
    assert (ack.status, ack.recipient, ack.body_text) == ("sent", SENDER, reply.text)
    assert reply.get("action") == f"{PUBLIC_URL}/sms/status?outbox={ack.id}", "Twilio reports on it"
    assert count(Message, Message.direction == "out") == 1, "the answer shows in the thread"


def test_the_same_message_sid_again_stores_nothing_and_sends_no_second_acknowledgement(app, twilio_api):
    form = twilio_form("Is anyone there?")
    assert len(replies_in(post(app, "/sms/twilio", form))) == 1
    assert replies_in(post(app, "/sms/twilio", form)) == []
    assert count(Message, Message.direction == "in") == 1 and count(OutboxEntry) == 1
    assert deliver_due(services().settings)["sent"] == 0 and twilio_api.requests == []


@pytest.mark.parametrize("signature_of", [
    pytest.param(lambda form: "bm90IGEgc2lnbmF0dXJl", id="forged"),
    pytest.param(lambda form: RequestValidator("another-token").compute_signature(
        PUBLIC_URL + "/sms/twilio", form), id="another account's token"),
    pytest.param(lambda form: RequestValidator(AUTH_TOKEN).compute_signature(
        "https://elsewhere.example.org/sms/twilio", form), id="signed for another URL"),
    pytest.param(lambda form: RequestValidator(AUTH_TOKEN).compute_signature(
        PUBLIC_URL + "/sms/twilio", {**form, "Body": "something else"}), id="body changed after signing"),
    pytest.param(lambda form: "", id="missing"),
])
def test_a_request_without_a_valid_signature_gets_403_and_stores_nothing(app, signature_of):
    form = twilio_form("My daughter died last night")
    response = app.test_client().post("/sms/twilio", data=form,
                                      headers={"X-Twilio-Signature": signature_of(form)})
    assert response.status_code == 403
    assert count(Message) == 0 and count(Enquiry) == 0 and count(Contact) == 0


@pytest.mark.parametrize("app_env", [{"CDOP_PUBLIC_URL": PUBLIC_URL}])
def test_it_requires_twilio_configuration_and_stores_nothing_without_it(app):
    response = text_sms(app, "hello")
    assert response.status_code == 503 and b"CDOP_TWILIO_AUTH_TOKEN" in response.data
    assert count(Message) == 0


def test_a_message_to_a_number_in_a_messaging_service_is_accepted(app):
    service = "MG" + "1" * 32
    response = text_sms(app, "Is there a leaflet about the review?", MessagingServiceSid=service)
    assert len(replies_in(response)) == 1
    assert inbound_messages()[0].headers["MessagingServiceSid"] == service


@pytest.mark.parametrize("public_url", ["https://gateway.example.org/cdop"])
def test_behind_a_proxy_the_signature_covers_the_configured_public_url(app, public_url):
    form = twilio_form("hello")
    internal = post(app, "/sms/twilio", form, url="http://localhost/sms/twilio")
    assert internal.status_code == 403
    assert len(replies_in(post(app, "/sms/twilio", form, url=public_url + "/sms/twilio"))) == 1


def test_quick_texts_in_a_row_join_one_enquiry_and_get_one_acknowledgement(app):
    answers = [replies_in(text_sms(app, body)) for body in ("hi", "its about my son", "he was 4")]
    assert [len(a) for a in answers] == [1, 0, 0]
    assert len({m.enquiry_id for m in inbound_messages()}) == 1
    assert count(OutboxEntry) == 1


def test_the_sender_is_stored_in_e164_and_only_allowed_fields_are_kept(app):
    text_sms(app, "hello", From="07700 900123")
    [message] = inbound_messages()
    assert message.sender == SENDER
    assert db.session.scalar(select(Contact.address)) == SENDER
    assert "FromCity" not in message.headers and "FromZip" not in message.headers


def test_mms_media_urls_and_types_are_recorded_in_the_message_headers(app):
    media = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/MM1/Media/ME"
    text_sms(app, "", MessageSid="MM" + "2" * 32, NumMedia="2",
             MediaUrl0=media + "1", MediaContentType0="image/jpeg",
             MediaUrl1=media + "2", MediaContentType1="application/pdf")
    [message] = inbound_messages()
    assert message.external_id == "MM" + "2" * 32
    assert message.headers.items() >= {"NumMedia": "2", "MediaUrl0": media + "1", "MediaContentType0": "image/jpeg",
                                    "MediaUrl1": media + "2", "MediaContentType1": "application/pdf"}.items()


def test_a_sender_that_is_not_a_phone_number_is_stored_flagged_and_never_answered(app):
    assert replies_in(text_sms(app, "Your parcel is on its way", From="DPDLocal")) == []
    [message] = inbound_messages()
    assert message.auto_reply and count(OutboxEntry) == 0


def test_a_request_missing_twilio_fields_is_refused(app):
    form = twilio_form("hello")
    del form["From"]
    assert post(app, "/sms/twilio", form).status_code == 400
    assert count(Message) == 0


@pytest.mark.parametrize("text, keyword", [
    ("STOP", "stop"), ("stop", "stop"), (" Stop. ", "stop"), ("STOPALL", "stop"), ("Unsubscribe", "stop"),
    ("CANCEL", "stop"), ("END", "stop"), ("quit!", "stop"), ("START", "start"), ("unstop", "start"),
    ("HELP", "help"), ("help me", None), ("please stop texting", None), ("", None), ("YES", None),
])
def test_only_a_whole_message_of_one_keyword_counts_as_a_keyword(text, keyword):
    assert keyword_of(text) == keyword


def test_stop_opts_the_number_out_stores_the_message_and_answers_nothing(app):
    assert replies_in(text_sms(app, "Stop")) == []
    contact = db.session.scalar(select(Contact))
    assert contact.opted_out and contact.opted_out_at is not None
    assert [m.text for m in inbound_messages()] == ["Stop"]
    assert count(OutboxEntry) == 0
    assert count(AuditEvent, AuditEvent.action == "sms_keyword_stop") == 1


def test_stop_blocks_every_later_outbound_sms(app, twilio_api):
    text_sms(app, "Can someone call me about the review?")
    text_sms(app, "STOP")
    enquiry = db.session.scalar(select(Enquiry))
    queue_reply(enquiry, "sms", SENDER, None, "A reply from the team", None, services().settings,
                kind="staff", automatic=False)
    db.session.commit()
    assert deliver_due(services().settings)["failed"] == 1
    assert twilio_api.requests == [], "nothing reached Twilio"
    assert replies_in(text_sms(app, "one more thing")) == [], "no acknowledgement either"
    assert replies_in(text_sms(app, "HELP")) == [], "nor the help text"


def test_start_opts_the_number_back_in_and_says_so(app):
    text_sms(app, "STOP")
    [reply] = replies_in(text_sms(app, "start"))
    assert not db.session.scalar(select(Contact.opted_out))
    assert "again" in reply.text and "STOP" in reply.text
    assert count(AuditEvent, AuditEvent.action == "sms_keyword_start") == 1


def test_help_answers_with_the_team_contact_details_from_the_registry(app):
    [reply] = replies_in(text_sms(app, "HELP"))
    registry = services().registry
    assert registry["cdop_team_phone"].phone in reply.text and registry["cdop_page"].url in reply.text
    assert sms_segments(reply.text)[1] <= 2
    assert [m.text for m in inbound_messages()] == ["HELP"], "stored for the team to see"
    assert db.session.scalar(select(OutboxEntry.kind)) == "keyword"


def test_a_keyword_inside_a_sentence_is_an_ordinary_message(app):
    [reply] = replies_in(text_sms(app, "please stop the review, I need help"))
    assert "Your reference is" in reply.text
    assert not db.session.scalar(select(Contact.opted_out))


def _ack() -> OutboxEntry:
    db.session.expire_all()
    return db.session.scalar(select(OutboxEntry).where(OutboxEntry.kind == "acknowledgement"))


def status_callback(app, entry_id: int, sid: str, status: str, **fields: str):
    form = {"MessageSid": sid, "SmsSid": sid, "MessageStatus": status, "SmsStatus": status,
            "AccountSid": ACCOUNT_SID, "From": FROM_NUMBER, "To": SENDER, "ApiVersion": "2010-04-01", **fields}
    return post(app, f"/sms/status?outbox={entry_id}", form)


def test_status_callbacks_record_delivery_on_the_outbox_entry(app):
    text_sms(app, "hello")
    ack, sid = _ack(), "SM" + "c" * 32
    for status in ("sent", "delivered"):
        assert replies_in(status_callback(app, ack.id, sid, status)) == []
    ack = _ack()
    assert (ack.provider_id, ack.provider_status, ack.status) == (sid, "delivered", "sent")


def test_a_status_arriving_late_does_not_undo_a_later_one(app):
    text_sms(app, "hello")
    sid = "SM" + "d" * 32
    status_callback(app, _ack().id, sid, "delivered")
    status_callback(app, _ack().id, sid, "sent")
    assert _ack().provider_status == "delivered"


def test_an_undelivered_message_is_marked_failed_and_21610_opts_the_number_out(app):
    text_sms(app, "hello")
    status_callback(app, _ack().id, "SM" + "e" * 32, "undelivered", ErrorCode="21610")
    ack = _ack()
    assert ack.status == "failed" and "21610" in ack.last_error and SENDER not in ack.last_error
    assert db.session.scalar(select(Contact.opted_out))
    assert count(AuditEvent, AuditEvent.action == "outbox_failed") == 1


def test_a_status_callback_with_a_forged_signature_changes_nothing(app):
    text_sms(app, "hello")
    response = app.test_client().post(f"/sms/status?outbox={_ack().id}", data={
        "MessageSid": "SM" + "f" * 32, "MessageStatus": "failed"}, headers={"X-Twilio-Signature": "AAAA"})
    assert response.status_code == 403 and _ack().status == "sent"


def test_a_status_for_a_message_that_is_not_ours_is_ignored(app):
    response = status_callback(app, 999, "SM" + "0" * 32, "delivered")
    assert replies_in(response) == [] and count(OutboxEntry) == 0


def test_a_status_callback_sent_to_the_message_url_is_not_stored_as_a_message(app):
    text_sms(app, "hello")
    form = {"MessageSid": "SM" + "a" * 32, "MessageStatus": "delivered", "AccountSid": ACCOUNT_SID,
            "From": FROM_NUMBER, "To": SENDER}
    assert replies_in(post(app, "/sms/twilio", form)) == []
    assert count(Message, Message.direction == "in") == 1
