"""Encryption at rest: tokens in the database, plaintext to the code, old rows readable, keys rotatable."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from flask_migrate import upgrade
from sqlalchemy import select, text

from config import ConfigError, load_settings
from extensions import db
from intake.inbound import InboundAttachment
from intake.receive import receive
from privacy.crypto import EncryptionError
from privacy.rekey import rewrite_all
from store.models import Attachment, Message, OutboxEntry
from store.team_models import Note
from team.queue_query import Filters, queue_page
from tests.conftest import make_app
from tests.factories import email

KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()
BODY = "Our daughter Marigold Pennyfeather was under the care of Ward Nine Quillbrook"
HTML = "<p>Marigold Pennyfeather at Ward Nine Quillbrook</p>"
ATTACHMENT = b"%PDF discharge letter for Marigold Pennyfeather"
NOTE = "Spoke to the Pennyfeather family about Quillbrook"
REPLY = "We are so sorry Marigold died. Ward Nine Quillbrook will send her notes."


def stored(table: str, column: str) -> list:
    """Column values exactly as the database holds them, past the ORM's types."""
    return [row[0] for row in db.session.execute(text(f"SELECT {column} FROM {table}"))]


def as_bytes(value) -> bytes:
    return bytes(value) if not isinstance(value, str) else value.encode()


def receive_sensitive_message() -> Message:
    result = receive(email(BODY, subject="About our daughter", html=HTML,
                           attachments=[InboundAttachment("letter.pdf", "application/pdf", ATTACHMENT)]))
    db.session.add_all([
        Note(enquiry_id=result.enquiry_id, author="triager@cdop.test", text=NOTE),
        OutboxEntry(enquiry_id=result.enquiry_id, kind="staff", automatic=False, channel="email",
                    recipient="parent@example.org", subject="Re: About our daughter", body_text=REPLY)])
    db.session.commit()
    return db.session.get(Message, result.message_id)


@pytest.fixture
def app_env():
    return {"CDOP_ENCRYPTION_KEY": KEY_A}


def test_bodies_are_stored_as_tokens_and_read_back_as_plaintext(app):
    message = receive_sensitive_message()
    for table, column in [("messages", "text"), ("messages", "html"), ("attachments", "content"),
                          ("notes", "text"), ("outbox", "body_text")]:
        assert all(as_bytes(value).startswith(b"enc:fernet:") for value in stored(table, column)), (table, column)
    db.session.expire_all()
    assert message.text == BODY and message.html == HTML
    assert db.session.scalar(select(Attachment.content)) == ATTACHMENT
    assert db.session.scalar(select(Note.text)) == NOTE
    assert db.session.scalar(select(OutboxEntry.body_text).where(OutboxEntry.kind == "staff")) == REPLY


def test_the_raw_database_file_holds_no_message_text(sqlite_app, tmp_path):
    receive_sensitive_message()
    db.session.remove()
    db.engine.dispose()  # closing the last connection checkpoints the write-ahead log into the file
    files = b"".join(path.read_bytes() for path in tmp_path.glob("cdop.sqlite3*"))
    for secret in (b"Marigold", b"Pennyfeather", b"Quillbrook", b"discharge letter"):
        assert secret not in files, secret


def test_the_team_queue_still_finds_and_previews_encrypted_messages(app):
    receive_sensitive_message()
    receive(email("Could you send the annual report?", sender="other@example.org"))
    rows = queue_page(Filters(q="quillbrook", status="all"), user_id=0).rows
    assert len(rows) == 1 and "Quillbrook" in rows[0].preview


@pytest.mark.parametrize("app_env", [{}])
def test_search_without_encryption_still_runs_in_the_database(app):
    receive(email("Please call about Quillbrook"))
    receive(email("Something else entirely", sender="other@example.org"))
    assert len(queue_page(Filters(q="QUILLBROOK", status="all"), user_id=0).rows) == 1


def test_rows_written_before_encryption_stay_readable_and_can_be_encrypted(tmp_path):
    with keyed(tmp_path, None):
        receive_sensitive_message()
        assert stored("messages", "text") == [BODY], "no key: plaintext"
    with keyed(tmp_path, KEY_A):
        assert db.session.scalar(select(Message.text)) == BODY
        rewrite_all()
        assert as_bytes(stored("messages", "text")[0]).startswith(b"enc:fernet:")
        assert db.session.scalar(select(Message.text)) == BODY


def test_a_rotated_key_reads_old_tokens_and_rewriting_retires_the_old_key(tmp_path):
    with keyed(tmp_path, KEY_A):
        receive_sensitive_message()
    with keyed(tmp_path, f"{KEY_B},{KEY_A}"):
        assert db.session.scalar(select(Message.text)) == BODY
        rewrite_all()
    with keyed(tmp_path, KEY_B):
        assert db.session.scalar(select(Message.text)) == BODY
        assert db.session.scalar(select(Attachment.content)) == ATTACHMENT


def test_reading_a_token_without_the_key_is_a_clear_error(tmp_path):
    with keyed(tmp_path, KEY_A):
        receive_sensitive_message()
    with keyed(tmp_path, None):
        with pytest.raises(EncryptionError, match="CDOP_ENCRYPTION_KEY is not set"):
            db.session.scalar(select(Message.text))
    with keyed(tmp_path, KEY_B):
        with pytest.raises(EncryptionError, match="none of the keys"):
            db.session.scalar(select(Message.text))


def test_plaintext_that_looks_like_a_token_round_trips_without_a_key(tmp_path):
    with keyed(tmp_path, None):
        result = receive(email("enc:fernet:this is what I typed"))
        db.session.expire_all()
        assert db.session.get(Message, result.message_id).text == "enc:fernet:this is what I typed"


@pytest.mark.parametrize("value", ["not-a-key", f"{KEY_A},short"])
def test_a_bad_key_is_named_at_start_up(tmp_path, value):
    with pytest.raises(ConfigError, match="CDOP_ENCRYPTION_KEY"):
        load_settings(tmp_path, {"CDOP_ENCRYPTION_KEY": value})


@contextmanager
def keyed(tmp_path: Path, key: str | None) -> Iterator[None]:
    """The app on one SQLite file under tmp_path, with the given key (or none)."""
    app = make_app(f"sqlite:///{tmp_path / 'cdop.sqlite3'}", tmp_path, {"CDOP_ENCRYPTION_KEY": key} if key else {})
    with app.app_context():
        upgrade()
        yield
        db.session.remove()
        db.engine.dispose()
