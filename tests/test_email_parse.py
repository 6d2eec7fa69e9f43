"""parse_email on small fixture messages: fields, text, threading, flags, bounces, refusals."""
from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

import pytest

from intake.__main__ import eml_report
from intake.email_parse import EmailParseError, parse_email
from intake.email_text import new_text
from intake.inbound import InboundMessage

FIXTURES = Path(__file__).parent / "fixtures" / "email"


def parse(name: str, **kwargs) -> InboundMessage:
    return parse_email((FIXTURES / name).read_bytes(), **kwargs)


@pytest.mark.parametrize("fixture, expected", [
    ("plain.eml", {
        "channel": "email", "external_id": "plain-1@hospital.example.nhs.uk",
        "sender": "amira.khan@hospital.example.nhs.uk", "sender_name": "Dr Amira Khan",
        "recipients": ["cdop@example.gov.uk", "safeguarding@hospital.example.nhs.uk"],
        "subject": "Notification of a child death", "html": None, "auto_reply": False, "bounce": False,
        "sent_at": dt.datetime(2025, 3, 4, 9, 15, tzinfo=dt.timezone.utc), "received_at": None,
    }),
    ("latin1.eml", {"sender_name": "Renée Dupré", "subject": "Café réunion"}),
    ("iso2022jp.eml", {"subject": "会議"}),
    ("unknown_charset.eml", {"subject": "Training dates"}),
    ("mbox_crlf.eml", {"external_id": "mbox-1@example.org", "sender": "alex@example.org",
                       "subject": "Archived message"}),
    ("auto_submitted_no.eml", {"auto_reply": False, "auto_reply_reason": None, "bounce": False}),
    ("outlook_reply.eml", {
        "in_reply_to": "ack-17@cdop.example.gov.uk",
        "references": ["first-1@school.example.sch.uk", "ack-17@cdop.example.gov.uk"],
    }),
])
def test_it_reads_the_fields_of_each_fixture(fixture: str, expected: dict) -> None:
    message = parse(fixture)
    assert {field: getattr(message, field) for field in expected} == expected


@pytest.mark.parametrize("fixture, present", [
    ("plain.eml", "notification of the death of a 3-month-old boy"),
    ("latin1.eml", "la réunion du comité est reportée. Coût: 5 £."),
    ("iso2022jp.eml", "会議は木曜日です。"),
    ("unknown_charset.eml", "Thanks – Zoë\nCafé at 10."),
    ("html_only_script.eml", "in touch about the review of my son's death.\n\nI haven’t heard anything yet."),
])
def test_it_decodes_body_text_in_its_charset(fixture: str, present: str) -> None:
    assert present in parse(fixture).text


def test_html_only_mail_becomes_text_and_sanitised_html_without_scripts() -> None:
    message = parse("html_only_script.eml")
    for unwanted in ("alert", "injected", "color: red", "mail"):
        assert unwanted not in message.text
    assert "<script" not in message.html and "onclick" not in message.html
    assert "<p>Hello, I was told" in message.html


@pytest.mark.parametrize("fixture, kept, dropped", [
    ("gmail_reply.eml", "Could the key worker call me after 5pm?",
     ["Chris", "wrote:", "Thank you for contacting"]),
    ("outlook_reply.eml", "Thank you, the family have agreed to be contacted.\n\nKind regards\nHead Teacher",
     ["From: CDOP Team", "Sent:", "We have received it", "____"]),
    ("outlook_original_message.eml", "Thursday works for me.", ["Original Message", "Would Thursday suit?"]),
    # A forward keeps what was forwarded: that is where the notification is.
    ("forwarded.eml", "A 6-year-old girl died on ward 4 tonight.", []),
])
def test_new_text_drops_quoted_history_and_signature(fixture: str, kept: str, dropped: list[str]) -> None:
    message = parse(fixture)
    assert kept in message.new_text
    for text in dropped:
        assert text not in message.new_text
        assert text in message.text  # the full text keeps everything


@pytest.mark.parametrize("text, subject, expected", [
    # Bottom-posted (Thunderbird): the reply sits below the quote.
    ("On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi\nHello", "Re: hi", "Hello"),
    # Interleaved answers keep every unquoted line.
    ("On Mon, 3 Mar 2025, Team <t@x.org> wrote:\n> Can you come Thursday?\nYes.\n> And Friday?\nNo.",
     "Re: dates", "Yes.\nNo."),
    # Yahoo's "--- On …" attribution, history not marked with ">".
    ("Fine by me.\n\n--- On Wed, 4/4/12, a@x.org <a@x.org> wrote:\n\nFrom: a@x.org\nOld text",
     "Re: x", "Fine by me."),
    # A parent's own sentence is not an attribution line: it has no date and no address.
    ("On the day Leo died the nurse wrote:\nwe are so sorry", "Leo",
     "On the day Leo died the nurse wrote:\nwe are so sorry"),
    ("Please see below.\n\nOn Mon, 3 Mar 2025, Ward <w@x.org> wrote:\nA baby died tonight.",
     "Fwd: baby", "Please see below.\n\nOn Mon, 3 Mar 2025, Ward <w@x.org> wrote:\nA baby died tonight."),
    ("Thanks\n-- \nJo Bloggs\nSafeguarding lead", None, "Thanks"),
])
def test_new_text_keeps_what_the_sender_wrote_now(text: str, subject: str | None, expected: str) -> None:
    assert new_text(text, subject) == expected


def test_text_keeps_quoted_history_for_the_team() -> None:
    assert "> We will be in touch within two working days." in parse("gmail_reply.eml").text


def test_a_message_without_message_id_gets_an_id_from_its_bytes_so_retries_dedupe() -> None:
    raw = (FIXTURES / "no_message_id.eml").read_bytes()
    assert parse_email(raw).external_id == f"sha256:{hashlib.sha256(raw).hexdigest()}"
    assert parse_email(raw).external_id == parse_email(raw).external_id


def test_attachments_are_kept_with_name_type_and_content() -> None:
    message = parse("attachment.eml")
    [attachment] = message.attachments
    assert (attachment.name, attachment.content_type) == ("form-a.pdf", "application/pdf")
    assert attachment.content.startswith(b"%PDF-1.4")
    assert message.text.strip() == "Please find the completed Form A attached."


def test_attachments_over_the_size_limit_keep_their_name_but_not_their_content() -> None:
    message = parse("attachment.eml", max_bytes=10)
    [attachment] = message.attachments
    assert (attachment.name, attachment.content) == ("form-a.pdf", b"")
    assert "'form-a.pdf'" in message.text and "not stored" in message.text
    assert message.raw == (FIXTURES / "attachment.eml").read_bytes()


@pytest.mark.parametrize("fixture, reason_start", [
    ("out_of_office.eml", "auto_submitted: Auto-Submitted: auto-replied"),
    ("own_loop.eml", "own_loop_header: X-Cdop-Loop: ack"),
    ("bounce_511.eml", "delivery_report: Content-Type: multipart/report"),
])
def test_machine_mail_is_flagged_with_the_reason(fixture: str, reason_start: str) -> None:
    message = parse(fixture)
    assert message.auto_reply
    assert message.auto_reply_reason.startswith(reason_start)


@pytest.mark.parametrize("fixture, expected", [
    ("bounce_511.eml", {"bounce": True, "bounce_permanent": True,
                        "bounced_recipient": "no.such.parent@example.net",
                        "bounced_message_id": "ack-19@cdop.example.gov.uk"}),
    ("delayed_dsn.eml", {"bounce": True, "bounce_permanent": False,
                         "bounced_recipient": "slow.server@example.net",
                         "bounced_message_id": "ack-20@cdop.example.gov.uk"}),
    ("out_of_office.eml", {"bounce": False, "bounce_permanent": False,
                           "bounced_recipient": None, "bounced_message_id": None}),
])
def test_bounces_say_which_message_bounced_for_whom_and_for_good(fixture: str, expected: dict) -> None:
    message = parse(fixture)
    assert {field: getattr(message, field) for field in expected} == expected


def test_exim_style_bounce_without_report_names_the_failed_recipient() -> None:
    raw = (b"From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nTo: cdop@example.gov.uk\n"
           b"Subject: Mail delivery failed: returning message to sender\n"
           b"X-Failed-Recipients: gone@example.net\n\n"
           b"This message was created automatically by mail delivery software.\n\n"
           b"  gone@example.net\n    SMTP error from remote mail server after RCPT TO:\n"
           b"    550 5.1.1 User unknown\n")
    message = parse_email(raw)
    assert (message.bounce, message.bounced_recipient, message.bounce_permanent) == (
        True, "gone@example.net", True)


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty message"),
    (b" \r\n\t\n", "empty message"),
    (bytes(random.Random(1).randrange(256) for _ in range(2048)).replace(b":", b";"),
     "no email header block"),
    (b"just some words\nwith no header block at all\n", "no email header block"),
    (b"X-Spam-Score: 4\nMIME-Version: 1.0\n\n", "no sender and no content"),
])
def test_bytes_that_are_not_an_email_are_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(EmailParseError) as refused:
        parse_email(raw)
    assert refused.value.reason == reason


@pytest.mark.parametrize("raw, expected", [
    # Bare CR line endings (classic Mac) and a byte-order mark must not hide the header block.
    (b"\xef\xbb\xbfFrom: a@example.org\rSubject: Hi\r\rBody\r", ("a@example.org", "Hi")),
    # Obsolete syntax: white space before the colon.
    (b"From  : a@example.org\nSubject   : Hi\n\nBody\n", ("a@example.org", "Hi")),
    # An encoded word in an unknown charset is read, not fatal.
    (b"From: a@example.org\nSubject: =?x-unknown?q?caf=C3=A9?=\n\nBody\n", ("a@example.org", "café")),
    # Raw 8-bit UTF-8 in a header (RFC 6532).
    ("From: Zoë <z@example.org>\nSubject: Ça va\n\nBody\n".encode(), ("z@example.org", "Ça va")),
])
def test_awkward_but_real_mail_still_parses(raw: bytes, expected: tuple[str, str]) -> None:
    message = parse_email(raw)
    assert (message.sender, message.subject) == expected


def test_mangled_mail_never_raises_anything_but_email_parse_error() -> None:
    rng = random.Random(7)
    for path in sorted(FIXTURES.glob("*.eml")):
        raw = bytearray(path.read_bytes())
        for _ in range(40):
            mangled = bytearray(raw)
            for _ in range(rng.randrange(1, 30)):
                mangled[rng.randrange(len(mangled))] = rng.randrange(256)
            cut = mangled[:rng.randrange(1, len(mangled) + 1)]
            try:
                parse_email(bytes(cut))
            except EmailParseError:
                pass


def test_the_command_line_report_has_the_agreed_fields() -> None:
    report = eml_report(FIXTURES / "bounce_511.eml")
    assert report == {
        "path": str(FIXTURES / "bounce_511.eml"), "message_id": "dsn-1@mx.example.net",
        "from": "MAILER-DAEMON@mx.example.net", "subject": "Undelivered Mail Returned to Sender",
        "text_chars": report["text_chars"], "auto_reply": True, "bounce": True, "attachments": 2,
        "error": None,
    }
    assert report["text_chars"] > 100
    assert eml_report(FIXTURES / "missing.eml")["error"].startswith("cannot read file")
