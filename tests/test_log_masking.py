"""Logs carry no email address, phone number or NHS number, whichever path wrote them."""
from __future__ import annotations

import io
import json
import logging

import pytest

from intake.quarantine import quarantine
from outbox.deliver import deliver_due
from privacy.logging import JsonFormatter
from services import services
from tests.test_sms_webhook import text_sms
from tests.twilio_server import twilio_api, twilio_env  # noqa: F401 (twilio_api is a fixture)
from worker import in_context

NHS_NUMBER = "943 476 5919"  # valid check digit (DOMAIN.md)
EML = f"""From: Parent Person <parent@example.org>
To: team@cdop.test
Cc: grandma.person@example.net
Subject: About our son
Message-ID: <masking-1@example.org>
Date: Tue, 3 Mar 2026 10:00:00 +0000

Our son's NHS number is {NHS_NUMBER}. Please ring 07700 900 123 or write to grandma.person@example.net.
"""
# Every identifier the flows below carry, in each way it may be written.
IDENTIFIERS = ("parent@example.org", "grandma.person@example.net", "sarah@example.org", NHS_NUMBER, "9434765919",
               "07700 900 123", "07700900123", "+447700900123", "07911 123456", "+447911123456")


@pytest.fixture
def app_env(twilio_api):  # noqa: F811
    return twilio_env(twilio_api)


def run_the_flows(app, tmp_path) -> None:
    """Email, SMS and form in; replies out; a quarantined input; a job failing with an address in its error."""
    eml = tmp_path / "message.eml"
    eml.write_text(EML)
    assert app.test_cli_runner().invoke(args=["intake", "import-eml", str(eml)]).exit_code == 0
    text_sms(app, f"NHS number {NHS_NUMBER.replace(' ', '')}, text me on 07700900123")
    app.test_client().post("/enquiry", data={
        "role": "parent", "message": f"My daughter's NHS number is {NHS_NUMBER}; my landline is 07911 123456",
        "name": "Sarah", "reply_by": "sms", "mobile": "07911 123456", "email": "sarah@example.org",
        "submission": "m" * 32})
    deliver_due(services().settings)
    quarantine("email", "INBOX/4", b"broken", "no Date header in mail from parent@example.org")

    def failing_job() -> None:
        raise ValueError("delivery to parent@example.org (07700 900 123) refused")
    in_context(app, failing_job)()


def test_no_identifier_from_the_messages_reaches_the_logs(app, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    run_the_flows(app, tmp_path)
    logged = caplog.text + "".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "[email]" in logged and "ValueError" in logged, "the failing job was logged, masked"
    for identifier in IDENTIFIERS:
        assert identifier not in logged, identifier


def test_arguments_and_tracebacks_are_masked_as_the_record_is_made(app, caplog):
    caplog.set_level(logging.INFO)
    log = logging.getLogger("cdop.test")
    log.info("reply to %s about %s", "parent@example.org", NHS_NUMBER)
    try:
        raise RuntimeError("no route to +447700900123")
    except RuntimeError:
        log.exception("sending failed")
    assert caplog.records[0].getMessage() == "reply to [email] about [NHS number]"
    assert "no route to [phone]" in caplog.text and "+447700900123" not in caplog.text


def test_json_lines_carry_the_masked_message(app):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    log = logging.getLogger("cdop.json")
    log.addHandler(handler)
    try:
        log.warning("bounce from %s", "parent@example.org")
    finally:
        log.removeHandler(handler)
    line = json.loads(stream.getvalue())
    assert line["message"] == "bounce from [email]" and line["level"] == "WARNING" and line["logger"] == "cdop.json"
