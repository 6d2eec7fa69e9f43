"""The public pages in headless Chromium against a live server: form, errors, keyboard, chat, axe."""
from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlalchemy import select

from extensions import db
from store.models import Enquiry, Message
from tests.browser import describe_violations, run_axe, screenshot

MESSAGE = "My daughter died in hospital last week. What happens now, and who will contact us?"
REFERENCE = re.compile(r"CDOP-\d{4}-\d{5,}")


def assert_accessible(page, name: str) -> None:
    screenshot(page, name)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def stored_messages(live_app) -> list[Message]:
    with live_app.app_context():
        return list(db.session.scalars(select(Message)))


def fill_the_form(page) -> None:
    form = page.locator("main form")
    form.get_by_label("A parent or carer").check()
    form.get_by_label("Your message").fill(MESSAGE)
    form.get_by_label("Your name (optional)").fill("Amira Khan")
    form.get_by_label("Email", exact=True).check()
    form.get_by_label("Email address").fill("amira@example.org")


def tab_to(page, selector: str, limit: int = 40) -> None:
    """Press Tab until the element matching `selector` has focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} never received focus by Tab")


def test_the_enquiry_page_has_no_wcag_violations(page, live_server):
    page.goto(live_server.url + "/enquiry")
    assert page.title().startswith("Contact the Child Death Overview Panel team")
    assert_accessible(page, "enquiry")


def test_a_parent_sends_the_form_and_sees_the_reference_and_what_happens_next(page, live_server):
    page.goto(live_server.url + "/enquiry")
    assert page.locator("main #email").is_hidden()  # revealed only when Email is chosen
    fill_the_form(page)
    page.get_by_role("button", name="Send message").click()
    page.wait_for_url("**/enquiry/confirmation")
    panel = page.locator(".govuk-panel--confirmation")
    assert panel.get_by_role("heading", level=1).inner_text() == "Message sent"
    reference = REFERENCE.search(panel.inner_text())[0]
    assert page.get_by_role("heading", name="What happens next").is_visible()
    assert "Thank you for your message, Amira" in page.inner_text("main")
    [message] = stored_messages(live_server.app)
    assert (message.sender, message.text) == ("amira@example.org", MESSAGE)
    with live_server.app.app_context():
        assert db.session.scalars(select(Enquiry)).one().reference == reference
    assert_accessible(page, "confirmation")


def test_the_error_summary_takes_focus_and_its_links_lead_to_the_fields(page, live_server):
    page.goto(live_server.url + "/enquiry")
    page.get_by_role("button", name="Send message").click()
    summary = page.locator(".govuk-error-summary")
    summary.wait_for()
    assert page.title().startswith("Error: ")
    # GOV.UK Frontend moves focus once its script has run, which can be after the summary shows.
    # A locator assertion, not wait_for_function: that evaluates a string, which the page's CSP
    # (no 'unsafe-eval') forbids in newer Chromium.
    expect(summary).to_be_focused(timeout=10_000)
    assert summary.get_by_role("link").all_inner_texts() == [
        "Select who you are", "Enter your message", "Select how you would like us to reply"]
    assert_accessible(page, "enquiry-errors")
    summary.get_by_role("link", name="Enter your message").click()
    assert page.evaluate("document.activeElement.id") == "message"
    assert stored_messages(live_server.app) == []


def test_a_form_whose_session_has_gone_gets_a_friendly_page_and_stores_nothing(page, live_server):
    page.goto(live_server.url + "/enquiry")
    fill_the_form(page)
    page.context.clear_cookies()  # as when the session cookie has expired or was refused
    page.get_by_role("button", name="Send message").click()
    page.get_by_role("heading", name="Sorry, your message has not been sent").wait_for()
    assert page.get_by_role("link", name="go back to the form").is_visible()
    assert stored_messages(live_server.app) == []
    assert_accessible(page, "enquiry-expired")


def test_the_form_can_be_filled_in_and_sent_with_the_keyboard_alone(page, live_server):
    page.goto(live_server.url + "/enquiry")
    tab_to(page, "#role")
    page.keyboard.press("Space")
    tab_to(page, "#message")
    page.keyboard.type(MESSAGE)
    tab_to(page, "#reply_by")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the revealed email field comes next
    assert page.evaluate("document.activeElement.id") == "email"
    page.keyboard.type("amira@example.org")
    tab_to(page, "button.govuk-button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/enquiry/confirmation")
    assert REFERENCE.search(page.inner_text(".govuk-panel"))
    assert len(stored_messages(live_server.app)) == 1


def test_the_form_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/enquiry")
        assert page.locator("main #email").is_visible()  # every detail field shows
        assert page.locator(".cdop-chat__link").is_visible()  # the chat is a plain link
        fill_the_form(page)
        page.get_by_role("button", name="Send message").click()
        page.wait_for_url("**/enquiry/confirmation")
        assert REFERENCE.search(page.inner_text(".govuk-panel"))
    finally:
        context.close()


def ask_the_chat(page, question: str) -> None:
    chat = page.locator(".cdop-chat")
    chat.get_by_label("Your question").fill(question)
    chat.get_by_role("button", name="Ask").click()


def test_the_chat_answers_a_question_in_a_live_region(page, live_server):
    page.goto(live_server.url + "/enquiry")
    assert page.locator(".cdop-chat__fallback").is_hidden()  # JavaScript replaced the plain link
    ask_the_chat(page, "How long does a review take?")
    log = page.get_by_role("log", name="Chat conversation")
    assert log.get_attribute("aria-live") == "polite"
    log.locator(".cdop-chat__turn--bot").wait_for()
    assert "How long does a review take?" in log.locator(".cdop-chat__turn--visitor").inner_text()
    assert log.locator(".cdop-chat__turn--bot").inner_text().startswith("Chat")
    assert page.evaluate("document.activeElement.id") == "cdop-chat-question"  # ready for the next one
    assert stored_messages(live_server.app) == []
    assert_accessible(page, "chat-answer")


def test_a_message_left_through_the_chat_reaches_the_team_with_the_conversation(page, live_server):
    page.goto(live_server.url + "/enquiry")
    ask_the_chat(page, "How long does a review take?")
    page.locator(".cdop-chat__turn--bot").wait_for()
    chat = page.locator(".cdop-chat")
    chat.get_by_role("button", name="Leave a message for our team").click()
    assert page.evaluate("document.activeElement.id") == "cdop-chat-leave-title"
    chat.get_by_label("Your message").fill("Please ask our key worker to ring me after 3pm.")
    chat.get_by_label("Phone number, if you would like us to call you (optional)").fill("01772 530329")
    chat.get_by_role("button", name="Send message to our team").click()
    sent = chat.locator(".cdop-chat__turn--bot", has_text="Message sent")
    sent.wait_for()
    reference = REFERENCE.search(sent.inner_text())[0]
    [message] = stored_messages(live_server.app)
    assert message.channel == "chat" and message.sender == "+441772530329"
    assert "Visitor: How long does a review take?" in message.text
    assert message.text.endswith("Please ask our key worker to ring me after 3pm.")
    with live_server.app.app_context():
        assert db.session.get(Enquiry, message.enquiry_id).reference == reference
    assert_accessible(page, "chat-message-left")


def test_the_chat_shows_help_now_at_once_in_a_crisis(page, live_server):
    page.goto(live_server.url + "/enquiry")
    ask_the_chat(page, "I can't cope any more, I want to end my life")
    help_now = page.locator(".cdop-chat__turn--help")
    help_now.wait_for()
    text = help_now.inner_text()
    assert text.index("999") < text.index("01772 530329") and "116 123" in text
    assert page.locator("#cdop-chat-leave").is_visible()  # a way to reach a person, offered at once
    with live_server.app.app_context():
        assert "crisis" in db.session.scalars(select(Enquiry)).one().flags
    assert_accessible(page, "chat-crisis")


def test_a_question_can_be_asked_with_the_keyboard_alone(page, live_server):
    page.goto(live_server.url + "/enquiry")
    tab_to(page, "#cdop-chat-question")
    page.keyboard.type("Who will be our key worker?")
    page.keyboard.press("Enter")
    page.locator(".cdop-chat__turn:not(.cdop-chat__turn--visitor)").wait_for()
    assert page.evaluate("document.activeElement.id") == "cdop-chat-question"


def test_a_message_can_be_left_in_the_chat_with_the_keyboard_alone(page, live_server):
    page.goto(live_server.url + "/enquiry")
    tab_to(page, "#cdop-chat-open-leave")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "cdop-chat-leave-title"
    tab_to(page, "#cdop-chat-leave-text")
    page.keyboard.type("Please call me back.")
    tab_to(page, "#cdop-chat-leave button[type=submit]")
    page.keyboard.press("Enter")
    page.locator(".cdop-chat__turn", has_text="Message sent").wait_for()
    assert len(stored_messages(live_server.app)) == 1
