"""Hypothesis over MIME: mutations of the shared corpus and generated trees never break the email path.

parse_email raises nothing but EmailParseError; ingest_email stores every message or quarantines it
with a reason. Budgets are fixed and derandomized so CI runs the same examples every time.
"""
from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from extensions import db
from intake.email_ingest import ingest_email
from intake.email_parse import EmailParseError, parse_email
from store.models import Message, Quarantine
from tests.conftest import shared_path

# email.generator draws MIME boundaries from `random`: harmless here, the bytes are what is fuzzed.
pytestmark = pytest.mark.filterwarnings("ignore:Do not use the `random` module")
SEED_MAX_BYTES = 16_000  # small seeds keep each example fast; the corpus test reads every file whole
FUZZ = settings(max_examples=100, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "koi8-r", "shift_jis", "gb2312", "utf-16", "x-unknown",
            "utf-7", "", "\"utf-8", "us-ascii'en'"]
HOSTILE_HEADERS = [
    b"Content-Type: multipart/mixed; boundary=\"\"",
    b"Content-Type: multipart/mixed",
    b"Content-Type: message/rfc822",
    b"Content-Transfer-Encoding: base64",
    b"Content-Transfer-Encoding: quoted-printable",
    b"Content-Transfer-Encoding: x-uuencode",
    b"Subject: =?x-unknown?B?////?= =?utf-8?Q?=FF=FE?=",
    b"From: =?utf-8?B?broken",
    b"From: <>",
    b"Message-ID: <>",
    b"Message-ID: " + b"<" + b"a" * 2000 + b">",
    b"Date: Feb 30 99 25:61:61 +9999",
    b"Auto-Submitted: auto-replied",
    b"References: " + b" ".join(b"<%d@x>" % n for n in range(300)),
    b"Content-Disposition: attachment; filename*=utf-8''%FF%FE.pdf",
    b"\x00\xff: \x80\x81",
]


@pytest.fixture(scope="module")
def seeds() -> list[bytes]:
    """Small real messages of every kind from the shared corpus, in a fixed order."""
    corpus = shared_path("corpora", "email")
    files = sorted(p for p in corpus.glob("*/*.eml") if p.stat().st_size <= SEED_MAX_BYTES)
    return [p.read_bytes() for p in files]


@st.composite
def mutation(draw, raw: bytes) -> bytes:
    """One edit a broken or hostile sender could make."""
    at = draw(st.integers(0, len(raw)))
    kind = draw(st.sampled_from(["flip", "truncate", "header", "charset", "slice", "newlines", "nest"]))
    if kind == "flip":
        return raw[:at] + draw(st.binary(min_size=1, max_size=8)) + raw[at + 8:]
    if kind == "truncate":
        return raw[:at]
    if kind == "header":
        return draw(st.sampled_from(HOSTILE_HEADERS)) + b"\r\n" + raw
    if kind == "charset":
        return raw.replace(b"charset=", b"charset=" + draw(st.sampled_from(CHARSETS)).encode() + b";x=", 1)
    if kind == "slice":
        return raw[:at] + raw[at:at + 400] * draw(st.integers(2, 5)) + raw[at:]
    if kind == "newlines":
        return raw.replace(b"\r\n", b"\n") if b"\r\n" in raw else raw.replace(b"\n", b"\r")
    return nested(raw, draw(st.integers(1, 120)))


def nested(raw: bytes, depth: int) -> bytes:
    """The message inside `depth` layers of multipart/mixed, the way a forwarding loop builds it."""
    for level in range(depth):
        boundary = b"b%d" % level
        raw = (b"Content-Type: multipart/mixed; boundary=" + boundary + b"\r\n\r\n--" + boundary
               + b"\r\n" + raw + b"\r\n--" + boundary + b"--\r\n")
    return b"From: a@example.org\r\nMIME-Version: 1.0\r\n" + raw


@st.composite
def mutated(draw, seeds: list[bytes]) -> bytes:
    raw = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 3))):
        raw = draw(mutation(raw))
    return raw


@st.composite
def mime_tree(draw, depth: int = 0) -> EmailMessage:
    """A generated message: text, HTML, attachments and nested multiparts in odd charsets."""
    part = EmailMessage()
    if depth < 3 and draw(st.booleans()):
        part.make_mixed()
        for child in draw(st.lists(mime_tree(depth + 1), min_size=0, max_size=3)):
            part.attach(child)
        return part
    kind = draw(st.sampled_from(["plain", "html", "binary"]))
    if kind == "binary":
        part.set_content(draw(st.binary(max_size=200)), maintype="application", subtype="octet-stream",
                         filename=draw(st.text(max_size=20)) or None)
        return part
    text = draw(st.text(max_size=200))
    charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "koi8-r", "utf-16"]))
    try:
        part.set_content(text, subtype=kind, charset=charset)
    except (UnicodeEncodeError, LookupError):
        part.set_content(text, subtype=kind)
    return part


@st.composite
def generated(draw) -> bytes:
    """A generated tree under headers of arbitrary UTF-8 text, written raw as a careless client would."""
    body = draw(mime_tree()).as_bytes(policy=SMTP)
    names = draw(st.lists(st.sampled_from(["From", "Subject", "Message-ID", "In-Reply-To", "To"]), max_size=4))
    text = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=60)
    return b"".join(f"{name}: {draw(text)}\r\n".encode() for name in names) + body


def parses_or_refuses(raw: bytes) -> None:
    try:
        message = parse_email(raw)
    except EmailParseError as error:
        assert error.reason
        return
    assert isinstance(message.text, str) and message.external_id


@FUZZ
@given(data=st.data())
def test_a_mutated_real_message_parses_or_is_refused_with_a_reason(seeds, data):
    parses_or_refuses(data.draw(mutated(seeds)))


@FUZZ
@given(raw=generated())
def test_a_generated_mime_tree_parses_or_is_refused_with_a_reason(raw):
    parses_or_refuses(raw)


@settings(FUZZ, max_examples=50)
@given(data=st.data())
def test_every_mutated_message_is_stored_or_quarantined_with_a_reason(sqlite_app, seeds, data):
    raw = data.draw(mutated(seeds))
    quarantined = db.session.scalar(select(func.count(Quarantine.id)))
    stored = db.session.scalar(select(func.count(Message.id)))
    outcome = ingest_email(raw, "fuzz")
    if outcome.received is None:
        assert outcome.reason
        assert db.session.scalar(select(func.count(Quarantine.id))) in (quarantined, quarantined + 1)
        assert db.session.scalar(select(Quarantine.reason).where(Quarantine.raw == raw))
    elif not outcome.received.duplicate:
        assert db.session.scalar(select(func.count(Message.id))) > stored
        assert db.session.get(Message, outcome.received.message_id) is not None
