"""SLA escalation: each breach is recorded once per due time and emailed to the team in one digest."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

import worker
from config import ConfigError, load_settings
from extensions import db
from intake.lease import acquire
from intake.receive import receive
from services import services
from store.base import utcnow
from store.models import AuditEvent, Enquiry
from team.sla import BREACHED, DIGESTED, LEASE, escalate, raise_breaches
from tests.factories import email
from tests.smtp_server import smtp_server  # noqa: F401
from tests.team_support import make_enquiry
from triage.routing import route
from triage.workhours import LONDON

HOUR = dt.timedelta(hours=1)
# Maundy Thursday 2026, 16:00 in London: Good Friday and Easter Monday are bank holidays in England.
BEFORE_EASTER = dt.datetime(2026, 4, 2, 16, 0, tzinfo=LONDON)


@pytest.fixture
def app_env(smtp_server):
    return smtp_server.env()


def overdue_enquiry(**fields) -> Enquiry:
    return make_enquiry(due_at=utcnow() - HOUR, **fields)


def events(action: str) -> list[AuditEvent]:
    return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def digest_text(message) -> str:
    return message["Subject"] + "\n" + message.get_content()


def test_an_overdue_enquiry_reaches_the_team_in_one_digest(app, smtp_server):
    enquiry = overdue_enquiry(category="notification", subject="About Ellie Smith, NHS 943 476 5919",
                              text="Ellie Smith died on 3 March 2026.", sender="ward7@nhs.example")
    escalate()
    [message] = smtp_server.messages
    assert message["To"] == "team@cdop.test" and message["Auto-Submitted"] == "auto-replied"
    body = digest_text(message)
    assert "1 enquiry past the due time" in message["Subject"]
    assert enquiry.reference in body and "Notification of a death" in body and "overdue by 1 hour" in body
    assert f"/team/enquiries/{enquiry.id}" in body
    for private in ("Ellie", "Smith", "943 476 5919", "ward7", "died"):
        assert private not in body


def test_a_second_run_sends_nothing_more(app, smtp_server):
    overdue_enquiry()
    escalate()
    escalate()
    assert len(smtp_server.messages) == 1
    assert len(events(BREACHED)) == 1 and len(events(DIGESTED)) == 1


def test_a_new_breach_brings_a_new_digest_with_only_the_new_breach(app, smtp_server):
    first = overdue_enquiry()
    escalate()
    second = overdue_enquiry(category="family_support", flags=("crisis",))
    escalate()
    assert len(smtp_server.messages) == 2
    body = digest_text(smtp_server.messages[1])
    assert second.reference in body and first.reference not in body
    assert "(1 crisis)" in smtp_server.messages[1]["Subject"] and "Crisis, Family support" in body


def test_a_new_due_time_that_passes_is_a_new_breach(app, smtp_server):
    enquiry = overdue_enquiry()
    escalate()
    enquiry.due_at = utcnow() - dt.timedelta(minutes=5)  # a reclassification routed it afresh
    db.session.commit()
    escalate()
    assert len(events(BREACHED)) == 2 and len(smtp_server.messages) == 2
    assert events(BREACHED)[1].detail["due_at"] == enquiry.due_at.isoformat()


def test_the_digest_lists_crisis_first_then_the_longest_overdue(app, smtp_server):
    general = make_enquiry(due_at=utcnow() - 3 * HOUR)
    notification = make_enquiry(category="notification", due_at=utcnow() - 5 * HOUR)
    crisis = make_enquiry(category="family_support", flags=("crisis",), due_at=utcnow() - HOUR)
    escalate()
    body = digest_text(smtp_server.messages[0])
    assert "3 enquiries" in body
    assert body.index(crisis.reference) < body.index(notification.reference) < body.index(general.reference)


@pytest.mark.parametrize("status, due_in", [("closed", -HOUR), ("waiting", -HOUR), ("new", HOUR), ("open", HOUR)])
def test_only_new_or_open_work_past_its_due_time_is_a_breach(app, smtp_server, status, due_in):
    make_enquiry(status=status, due_at=utcnow() + due_in)
    escalate()
    assert events(BREACHED) == [] and smtp_server.messages == []


def test_a_digest_that_cannot_be_sent_goes_out_on_the_next_run(app, smtp_server):
    overdue_enquiry()
    smtp_server.stop()
    escalate()
    assert len(events(BREACHED)) == 1 and events(DIGESTED) == []
    smtp_server.start()
    escalate()
    assert len(smtp_server.messages) == 1 and len(events(DIGESTED)) == 1


def test_a_breach_dealt_with_before_any_digest_could_go_out_is_passed_over(app, smtp_server):
    enquiry = overdue_enquiry()
    smtp_server.stop()
    escalate()
    enquiry.status = "closed"
    db.session.commit()
    smtp_server.start()
    escalate()
    escalate()
    assert smtp_server.messages == [] and len(events(DIGESTED)) == 1


def test_nothing_runs_while_another_worker_holds_the_lease(app, smtp_server):
    overdue_enquiry()
    assert acquire(LEASE, "another-worker", dt.timedelta(minutes=5))
    escalate()
    assert events(BREACHED) == [] and smtp_server.messages == []


def test_the_worker_runs_the_escalation_every_few_minutes():
    job, seconds = worker.JOBS["sla"]
    assert job is escalate and 60 <= seconds <= 300


def test_a_bank_holiday_does_not_count_towards_the_due_time(app):
    # One working hour on Thursday, then Good Friday, the weekend and Easter Monday pass uncounted.
    due = route("notification", [], BEFORE_EASTER).due_at
    assert due == dt.datetime(2026, 4, 7, 16, 0, tzinfo=LONDON)
    enquiry = make_enquiry(category="notification", created_at=BEFORE_EASTER.astimezone(dt.timezone.utc))
    assert raise_breaches(dt.datetime(2026, 4, 6, 12, 0, tzinfo=LONDON)) == 0, "Easter Monday"
    assert raise_breaches(due + dt.timedelta(minutes=1)) == 1
    assert events(BREACHED)[0].enquiry_id == enquiry.id


@pytest.mark.parametrize("app_env", [{"CDOP_SLA": "crisis=2wh,notification=2wh,family_support=2wh,general=2wh"}])
def test_a_received_message_is_due_after_the_configured_working_hours(app, app_env):
    assert services().settings.slas["general"].hours == 2
    result = receive(email(received_at=BEFORE_EASTER.astimezone(dt.timezone.utc)))
    enquiry = db.session.get(Enquiry, result.enquiry_id)
    assert enquiry.due_at == dt.datetime(2026, 4, 7, 10, 0, tzinfo=LONDON), "the Tuesday after Easter"


@pytest.mark.parametrize("spec", ["crisis=h", "crisis=0h", "crisis=1d", "urgent=1h", "general=9000wh"])
def test_a_bad_sla_setting_is_named(tmp_path, spec):
    with pytest.raises(ConfigError, match="CDOP_SLA"):
        load_settings(tmp_path, {"CDOP_SLA": spec})


def test_breaches_raised_together_share_one_digest(app, smtp_server):
    for _ in range(3):
        overdue_enquiry()
    escalate()
    count = db.session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == BREACHED))
    assert count == 3 and len(smtp_server.messages) == 1
