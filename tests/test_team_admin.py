"""Admin pages: staff accounts, reply templates with their history, settings and the audit trail."""
from __future__ import annotations

from sqlalchemy import select

from extensions import db
from store.models import AuditEvent, User
from store.team_models import CannedReply, CannedReplyVersion
from tests.team_support import fast_hashing, make_enquiry, new_client, sign_in, signed_in, staff  # noqa: F401

TEMPLATE = {"name": "Key worker introduction", "channel": "any", "subject": "Your key worker {reference}",
            "body": "Hello {first_name|there}. Call us on {cdop_team_phone}."}


def test_an_admin_adds_a_user_who_can_then_sign_in(app, staff):
    admin = signed_in(app, staff["admin"])
    response = admin.post("/team/admin/users", data={"email": "New.Person@cdop.test", "role": "viewer",
                                                      "password": "twelve chars ok"}, follow_redirects=True)
    assert b"Account created for new.person@cdop.test." in response.data
    assert db.session.scalar(select(User.role).where(User.email == "new.person@cdop.test")) == "viewer"
    assert sign_in(new_client(app), "new.person@cdop.test", "twelve chars ok").status_code == 302


def test_a_short_password_or_a_taken_address_is_refused(app, staff):
    admin = signed_in(app, staff["admin"])
    short = admin.post("/team/admin/users", data={"email": "a@cdop.test", "role": "viewer", "password": "short"})
    taken = admin.post("/team/admin/users", data={"email": "viewer@cdop.test", "role": "viewer",
                                                  "password": "twelve chars ok"})
    assert short.status_code == taken.status_code == 400
    assert b"Someone already has an account with this email address" in taken.data


def test_an_admin_changes_a_role_and_a_new_password_signs_the_user_out(app, staff):
    viewer = signed_in(app, staff["viewer"])
    signed_in(app, staff["admin"]).post(f"/team/admin/users/{staff['viewer'].id}", data={
        "role": "triager", "active": "y", "password": "a different password"})
    db.session.expire_all()
    assert db.session.get(User, staff["viewer"].id).role == "triager"
    assert viewer.get("/team/").status_code == 302
    assert sign_in(new_client(app), "viewer@cdop.test", "a different password").status_code == 302
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "user_changed"))
    assert event.detail == {"user_id": staff["viewer"].id, "role": ["viewer", "triager"], "password": "changed"}


def test_an_admin_cannot_lock_themselves_out(app, staff):
    response = signed_in(app, staff["admin"]).post(f"/team/admin/users/{staff['admin'].id}",
                                                   data={"role": "viewer", "active": "y"})
    assert response.status_code == 400 and b"cannot remove your own admin rights" in response.data


def test_editing_a_template_keeps_every_version(app, staff):
    admin = signed_in(app, staff["admin"])
    admin.post("/team/admin/replies/new", data=TEMPLATE)
    canned = db.session.scalar(select(CannedReply))
    page = admin.post(f"/team/admin/replies/{canned.id}", data=TEMPLATE | {"body": "Hello again {first_name|there}."},
                      follow_redirects=True)
    assert "saved as version 2" in page.data.decode()
    versions = db.session.execute(select(CannedReplyVersion.version, CannedReplyVersion.body, CannedReplyVersion.author)
                                  .order_by(CannedReplyVersion.version)).all()
    assert versions == [(1, TEMPLATE["body"], "admin@cdop.test"), (2, "Hello again {first_name|there}.", "admin@cdop.test")]
    assert "Version 1," in page.data.decode() and "Call us on {cdop_team_phone}." in page.data.decode()


def test_saving_an_unchanged_template_adds_no_version(app, staff):
    admin = signed_in(app, staff["admin"])
    admin.post("/team/admin/replies/new", data=TEMPLATE)
    canned = db.session.scalar(select(CannedReply))
    admin.post(f"/team/admin/replies/{canned.id}", data=TEMPLATE)
    db.session.expire_all()
    assert db.session.get(CannedReply, canned.id).version == 1


def test_a_template_with_an_unknown_placeholder_is_not_saved(app, staff):
    response = signed_in(app, staff["admin"]).post("/team/admin/replies/new",
                                                   data=TEMPLATE | {"body": "Dear {parent_name}, see {samaritan}"})
    assert response.status_code == 400
    assert b"Unknown placeholder: {parent_name}, {samaritan}" in response.data
    assert db.session.scalar(select(CannedReply)) is None


def test_two_templates_cannot_share_a_name(app, staff):
    admin = signed_in(app, staff["admin"])
    admin.post("/team/admin/replies/new", data=TEMPLATE)
    response = admin.post("/team/admin/replies/new", data=TEMPLATE)
    assert response.status_code == 400 and b"already has this name" in response.data


def test_the_audit_trail_shows_who_did_what_and_filters_by_enquiry(app, staff):
    wanted, other = make_enquiry(), make_enquiry()
    signed_in(app, staff["viewer"]).get(f"/team/enquiries/{wanted.id}")
    signed_in(app, staff["triager"]).get(f"/team/enquiries/{other.id}")
    admin = signed_in(app, staff["admin"])
    page = admin.get("/team/admin/audit", query_string={"enquiry": wanted.reference.lower()}).data.decode()
    assert "viewer@cdop.test" in page and wanted.reference in page
    assert other.reference not in page.replace(f"Audit trail for {wanted.reference}", "")
    page = admin.get("/team/admin/audit", query_string={"actor": "triager@cdop.test"}).data.decode()
    assert "signed in" in page and "viewed" in page and "viewer@cdop.test" not in page


def test_the_audit_trail_pages_back_in_time(app, staff):
    db.session.add_all([AuditEvent(actor="system", action=f"event_{n}") for n in range(105)])
    db.session.commit()
    admin = signed_in(app, staff["admin"])
    first = admin.get("/team/admin/audit").data.decode()
    assert "event 104" in first and "event 4<" not in first and "Older events" in first
    older = first.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    second = admin.get(older).data.decode()
    assert "event 0<" in second and "event 104" not in second


def test_settings_show_configuration_but_no_secrets(app, staff):
    page = signed_in(app, staff["admin"]).get("/team/admin/settings").data.decode()
    assert "SMTP" in page and "not configured" in page and "ecdop_notification" in page
    assert "test-secret" not in page
