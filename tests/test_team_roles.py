"""Every team route against every role: allowed where the role reaches, refused everywhere else."""
from __future__ import annotations

import pytest

from extensions import db
from store.models import Attachment
from store.team_models import CannedReply
from tests.team_support import ROLES, fast_hashing, make_enquiry, new_client, signed_in, staff  # noqa: F401

# The least role each endpoint needs, written out here so a change to the code cannot move it silently.
REQUIRED = {
    "team.auth.login": "anyone",
    "team.auth.logout": "viewer",
    "team.queue.index": "viewer",
    "team.enquiry.show": "viewer",
    "team.enquiry.attachment": "viewer",
    "team.dashboard.index": "viewer",
    "team.dashboard.export": "viewer",
    "team.actions.claim": "triager",
    "team.actions.assign": "triager",
    "team.actions.reclassify": "triager",
    "team.actions.status": "triager",
    "team.actions.note": "triager",
    "team.actions.merge": "triager",
    "team.reply.compose": "triager",
    "team.reply.submit": "triager",
    "team.admin.users": "admin",
    "team.admin.user": "admin",
    "team.admin.canned_list": "admin",
    "team.admin.canned_edit": "admin",
    "team.admin.settings": "admin",
    "team.admin.audit": "admin",
    "team.admin.subject_access": "admin",
}
RANK = {"anyone": 0, "viewer": 1, "triager": 2, "admin": 3}


def team_routes(app) -> list[tuple[str, str, str]]:
    """(endpoint, method, rule) for every team route, sign-out last since it ends the session."""
    routes = [(rule.endpoint, method, rule.rule) for rule in app.url_map.iter_rules()
              if rule.endpoint.startswith("team.") for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return sorted(routes, key=lambda route: route[0] == "team.auth.logout")


@pytest.fixture
def url_values(app, staff):
    enquiry = make_enquiry()
    attachment = Attachment(message_id=enquiry.messages[0].id, name="form.pdf", content_type="application/pdf",
                            size=4, sha256="0" * 64, content=b"%PDF")
    canned = CannedReply(name="Thanks", channel="any", body="Thank you. {reference}", version=1)
    db.session.add_all([attachment, canned])
    db.session.commit()
    return {"enquiry_id": enquiry.id, "attachment_id": attachment.id, "user_id": staff["viewer"].id,
            "canned_id": canned.id}


def url_for_rule(rule: str, values: dict[str, int]) -> str:
    for name, value in values.items():
        rule = rule.replace(f"<int:{name}>", str(value))
    return rule


def test_the_table_names_every_team_route_and_no_other(app):
    assert {endpoint for endpoint, _, _ in team_routes(app)} == set(REQUIRED)


@pytest.mark.parametrize("role", ["anonymous", *ROLES])
def test_each_role_reaches_exactly_the_routes_its_rank_allows(app, staff, url_values, role):
    client = new_client(app) if role == "anonymous" else signed_in(app, staff[role])
    rank = 0 if role == "anonymous" else RANK[role]
    for endpoint, method, rule in team_routes(app):
        response = client.open(url_for_rule(rule, url_values), method=method)
        to_login = response.status_code == 302 and "/team/login?next=" in response.headers["Location"]
        if rank >= RANK[REQUIRED[endpoint]]:
            assert response.status_code not in (401, 403) and not to_login, (endpoint, method, response.status_code)
        elif role == "anonymous":
            assert to_login, (endpoint, method, response.status_code)
        else:
            assert response.status_code == 403, (endpoint, method, response.status_code)


def test_a_team_view_without_the_role_decorator_is_refused(app, staff):
    app.add_url_rule("/team/stray", endpoint="team.queue.stray", view_func=lambda: "should never be served")
    response = signed_in(app, staff["admin"]).get("/team/stray")
    assert response.status_code == 403


def test_a_deactivated_account_is_signed_out_at_its_next_request(app, staff):
    client = signed_in(app, staff["triager"])
    staff["triager"].active = False
    db.session.commit()
    response = client.get("/team/")
    assert response.status_code == 302 and "/team/login" in response.headers["Location"]
