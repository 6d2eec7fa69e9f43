"""The dashboard: figures that match the data on both databases, its charts, CSV export, roles and axe."""
from __future__ import annotations

import csv
import datetime as dt
import io
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select

import team.dashboard as dashboard
from commands.users import create_user
from extensions import db
from store.models import AuditEvent
from team.charts import Series, column_chart, scale
from team.sla import BREACHED
from tests.browser import describe_violations, run_axe, screenshot
from tests.team_support import PASSWORD, fast_hashing, make_enquiry, new_client, signed_in, staff  # noqa: F401
from triage.workhours import LONDON

# Wednesday 1 April 2026: the window runs from Monday 12 January to Sunday 5 April, and the
# clocks went forward on Sunday 29 March, so the last week starts at 23:00 UTC on a Sunday.
NOW = dt.datetime(2026, 4, 1, 12, 0, tzinfo=LONDON)
SVG = "{http://www.w3.org/2000/svg}"


def london(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=LONDON)


# (received, category, channel, hours to the first reply by a person or None)
SEED = [
    (london(2026, 1, 11, 23, 59), "general", "email", 1),  # the day before the window
    (london(2026, 1, 12, 9, 0), "notification", "form", 10),
    (london(2026, 3, 9, 10, 0), "general", "email", 1),
    (london(2026, 3, 10, 10, 0), "general", "email", 5),
    (london(2026, 3, 11, 10, 0), "family_support", "sms", 6),
    (london(2026, 3, 24, 10, 0), "general", "form", 1),
    (london(2026, 3, 25, 10, 0), "general", "chat", None),
    (london(2026, 3, 29, 23, 30), "family_support", "sms", 4),  # Sunday, in summer time
    (london(2026, 3, 30, 0, 30), "notification", "email", 2),  # Monday, still Sunday in UTC
]
BREACH_TIMES = [london(2026, 1, 5, 12, 0), london(2026, 3, 24, 12, 0), london(2026, 3, 27, 9, 0),
                london(2026, 3, 30, 0, 15)]


@pytest.fixture
def seeded(app):
    seed()


def seed() -> None:
    for received, category, channel, hours in SEED:
        enquiry = make_enquiry(category=category, channel=channel, created_at=received.astimezone(dt.timezone.utc),
                               status="closed", due_at=NOW + dt.timedelta(days=1))
        if hours is not None:
            enquiry.first_response_at = enquiry.created_at + dt.timedelta(hours=hours)
    robot = make_enquiry(flags=("auto_reply",), status="closed", created_at=london(2026, 3, 24, 9, 0).astimezone(dt.timezone.utc))
    robot.first_response_at = robot.created_at + dt.timedelta(minutes=30)
    for due in (NOW - dt.timedelta(hours=3), NOW - dt.timedelta(minutes=1)):
        make_enquiry(created_at=london(2026, 1, 1, 9, 0).astimezone(dt.timezone.utc), due_at=due.astimezone(dt.timezone.utc))
    for at in BREACH_TIMES:
        db.session.add(AuditEvent(actor="worker", action=BREACHED, at=at, detail={}))
    db.session.add(AuditEvent(actor="worker", action="sla_digest", at=london(2026, 3, 24, 12, 1), detail={}))
    db.session.commit()


@pytest.fixture
def fixed_now(monkeypatch):
    monkeypatch.setattr(dashboard, "utcnow", lambda: NOW.astimezone(dt.timezone.utc))


def week(figures, day: dt.date):
    return next(w for w in figures.weeks if w.start == day)


def test_the_window_is_twelve_weeks_of_london_mondays(app):
    window = dashboard.Window.ending(NOW)
    assert window.starts[0] == dt.date(2026, 1, 12) and window.starts[-1] == dt.date(2026, 3, 30)
    assert len(window.starts) == 12 and all(day.weekday() == 0 for day in window.starts)
    assert window.bounds[-2] == dt.datetime(2026, 3, 29, 23, 0, tzinfo=dt.timezone.utc)


def test_enquiries_are_counted_per_category_and_channel_in_the_week_they_arrived(app, seeded):
    figures = dashboard.figures(NOW)
    last, before = week(figures, dt.date(2026, 3, 30)), week(figures, dt.date(2026, 3, 23))
    assert last.categories == {"notification": 1, "family_support": 0, "general": 0}
    assert before.categories == {"notification": 0, "family_support": 1, "general": 2}, "auto-reply left out"
    assert before.channels == {"email": 0, "sms": 1, "form": 1, "chat": 1}
    assert week(figures, dt.date(2026, 1, 12)).total == 1, "the Sunday before the window is not in it"
    assert figures.total == 8 and sum(w.total for w in figures.weeks) == 8


def test_the_median_time_to_first_reply_counts_only_replies_by_a_person(app, seeded):
    figures = dashboard.figures(NOW)
    hours = {w.start: (w.answered, w.median_seconds and round(w.median_seconds / 3600, 3)) for w in figures.weeks}
    assert hours[dt.date(2026, 3, 9)] == (3, 5.0), "odd count: the middle one"
    assert hours[dt.date(2026, 3, 23)] == (2, 2.5), "even count: halfway between the middle two"
    assert hours[dt.date(2026, 3, 30)] == (1, 2.0)
    assert hours[dt.date(2026, 2, 2)] == (0, None)
    assert figures.answered == 7 and round(figures.median_seconds / 3600, 3) == 4.0


def test_breaches_are_counted_by_the_week_they_happened(app, seeded):
    figures = dashboard.figures(NOW)
    assert week(figures, dt.date(2026, 3, 23)).breaches == 2
    assert week(figures, dt.date(2026, 3, 30)).breaches == 1
    assert figures.breaches == 3 and figures.overdue_now == 2


def test_the_csv_holds_one_row_a_week_and_a_total(app, staff, seeded, fixed_now):
    response = signed_in(app, staff["viewer"]).get("/team/dashboard.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="cdop-dashboard-2026-04-01.csv"'
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [row["week_starting"] for row in rows][:2] == ["2026-01-12", "2026-01-19"] and len(rows) == 13
    assert rows[10] == {"week_starting": "2026-03-23", "notification": "0", "family_support": "1", "general": "2",
                        "total": "3", "email": "0", "sms": "1", "form": "1", "chat": "1",
                        "answered_by_a_person": "2", "median_hours_to_first_response": "2.50", "sla_breaches": "2"}
    assert rows[1]["median_hours_to_first_response"] == ""
    assert rows[-1] == {"week_starting": "all", "notification": "2", "family_support": "2", "general": "4",
                        "total": "8", "email": "3", "sms": "2", "form": "2", "chat": "1",
                        "answered_by_a_person": "7", "median_hours_to_first_response": "4.00", "sla_breaches": "3"}
    assert db.session.scalar(select(AuditEvent.actor).where(AuditEvent.action == "dashboard_exported")) \
        == "viewer@cdop.test"


def test_the_page_shows_each_chart_as_an_image_with_a_title_and_a_table(app, staff, seeded, fixed_now):
    response = signed_in(app, staff["viewer"]).get("/team/dashboard")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    for chart in ("enquiries", "responses", "breaches", "channels"):
        assert f'aria-labelledby="chart-{chart}-title chart-{chart}-desc"' in html
    assert html.count('role="img"') == 4 and html.count("<table>") == 4
    assert "8 enquiries in 12 weeks" in html and "4.0 hours" in html
    assert "<th scope=\"row\">23 Mar 2026</th><td>0</td><td>1</td><td>2</td><td>3</td>" in html
    assert "style=" not in html, "the CSP refuses inline styles"


@pytest.mark.parametrize("role", ["viewer", "triager", "admin"])
def test_every_role_may_read_the_dashboard(app, staff, role):
    client = signed_in(app, staff[role])
    assert client.get("/team/dashboard").status_code == 200
    assert client.get("/team/dashboard.csv").status_code == 200


def test_the_dashboard_asks_a_stranger_to_sign_in(app):
    for path in ("/team/dashboard", "/team/dashboard.csv"):
        response = new_client(app).get(path)
        assert response.status_code == 302 and "/team/login?next=" in response.headers["Location"]


def test_an_empty_database_gives_zeros_not_errors(app, staff):
    figures = dashboard.figures(NOW)
    assert figures.total == 0 and figures.median_seconds is None and figures.breaches == 0
    assert signed_in(app, staff["viewer"]).get("/team/dashboard").status_code == 200


@pytest.mark.parametrize("peak, whole, expected", [
    (0, True, (1, 1)), (3, True, (3, 1)), (7, True, (8, 2)), (23, True, (25, 5)), (2.4, False, (2.5, 0.5)),
])
def test_the_value_axis_ends_on_a_round_number(peak, whole, expected):
    assert scale(peak, whole) == expected


def test_a_chart_is_well_formed_svg_named_by_its_title():
    chart = column_chart("c", "Enquiries & replies", "Two weeks.", ["5 Jan", "12 Jan"],
                         [Series("A", [1, None], "#1d70b8"), Series("B", [2, 0], "#00703c")], axis="Enquiries")
    root = ET.fromstring(str(chart))
    assert root.get("role") == "img" and root.get("aria-labelledby") == "c-title c-desc"
    assert root.find(f"{SVG}title").text == "Enquiries & replies"
    assert len(root.findall(f"{SVG}rect")) == 2 + 2, "two segments and two legend keys"
    assert not any(element.get("style") for element in root.iter())


def test_the_dashboard_has_no_wcag_violations(page, live_app, live_server, fast_hashing, monkeypatch):
    monkeypatch.setattr(dashboard, "utcnow", lambda: NOW.astimezone(dt.timezone.utc))
    with live_app.app_context():
        create_user("viewer@cdop.test", "viewer", PASSWORD)
        seed()
    page.goto(live_server.url + "/team/login?next=/team/dashboard")
    page.get_by_label("Email address").fill("viewer@cdop.test")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/team/dashboard")
    assert page.get_by_role("img", name="Enquiries each week, by category").is_visible()
    screenshot(page, "team-dashboard")
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)
