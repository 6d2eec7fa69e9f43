"""Hypothesis over the public inputs: form fields, signed Twilio webhooks and chat requests.

No input gets a 500: each is stored (and countable in the database) or refused with a reason.
Runs on SQLite and PostgreSQL, which refuse different text (PostgreSQL has no NUL in text).
"""
from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from extensions import db, limiter
from store.models import Message
from tests.twilio_server import ACCOUNT_SID, FROM_NUMBER, post_signed, twilio_api, twilio_env  # noqa: F401

PUBLIC_URL = "https://cdop.example.org"
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
ANY_TEXT = st.text(max_size=300)  # every code point but surrogates, NUL and controls included
_sids = itertools.count(1)


@pytest.fixture
def app_env(twilio_api):  # noqa: F811 (the fixture imported above)
    return twilio_env(twilio_api, PUBLIC_URL)


@pytest.fixture(autouse=True)
def no_limits(monkeypatch) -> None:
    """Rate limits have their own tests; here they would only hide what the handlers do."""
    monkeypatch.setattr(limiter, "enabled", False)


def stored() -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count(Message.id)))


def one_of_or_text(*values: str) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(values), ANY_TEXT)


FORM = st.fixed_dictionaries({
    "role": one_of_or_text("parent", "professional", "other"),
    "message": st.one_of(ANY_TEXT, st.text(min_size=4990, max_size=5010)),
    "name": ANY_TEXT,
    "reply_by": one_of_or_text("email", "sms", "phone", "none"),
    "email": one_of_or_text("parent@example.org", "a@b.c", "x@@y.org"),
    "mobile": one_of_or_text("07700 900982", "+447700900982", "0770"),
    "phone": one_of_or_text("01632 960 001", "999"),
    "submission": one_of_or_text("t" * 32),
    "website": st.sampled_from(["", "", "", "http://spam.example"]),
})


@FUZZ
@given(form=FORM)
def test_any_form_submission_is_stored_or_refused_with_a_reason(app, form):
    before = stored()
    response = app.test_client().post("/enquiry", data=form)
    assert response.status_code in (303, 400), response.status_code
    if response.status_code == 400:
        assert stored() == before
        assert b"govuk-error-summary" in response.data  # the reason is shown beside the field
    elif not form["website"]:
        assert stored() >= before  # a resubmitted token stores nothing new, which is right


WEBHOOK = st.fixed_dictionaries({
    "From": one_of_or_text("+447700900123", "07700900123", "CDOP", ""),
    "To": one_of_or_text(FROM_NUMBER, ""),
    "Body": ANY_TEXT,
    "NumMedia": one_of_or_text("0", "2", "11", "-1"),
    "MediaUrl0": ANY_TEXT,
    "MessageStatus": st.sampled_from(["", "", "", "delivered", "nonsense"]),
    "AccountSid": st.just(ACCOUNT_SID),
})


@FUZZ
@given(form=WEBHOOK, good_sid=st.booleans())
def test_any_signed_webhook_is_stored_or_refused_with_a_reason(app, form, good_sid):
    form = {**form, "MessageSid": f"SM{next(_sids):032x}" if good_sid else "SM-not-a-sid"}
    before = stored()
    response = post_signed(app, "/sms/twilio", form, PUBLIC_URL + "/sms/twilio")
    assert response.status_code in (200, 400), response.status_code
    if response.status_code == 400:
        assert response.data.strip() and stored() == before
    elif good_sid and form["From"].strip() and form["MessageStatus"] == "":
        assert stored() == before + 1


CHAT = st.fixed_dictionaries({
    "text": st.one_of(ANY_TEXT, st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=3)),
    "history": st.one_of(st.none(), st.lists(ANY_TEXT, max_size=25), ANY_TEXT, st.integers()),
    "email": one_of_or_text("parent@example.org"),
    "phone": one_of_or_text("01632 960 001"),
    "id": one_of_or_text("abcdef0123456789"),
})


@FUZZ
@given(body=CHAT, path=st.sampled_from(["/chat/api/message", "/chat/api/leave-message"]))
def test_any_chat_request_is_answered_or_refused_with_a_reason(app, body, path):
    client = app.test_client()
    session = re.search(r'data-session="([^"]+)"', client.get("/enquiry").get_data(as_text=True))[1]
    before = stored()
    response = client.post(path, json={"session": session, **body})
    assert response.status_code in (200, 400), response.status_code
    if response.status_code == 400:
        assert response.get_json()["error"] and stored() == before
    elif path.endswith("leave-message"):
        assert response.get_json()["reference"] and stored() > before
