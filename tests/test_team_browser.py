"""The team app in headless Chromium: sign in, filter, claim, reclassify, reply by email, audit; axe; XSS."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from commands.users import create_user
from extensions import db
from outbox.deliver import deliver_due
from services import services
from store.models import Enquiry
from store.team_models import CannedReply
from team.canned import save_canned
from tests.browser import describe_violations, run_axe, screenshot
from tests.smtp_server import smtp_server  # noqa: F401
from tests.team_support import PASSWORD, fast_hashing, make_enquiry  # noqa: F401

XSS = "<script>alert('x')</script><img src=x onerror=\"alert('img')\"><svg onload=\"alert('svg')\">"


@pytest.fixture
def app_env(smtp_server):
    return smtp_server.env()


@pytest.fixture
def team(live_app, fast_hashing):
    """Staff, a reply template and three enquiries in the live server's database."""
    with live_app.app_context():
        people = {role: create_user(f"{role}@cdop.test", role, PASSWORD).id for role in ("admin", "triager")}
        save_canned(CannedReply(), name="Acknowledge and introduce", channel="any", subject=None,
                    body="Thank you for writing. Your reference is {reference}. We will call you.",
                    archived=False, author_id=people["admin"], author="admin@cdop.test")
        notification = make_enquiry(category="notification", subject="Death of a baby at the hospital",
                                    sender="nurse@nhs.example", flags=("needs_review",))
        general = make_enquiry(subject="Annual report request", sender="researcher@example.org")
        crisis = make_enquiry(category="family_support", flags=("crisis",), subject="I cannot go on",
                              sender="mum@example.org")
        return {"notification": notification.reference, "general": general.reference,
                "crisis": crisis.reference, "people": people}


def accessible(page, name: str) -> None:
    screenshot(page, f"team-{name}")
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def sign_in(page, url: str, email: str) -> None:
    page.goto(url + "/team/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(url + "/team/")


def queue_references(page) -> list[str]:
    return page.locator("table.queue a.ref").all_inner_texts()


def test_the_sign_in_page_has_no_wcag_violations(page, live_server):
    page.goto(live_server.url + "/team/login")
    accessible(page, "login")


def test_a_triager_signs_in_filters_claims_and_reclassifies(page, live_server, team):
    sign_in(page, live_server.url, "triager@cdop.test")
    assert queue_references(page)[0] == team["crisis"], "crisis first"
    accessible(page, "queue")
    page.get_by_label("Category").select_option(label="General")
    page.get_by_role("button", name="Apply filters").click()
    assert queue_references(page) == [team["general"]]
    page.get_by_role("link", name="Clear filters").click()
    page.get_by_role("link", name=team["notification"]).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith(team["notification"])
    accessible(page, "enquiry")
    page.get_by_role("button", name="Claim this enquiry").click()
    assert page.get_by_text("You have claimed this enquiry.").is_visible()
    page.get_by_label("General", exact=True).check()
    page.get_by_role("button", name="Save category").click()
    assert page.get_by_text("Category saved; priority and due time recalculated.").is_visible()
    with live_server.app.app_context():
        enquiry = db.session.scalar(select(Enquiry).where(Enquiry.reference == team["notification"]))
        assert (enquiry.category, enquiry.flags, enquiry.assignee_id) == ("general", [], team["people"]["triager"])


def test_a_reply_by_email_is_previewed_sent_and_received(page, live_server, team, smtp_server):
    sign_in(page, live_server.url, "triager@cdop.test")
    page.get_by_role("link", name=team["general"]).click()
    page.get_by_label("Start from").select_option(label="Acknowledge and introduce")
    page.get_by_role("button", name="Write a reply").click()
    preview = page.locator("section.reply-preview")
    assert f"Your reference is {team['general']}." in preview.inner_text()
    accessible(page, "reply-preview")
    page.get_by_role("button", name="Send reply").click()
    assert page.get_by_text("Reply queued to researcher@example.org by email.").is_visible()
    with live_server.app.app_context():
        assert deliver_due(services().settings)["sent"] == 1
    [mail] = smtp_server.messages
    assert mail["To"] == "researcher@example.org" and team["general"] in mail["Subject"]
    assert f"Your reference is {team['general']}." in mail.get_content()
    page.reload()
    assert page.locator(".item-out", has_text="Delivery: sent").is_visible()


def test_an_admin_reads_the_audit_trail_of_an_enquiry(page, live_server, team):
    sign_in(page, live_server.url, "triager@cdop.test")
    page.get_by_role("link", name=team["crisis"]).click()
    page.get_by_role("button", name="Claim this enquiry").click()
    page.get_by_role("button", name="Sign out").click()
    sign_in(page, live_server.url, "admin@cdop.test")
    page.get_by_role("link", name=team["crisis"]).click()
    page.get_by_role("link", name=f"Audit trail for {team['crisis']}").click()
    rows = page.locator("table.audit tbody tr").all_inner_texts()
    assert any("triager@cdop.test" in row and "claimed" in row for row in rows)
    assert any("admin@cdop.test" in row and "viewed" in row for row in rows)
    accessible(page, "audit")


def test_no_script_runs_from_a_hostile_subject_sms_or_html_mail(page, live_server, live_app, team):
    with live_app.app_context():
        mail = make_enquiry(subject=XSS, text=XSS, html=XSS + "<p>Formatted body</p>").id
        text = make_enquiry(channel="sms", sender="+447700900123", subject=None, text=XSS).id
    dialogs, errors = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    sign_in(page, live_server.url, "triager@cdop.test")
    # The mail's subject and preview and the SMS preview, all as visible text.
    assert page.locator("table.queue").inner_text().count("<script>alert('x')</script>") == 3
    for enquiry_id in (mail, text):
        page.goto(f"{live_server.url}/team/enquiries/{enquiry_id}")
        assert "<script>alert('x')</script>" in page.locator(".item-text").first.inner_text()
    page.goto(f"{live_server.url}/team/enquiries/{mail}")
    page.get_by_text("Show the formatted version").click()
    frame = page.frame_locator("iframe.mail-html")
    assert frame.get_by_text("Formatted body").is_visible()
    page.wait_for_timeout(500)
    assert dialogs == []
    assert frame.locator("img, svg").count() == 2, "the hostile markup is there, inert, inside the frame"
    assert any("Blocked script execution in 'about:srcdoc'" in e and "sandboxed" in e for e in errors)
