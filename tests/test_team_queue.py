"""The queue: crisis first then due time, filters, search, keyset pages, counts, masked previews."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import event

from extensions import db
from store.base import utcnow
from team.queue_query import Filters, queue_page
from tests.team_support import add_message, fast_hashing, make_enquiry, signed_in, staff  # noqa: F401

NOW = utcnow()


def references(response) -> list[str]:
    """The enquiry references in the queue table, in order."""
    return re.findall(r'class="ref" href="/team/enquiries/\d+">(CDOP-\d{4}-\d+)<', response.data.decode())


def hours(n: float) -> dt.datetime:
    return NOW + dt.timedelta(hours=n)


def test_crisis_comes_first_then_the_earliest_due(app, staff):
    late = make_enquiry(category="notification", due_at=hours(5))
    soon = make_enquiry(category="general", due_at=hours(1))
    crisis = make_enquiry(category="family_support", flags=("crisis",), due_at=hours(9))
    overdue = make_enquiry(category="general", due_at=hours(-2))
    page = signed_in(app, staff["viewer"]).get("/team/")
    assert references(page) == [crisis.reference, overdue.reference, soon.reference, late.reference]


@pytest.mark.parametrize("query, expected", [
    ({"category": "notification"}, {"notification"}),
    ({"status": "closed"}, {"closed"}),
    ({"status": "all"}, {"general", "notification", "closed", "sms", "crisis", "review", "mine", "overdue"}),
    ({"priority": "2"}, {"notification"}),
    ({"channel": "sms"}, {"sms"}),
    ({"assignee": "me"}, {"mine"}),
    ({"overdue": "1"}, {"overdue"}),
    ({"needs_review": "1"}, {"review"}),
    ({"crisis": "1"}, {"crisis"}),
    ({"q": "DEATH of a"}, {"notification"}),
    ({"q": "100%"}, set()),
    ({"q": "teams link"}, {"review"}),
])
def test_each_filter_narrows_the_queue(app, staff, query, expected):
    names = {
        "general": make_enquiry(subject="The annual report", due_at=hours(30)),
        "notification": make_enquiry(category="notification", subject="Death of a baby", due_at=hours(8)),
        "closed": make_enquiry(status="closed", subject="Old one", due_at=hours(10)),
        "sms": make_enquiry(channel="sms", sender="+447700900123", subject=None, due_at=hours(20)),
        "crisis": make_enquiry(category="family_support", flags=("crisis",), due_at=hours(1)),
        "review": make_enquiry(flags=("needs_review",), subject="Panel", text="Could you send the Teams link?",
                               due_at=hours(12)),
        "mine": make_enquiry(subject="Mine", due_at=hours(14)),
        "overdue": make_enquiry(subject="Late", due_at=hours(-1)),
    }
    names["mine"].assignee_id = staff["triager"].id
    db.session.commit()
    by_reference = {enquiry.reference: name for name, enquiry in names.items()}
    page = signed_in(app, staff["triager"]).get("/team/", query_string=query)
    assert {by_reference[ref] for ref in references(page)} == expected


def test_search_finds_a_reference_exactly(app, staff):
    wanted = make_enquiry()
    make_enquiry()
    page = signed_in(app, staff["viewer"]).get("/team/", query_string={"q": wanted.reference.lower()})
    assert references(page) == [wanted.reference]


def test_keyset_pages_walk_forward_and_back_without_gaps_or_repeats(app):
    made = [make_enquiry(due_at=hours(n % 4), flags=("crisis",) if n % 5 == 0 else ()) for n in range(11)]
    forward, cursor = [], None
    while True:
        page = queue_page(Filters(), user_id=0, after=cursor, limit=3)
        forward += [row.id for row in page.rows]
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert sorted(forward) == sorted(e.id for e in made) and len(forward) == 11
    assert forward == [row.id for row in queue_page(Filters(), user_id=0, limit=20).rows]
    backward, cursor = [], page.prev_cursor
    while cursor:
        page = queue_page(Filters(), user_id=0, before=cursor, limit=3)
        backward = [row.id for row in page.rows] + backward
        cursor = page.prev_cursor
    assert backward == forward[:9], "from the last page (rows 10 and 11) back to the first"


def test_the_queue_never_pages_with_offset(app, staff):
    for n in range(55):
        make_enquiry(due_at=hours(n))
    statements: list[tuple[str, object]] = []
    listener = lambda *args: statements.append((args[2], args[3]))  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        client = signed_in(app, staff["viewer"])
        first = client.get("/team/")
        next_link = first.data.decode().split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
        second = client.get(next_link)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert len(references(first)) == 50 and len(references(second)) == 5
    assert not set(references(first)) & set(references(second))
    # SQLite's dialect always writes "LIMIT ? OFFSET ?"; the offset it is given must stay 0.
    assert all(params[-1] == 0 for sql, params in statements if "OFFSET" in sql.upper())
    assert any(") > (" in sql for sql, _ in statements), "the second page is found by its keyset"


def test_counts_show_each_queue(app, staff):
    make_enquiry(category="notification")
    make_enquiry(category="family_support", flags=("crisis",))
    make_enquiry(flags=("needs_review",), due_at=hours(-3))
    make_enquiry(status="closed")
    page = signed_in(app, staff["viewer"]).get("/team/").data.decode()
    for number, label in [(3, "All open"), (1, "Crisis"), (1, "Notifications"), (1, "Family support"),
                          (1, "General"), (1, "Needs review"), (1, "Overdue"), (3, "Unassigned"), (0, "Mine")]:
        assert f'<span class="count">{number}</span> {label}</a>' in page, label


def test_identifiers_are_masked_in_the_list(app, staff):
    make_enquiry(subject="Baby NHS 943 476 5919", text="Call me on 07700 900123 or mum@example.org, DOB: 01/02/2020")
    page = signed_in(app, staff["viewer"]).get("/team/").data.decode()
    for secret in ("943 476 5919", "07700 900123", "mum@example.org", "01/02/2020"):
        assert secret not in page
    assert "[NHS number]" in page and "[phone]" in page and "[email]" in page and "[date of birth]" in page


def test_the_preview_shows_the_latest_message_from_the_sender(app, staff):
    enquiry = make_enquiry(text="first message")
    add_message(enquiry, "second message, the newest")
    add_message(enquiry, "our answer", direction="out")
    db.session.commit()
    page = signed_in(app, staff["viewer"]).get("/team/").data.decode()
    assert "second message, the newest" in page and "first message" not in page and "our answer" not in page


def test_a_script_in_a_subject_or_sms_is_shown_as_text_in_the_list(app, staff):
    make_enquiry(subject="<script>alert('subject')</script>")
    make_enquiry(channel="sms", sender="+447700900123", subject=None, text="<img src=x onerror=alert('sms')>")
    page = signed_in(app, staff["viewer"]).get("/team/").data.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(&#39;sms&#39;)&gt;" in page


def test_bad_filter_values_are_ignored_not_an_error(app, staff):
    make_enquiry()
    page = signed_in(app, staff["viewer"]).get("/team/", query_string={
        "category": "x'; DROP TABLE enquiries", "priority": "9", "assignee": "-1", "after": "not.a.cursor"})
    assert page.status_code == 200 and len(references(page)) == 1
