"""The public enquiry form through the test client: validation, storage, CSRF, honeypot, rate limits."""
from __future__ import annotations

import json
import re
import time

import pytest
from sqlalchemy import func, select

from extensions import db
from store.models import Enquiry, Message, OutboxEntry
from tests.conftest import ROOT
from web.enquiry_form import SUBMIT_LIMITS

TOKEN = re.compile(r'name="submission" type="hidden" value="([^"]+)"')
CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def fields(**overrides) -> dict[str, str]:
    """A valid submission from a parent who wants an email reply."""
    return {"role": "parent", "message": "Please can someone tell me what the review of my son's death involves?",
            "name": "Sarah Jones", "reply_by": "email", "email": "Sarah@Example.org",
            "submission": "t" * 32, **overrides}


def stored(model=Message) -> int:
    return db.session.scalar(select(func.count(model.id)))


def page_text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.get_data(as_text=True)))


def test_the_form_shows_professionals_the_ecdop_route_before_the_questions(app):
    html = app.test_client().get("/enquiry").get_data(as_text=True)
    registry = app.extensions["cdop"].registry
    assert html.index(registry["ecdop_notification"].url) < html.index('name="role"')
    assert registry["cdop_team_phone"].phone in html
    for name in ("role", "message", "name", "reply_by", "email", "mobile", "phone", "submission"):
        assert f'name="{name}"' in html


def test_each_render_of_the_form_carries_a_new_submission_token(app):
    client = app.test_client()
    first, second = (TOKEN.search(client.get("/enquiry").get_data(as_text=True))[1] for _ in range(2))
    assert first != second


def test_a_valid_submission_is_stored_once_and_redirects_to_the_confirmation(app):
    response = app.test_client().post("/enquiry", data=fields())
    assert response.status_code == 303
    assert response.location.endswith("/enquiry/confirmation")
    message = db.session.scalars(select(Message)).one()
    assert (message.channel, message.sender, message.external_id) == ("form", "sarah@example.org", "t" * 32)
    assert "what the review of my son's death involves" in message.text
    outbox = db.session.scalars(select(OutboxEntry)).one()
    assert (outbox.channel, outbox.recipient) == ("email", "sarah@example.org")


def test_the_confirmation_shows_the_reference_and_next_steps_but_not_the_category(app):
    client = app.test_client()
    client.post("/enquiry", data=fields())
    enquiry = db.session.scalars(select(Enquiry)).one()
    response = client.get("/enquiry/confirmation")
    text = page_text(response)
    assert response.status_code == 200
    assert f"Your reference is {enquiry.reference}" in text
    assert "What happens next" in text
    assert "Thank you for your message, Sarah" in text
    for word in ("family_support", "notification", "general", "category", "needs_review"):
        assert word not in response.get_data(as_text=True).lower().replace("govuk-notification", "")


def test_the_confirmation_without_a_submission_goes_back_to_the_form(app):
    response = app.test_client().get("/enquiry/confirmation")
    assert response.status_code == 302
    assert response.location.endswith("/enquiry")


def test_a_crisis_message_puts_help_now_before_the_reference(app):
    client = app.test_client()
    client.post("/enquiry", data=fields(message="I can't go on without her. I want to end my life tonight."))
    assert "crisis" in db.session.scalars(select(Enquiry)).one().flags
    text = page_text(client.get("/enquiry/confirmation"))
    assert text.index("If you need help now") < text.index("Your reference is")
    assert "116 123" in text and "999" in text


def test_a_double_submit_of_the_same_page_stores_one_message_with_one_reference(app):
    client = app.test_client()
    client.post("/enquiry", data=fields())
    first = page_text(client.get("/enquiry/confirmation"))
    client.post("/enquiry", data=fields())
    second = page_text(client.get("/enquiry/confirmation"))
    assert stored(Message) == 1 and stored(Enquiry) == 1 and stored(OutboxEntry) == 1
    assert re.search(r"CDOP-\d{4}-\d+", first)[0] == re.search(r"CDOP-\d{4}-\d+", second)[0]


@pytest.mark.parametrize(("overrides", "errors"), [
    ({"role": "", "message": " ", "reply_by": ""},
     ["Select who you are", "Enter your message", "Select how you would like us to reply"]),
    ({"email": ""}, ["Enter your email address"]),
    ({"email": "sarah at example"}, ["Enter an email address in the correct format, like name@example.com"]),
    ({"reply_by": "sms", "mobile": "01772 530329"},
     ["Enter a mobile number in the correct format, like 07700 900 982"]),
    ({"reply_by": "phone", "phone": ""}, ["Enter a phone number"]),
    ({"message": "x" * 5001}, ["Your message must be 5,000 characters or fewer"]),
])
def test_a_submission_with_mistakes_shows_the_error_summary_and_stores_nothing(app, overrides, errors):
    response = app.test_client().post("/enquiry", data=fields(**overrides))
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "There is a problem" in html and "<title>Error: " in html
    for error in errors:
        assert f"{error}</a>" in html  # in the summary, linked to the field
        assert f'<span class="govuk-visually-hidden">Error:</span> {error}' in html  # beside the field
    assert stored() == 0


def test_a_submission_with_mistakes_keeps_what_was_typed(app):
    html = app.test_client().post("/enquiry", data=fields(email="")).get_data(as_text=True)
    assert "what the review of my son&#39;s death involves" in html
    assert re.search(r'value="parent"\s+checked', html)


def test_a_text_message_reply_stores_the_mobile_in_international_form_and_queues_an_sms(app):
    app.test_client().post("/enquiry", data=fields(reply_by="sms", email="", mobile="07911 123456"))
    message = db.session.scalars(select(Message)).one()
    assert message.sender == "+447911123456"
    outbox = db.session.scalars(select(OutboxEntry)).one()
    assert (outbox.channel, outbox.recipient) == ("sms", "+447911123456")


def test_only_the_detail_for_the_chosen_way_to_reply_is_kept(app):
    app.test_client().post("/enquiry", data=fields(reply_by="none", email="sarah@example.org",
                                                     phone="01772 530329"))
    assert db.session.scalars(select(Message)).one().sender == ""
    assert stored(OutboxEntry) == 0


def test_a_filled_honeypot_pretends_success_and_stores_nothing(app):
    response = app.test_client().post("/enquiry", data=fields(website="http://spam.example"))
    assert response.status_code == 303
    assert response.location.endswith("/enquiry/confirmation")
    assert stored() == 0


@pytest.fixture
def csrf_app(app):
    app.config["WTF_CSRF_ENABLED"] = True
    return app


@pytest.mark.parametrize("token", [None, "not-a-real-token"])
def test_a_missing_or_bad_csrf_token_gets_a_friendly_page_and_stores_nothing(csrf_app, token):
    data = fields() if token is None else fields(csrf_token=token)
    response = csrf_app.test_client().post("/enquiry", data=data)
    assert response.status_code == 400
    text = page_text(response)
    assert "Sorry, your message has not been sent" in text
    assert "go back to the form" in text
    assert stored() == 0


def test_a_valid_csrf_token_lets_the_message_through(csrf_app):
    client = csrf_app.test_client()
    token = CSRF.search(client.get("/enquiry").get_data(as_text=True))[1]
    assert client.post("/enquiry", data=fields(csrf_token=token)).status_code == 303
    assert stored() == 1


@pytest.mark.parametrize(("hours_ago", "status"), [(3, 303), (25, 400)])
def test_a_form_token_lasts_an_evening_of_writing_but_not_for_ever(csrf_app, monkeypatch, hours_ago, status):
    client = csrf_app.test_client()
    issued = time.time() - hours_ago * 3600
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: issued)
        token = CSRF.search(client.get("/enquiry").get_data(as_text=True))[1]
    assert client.post("/enquiry", data=fields(csrf_token=token)).status_code == status
    assert stored() == (status == 303)


def test_a_burst_of_messages_from_one_address_is_limited_with_a_friendly_page(app):
    per_minute = int(SUBMIT_LIMITS.split("/")[0])
    client = app.test_client()
    codes = [client.post("/enquiry", data=fields(submission=f"{n:032d}")).status_code
             for n in range(per_minute + 2)]
    assert codes == [303] * per_minute + [429, 429]
    assert stored() == per_minute
    last = client.post("/enquiry", data=fields(submission="z" * 32))
    assert "Please wait a few minutes" in page_text(last)
    other = client.post("/enquiry", data=fields(submission="y" * 32), environ_base={"REMOTE_ADDR": "192.0.2.7"})
    assert other.status_code == 303


def test_corrections_after_mistakes_do_not_count_towards_the_limit(app):
    client = app.test_client()
    for _ in range(8):
        assert client.post("/enquiry", data=fields(message="")).status_code == 400
    assert client.post("/enquiry", data=fields()).status_code == 303


def test_the_committed_stylesheet_is_built_from_the_pinned_govuk_frontend_without_gds_transport():
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["govuk-frontend"]
    css = (ROOT / "static" / "build" / "cdop.css").read_text()
    assert f'--govuk-frontend-version: "{pinned}"' in css.replace(':"', ': "')
    assert (ROOT / "static" / "build" / "VERSION").read_text().strip() == f"govuk-frontend {pinned}"
    assert f'const version="{pinned}"' in (ROOT / "static" / "build" / "govuk-frontend.min.js").read_text()
    assert "GDS Transport" not in css  # reserved for services on GOV.UK
    assert ".cdop-chat__turn" in css and ".cdop-honeypot" in css
