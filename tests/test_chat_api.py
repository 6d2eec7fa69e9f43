"""The chat's JSON API through the test client: answers, leaving a message, crisis, CSRF, limits."""
from __future__ import annotations

import re
import time

import pytest
from sqlalchemy import func, select

from extensions import db
from store.models import Enquiry, Message
from web import chat
from web.chat import ASK_LIMITS

CRISIS = "I can't cope any more, I want to end my life"
QUESTION = "How long does a child death review take?"
TEAM_PHONE = "01772 530329"


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def session_token(app):
    """A session id as the widget gets it in the page."""
    html = app.test_client().get("/enquiry").get_data(as_text=True)
    return re.search(r'data-session="([^"]+)"', html)[1]


def ask(client, session, text, **extra):
    return client.post("/chat/api/message", json={"session": session, "text": text, **extra})


def leave(client, session, text, **extra):
    return client.post("/chat/api/leave-message", json={"session": session, "text": text, **extra})


def messages() -> list[Message]:
    return list(db.session.scalars(select(Message).order_by(Message.id)))


def test_a_question_gets_the_bots_answer_and_stores_nothing(client, session_token):
    response = ask(client, session_token, QUESTION)
    assert response.status_code == 200
    body = response.get_json()
    expected = chat.chat_bot().answer(QUESTION)
    assert (body["intent"], body["reply"]) == (expected.intent, expected.reply)
    assert body["crisis"] is False and body["handoff"] is False  # a curated answer, not a handoff
    assert messages() == []


def test_the_bot_is_loaded_once_per_process(client, session_token):
    first = chat.chat_bot()
    ask(client, session_token, QUESTION)
    ask(client, session_token, "Who is my key worker?")
    assert chat.chat_bot() is first


def test_a_crisis_gets_help_at_once_and_files_a_flagged_enquiry(client, session_token):
    body = ask(client, session_token, CRISIS, history=[QUESTION], id="crisis-0001").get_json()
    assert body["crisis"] is True and body["handoff"] is True
    help_now = body["reply"][:body["reply"].index(TEAM_PHONE)]
    assert "999" in help_now and "116 123" in help_now  # before anything else
    [message] = messages()
    assert message.channel == "chat" and "crisis" in message.enquiry.flags
    assert body["reference"] == message.enquiry.reference
    assert f"Visitor: {QUESTION}" in message.text and f"Visitor: {CRISIS}" in message.text


def test_leaving_a_message_files_the_conversation_as_a_chat_enquiry(client, session_token):
    response = leave(client, session_token, "Please could my key worker call me?",
                     history=[QUESTION], email="Parent@Example.org", id="leave-0001")
    assert response.status_code == 200
    body = response.get_json()
    [message] = messages()
    assert body["reference"] == message.enquiry.reference
    assert body["reference"] in body["reply"]
    assert (message.channel, message.sender, message.thread_key) == ("chat", "parent@example.org",
                                                                      message.thread_key)
    assert message.text.startswith(f"Visitor: {QUESTION}\nChat bot (")
    assert message.text.endswith("Message for the team:\nPlease could my key worker call me?")


def test_a_repeated_leave_request_stores_once(client, session_token):
    first = leave(client, session_token, "Please call me", id="leave-0002").get_json()
    second = leave(client, session_token, "Please call me", id="leave-0002").get_json()
    assert first["reference"] == second["reference"]
    assert len(messages()) == 1


def test_later_messages_from_the_same_chat_join_the_same_enquiry(client, session_token):
    leave(client, session_token, "Please call me", id="leave-0003")
    leave(client, session_token, "Sorry, one more thing: mornings are best", id="leave-0004")
    assert db.session.scalar(select(func.count(Enquiry.id))) == 1
    assert len(messages()) == 2


@pytest.mark.parametrize(("extra", "field"), [({"email": "not an address"}, "email"),
                                               ({"phone": "12345"}, "phone")])
def test_wrong_contact_details_are_named_and_nothing_is_stored(client, session_token, extra, field):
    response = leave(client, session_token, "Please call me", **extra)
    assert response.status_code == 400
    assert response.get_json()["field"] == field
    assert messages() == []


@pytest.mark.parametrize("payload", [
    lambda token: {"text": QUESTION},
    lambda token: {"session": "forged.session", "text": QUESTION},
    lambda token: {"session": token, "text": "   "},
    lambda token: ["not", "an", "object"],
], ids=["no session", "forged session", "blank text", "not an object"])
def test_a_request_without_a_valid_session_or_text_is_refused(client, session_token, payload):
    response = client.post("/chat/api/message", json=payload(session_token))
    assert response.status_code == 400
    assert response.get_json()["error"]


def test_the_api_keeps_csrf_on(app):
    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()
    html = client.get("/enquiry").get_data(as_text=True)
    token = re.search(r'<meta name="csrf-token" content="([^"]+)"', html)[1]
    session = re.search(r'data-session="([^"]+)"', html)[1]
    refused = leave(client, session, "Please call me")
    assert refused.status_code == 400
    assert "reload the page" in refused.get_json()["error"]
    assert messages() == []
    accepted = client.post("/chat/api/leave-message", json={"session": session, "text": "Please call me"},
                           headers={"X-CSRFToken": token})
    assert accepted.status_code == 200
    assert len(messages()) == 1


@pytest.mark.parametrize(("hours_ago", "status"), [(3, 200), (25, 400)])
def test_a_chat_left_open_for_a_day_must_be_reloaded(app, client, monkeypatch, hours_ago, status):
    issued = time.time() - hours_ago * 3600
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: issued)
        html = client.get("/enquiry").get_data(as_text=True)
    response = ask(client, re.search(r'data-session="([^"]+)"', html)[1], QUESTION)
    assert response.status_code == status
    if status == 400:
        assert "reload the page" in response.get_json()["error"]


def test_a_burst_of_questions_from_one_address_is_limited(client, session_token):
    per_minute = int(ASK_LIMITS.split("/")[0])
    codes = [ask(client, session_token, QUESTION).status_code for _ in range(per_minute + 1)]
    assert codes == [200] * per_minute + [429]
    assert "wait a minute" in ask(client, session_token, QUESTION).get_json()["error"]
