"""Subject access: one ZIP with everything about the address, and nothing about anyone else."""
from __future__ import annotations

import io
import json
import zipfile

import pytest
from sqlalchemy import select, update

from extensions import db
from intake.inbound import InboundAttachment
from intake.receive import receive
from store.models import AuditEvent, Enquiry, Message, OutboxEntry
from store.team_models import Note
from tests.factories import email, sms
from tests.team_support import fast_hashing, signed_in, staff  # noqa: F401

THEIRS = "Our son Alfie Brightwater died at home <script>alert(1)</script>"
ATTACHMENT = b"%PDF letter from the coroner about Alfie Brightwater"
SOMEONE_ELSE = "I am Morwenna Tidewell, writing about my nephew"


@pytest.fixture
def held(app):
    """A parent's enquiry with a reply and a note, into which another sender's message was merged."""
    mine = receive(email(THEIRS, sender="Parent@Example.org", subject="About Alfie",
                         attachments=[InboundAttachment("coroner.pdf", "application/pdf", ATTACHMENT)]))
    other = receive(email(SOMEONE_ELSE, sender="morwenna@example.net", subject="My nephew"))
    db.session.add_all([
        Note(enquiry_id=mine.enquiry_id, author="triager@cdop.test", text="Key worker to call the family"),
        Note(enquiry_id=other.enquiry_id, author="triager@cdop.test", text="Morwenna asked for a leaflet"),
        OutboxEntry(enquiry_id=mine.enquiry_id, kind="staff", automatic=False, channel="email",
                    recipient="parent@example.org", subject="Re: About Alfie", body_text="We are sorry Alfie died."),
    ])
    db.session.execute(update(Message).where(Message.id == other.message_id).values(enquiry_id=mine.enquiry_id))
    db.session.commit()
    return db.session.get(Enquiry, mine.enquiry_id)


def export(app, address: str, tmp_path) -> tuple[dict, zipfile.ZipFile]:
    path = tmp_path / "export.zip"
    result = app.test_cli_runner().invoke(args=["contacts", "export", address, "--output", str(path)])
    assert result.exit_code == 0, result.output
    archive = zipfile.ZipFile(path)
    return json.loads(archive.read("data.json")), archive


def everything_in(archive: zipfile.ZipFile) -> bytes:
    return b"".join(archive.read(name) for name in archive.namelist())


def test_the_export_holds_their_messages_attachments_replies_notes_and_enquiry(app, held, tmp_path):
    data, archive = export(app, "PARENT@example.org", tmp_path)
    assert [m["text"] for m in data["messages"]] == [THEIRS]
    assert archive.read(data["messages"][0]["attachments"][0]["file"]) == ATTACHMENT
    replies = {r["subject"] for r in data["replies"]}
    assert "Re: About Alfie" in replies and any(held.reference in s for s in replies), "acknowledgement and reply"
    assert [n["text"] for n in data["notes"]] == ["Key worker to call the family"]
    assert [e["reference"] for e in data["enquiries"]] == [held.reference]
    assert data["contact"]["address"] == "parent@example.org"


def test_the_export_holds_nothing_about_the_other_sender_on_a_merged_enquiry(app, held, tmp_path):
    _, archive = export(app, "parent@example.org", tmp_path)
    content = everything_in(archive)
    for other in (b"Morwenna", b"morwenna@example.net", b"nephew", b"triager@cdop.test"):
        assert other not in content, other


def test_the_readable_page_escapes_what_they_wrote(app, held, tmp_path):
    _, archive = export(app, "parent@example.org", tmp_path)
    page = archive.read("index.html").decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>" not in page


def test_a_phone_number_is_found_however_it_is_written(app, tmp_path):
    receive(sms("Please ring me about the meeting", sender="+447700900123"))
    data, _ = export(app, "07700 900123", tmp_path)
    assert [m["text"] for m in data["messages"]] == ["Please ring me about the meeting"]


def test_the_export_is_audited_by_a_hash_of_the_address(app, held, tmp_path):
    export(app, "parent@example.org", tmp_path)
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "subject_access_export"))
    assert event.actor == "cli" and len(event.detail["address_digest"]) == 64
    assert "parent@example.org" not in json.dumps(event.detail)


def test_something_that_is_not_an_address_is_refused(app, tmp_path):
    result = app.test_cli_runner().invoke(args=["contacts", "export", "not a person", "--output",
                                                str(tmp_path / "x.zip")])
    assert result.exit_code != 0 and "not an email address or phone number" in result.output


def test_an_admin_downloads_the_same_export_from_the_enquiry_page(app, held, staff):
    client = signed_in(app, staff["admin"])
    page = client.get(f"/team/enquiries/{held.id}").data.decode()
    assert f"/team/admin/enquiries/{held.id}/subject-access" in page
    response = client.post(f"/team/admin/enquiries/{held.id}/subject-access")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    data = json.loads(zipfile.ZipFile(io.BytesIO(response.data)).read("data.json"))
    assert [m["text"] for m in data["messages"]] == [THEIRS]
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "subject_access_export"))
    assert event.actor == "admin@cdop.test"


def test_the_export_button_is_shown_to_admins_only(app, held, staff):
    page = signed_in(app, staff["triager"]).get(f"/team/enquiries/{held.id}").data.decode()
    assert "subject-access" not in page
