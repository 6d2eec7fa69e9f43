"""Automatic acknowledgements: every category, channel and flag, as the recipient gets them."""
from __future__ import annotations

import datetime as dt
import html
import itertools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from replies.preview import preview
from replies.registry import env_var, load_registry
from replies.render import CHANNELS, describe_working_time, render_acknowledgement
from replies.sms_segments import sms_segments
from triage.types import CATEGORIES
from triage.workhours import LONDON

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates" / "replies"
REFERENCE = "CDOP-2026-00042"
OFFICE_OPEN = dt.datetime(2026, 11, 25, 10, 0, tzinfo=LONDON)  # Wednesday
OFFICE_CLOSED = dt.datetime(2026, 11, 27, 18, 30, tzinfo=LONDON)  # Friday evening
# Words that only the reply for that category uses (short replies on SMS and chat included).
TOPIC_MARKERS = {"notification": "within 24 hours", "family_support": "key worker",
                 "general": "about us"}
UNKIND = ["passed away", "loss", "lost", "sorry for your", "we understand how", "you must be feeling",
          "you will feel", "you may feel", "at this difficult time"]
INITIALS = {"CDOP": "Child Death Overview Panel (CDOP)",
            "NCMD": "National Child Mortality Database (NCMD)"}


@pytest.fixture(scope="module")
def registry():
    return load_registry(env={})


def render(registry, *, category="family_support", flags=(), channel="email",
           received_at=OFFICE_OPEN, first_name="Sam"):
    return render_acknowledgement(category=category, flags=flags, channel=channel,
                                  reference=REFERENCE, received_at=received_at,
                                  first_name=first_name, registry=registry)


def visible(rendered) -> str:
    """What the recipient reads: the HTML part with its tags removed when there is one."""
    if rendered.html is None:
        return rendered.text
    body = re.sub(r"(?s).*<body>|</body>.*", "", rendered.html)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]


def digit_groups(text: str) -> list[str]:
    """Runs of digits joined by single spaces that are long enough to be a phone number."""
    groups = (g.replace(" ", "") for g in re.findall(r"\d+(?: \d+)*", text.replace(REFERENCE, "")))
    return [g for g in groups if len(g) >= 3]


COMBINATIONS = list(itertools.product(
    CATEGORIES, CHANNELS, [False, True], [False, True], [False, True]))


@pytest.mark.parametrize("category, channel, crisis, out_of_hours, needs_review", COMBINATIONS)
def test_every_reply_renders_with_only_registry_links_and_the_right_blocks(
        registry, category, channel, crisis, out_of_hours, needs_review):
    flags = ["crisis"] * crisis + ["needs_review"] * needs_review
    received_at = OFFICE_CLOSED if out_of_hours else OFFICE_OPEN
    rendered = render(registry, category=category, flags=flags, channel=channel,
                      received_at=received_at)
    seen = visible(rendered)
    outputs = [rendered.text] + [rendered.html] * (rendered.html is not None)

    # Links and phone numbers all come from the registry.
    for output in outputs:
        assert "http://" not in output
        assert set(re.findall(r"https://[^\s)<\"]+", output)) <= registry.urls()
        assert set(re.findall(r'href="([^"]+)"', output)) <= registry.urls() | registry.tels()
    phones = {res.phone.replace(" ", "") for res in registry.values() if res.phone}
    assert set(digit_groups(seen)) <= phones

    # The reference, a person to talk to, and the name the sender gave.
    assert REFERENCE in seen
    assert registry["cdop_team_phone"].phone in seen
    assert "Sam" in seen

    # Crisis contacts first, and only when flagged.
    crisis_numbers = [registry[id_].phone for id_ in ("emergency", "samaritans", "shout",
                                                      "nhs_111_mental_health")]
    if crisis:
        assert all(-1 < seen.find(number) < seen.find(REFERENCE) for number in crisis_numbers)
    elif not out_of_hours:
        assert registry["shout"].phone not in seen

    # Out of hours: when a person will read it, and where to get help now.
    if out_of_hours:
        assert "on Monday 30 November from 9am" in seen
        assert registry["samaritans"].phone in seen
    else:
        assert "Monday 30 November" not in seen

    # Category-specific content only once a person can stand behind it.
    present = {topic for topic, marker in TOPIC_MARKERS.items() if marker in seen.lower()}
    if needs_review:
        assert present == set()
    elif channel == "sms" and crisis:
        assert present <= {category}  # the crisis contacts may take the category line's room
    else:
        assert present == {category}

    if channel == "sms":
        assert sms_segments(rendered.text) in {("GSM-7", 1), ("GSM-7", 2)}


@pytest.mark.parametrize("category, channel, crisis, out_of_hours, needs_review", COMBINATIONS)
def test_every_reply_is_written_plainly(registry, category, channel, crisis, out_of_hours,
                                        needs_review):
    flags = ["crisis"] * crisis + ["needs_review"] * needs_review
    received_at = OFFICE_CLOSED if out_of_hours else OFFICE_OPEN
    seen = visible(render(registry, category=category, flags=flags, channel=channel,
                          received_at=received_at))
    assert [s for s in sentences(seen) if len(s.split()) >= 25] == []
    assert [word for word in UNKIND if word in seen.lower()] == []
    for initials, explained in INITIALS.items():
        if initials in seen.replace(REFERENCE, ""):
            assert explained in seen
    assert not re.search(r"[‘’“”–—…]", seen)  # straight quotes and hyphens: SMS stays GSM-7


@pytest.mark.parametrize("channel, has_subject, has_html", [
    ("email", True, True),
    ("form", False, True),
    ("sms", False, False),
    ("chat", False, False),
])
def test_each_channel_gets_the_parts_it_can_show(registry, channel, has_subject, has_html):
    rendered = render(registry, channel=channel)
    assert (rendered.subject is not None) is has_subject
    assert (rendered.html is not None) is has_html
    assert rendered.text.strip()


@pytest.mark.parametrize("channel", ["email", "form", "chat"])
def test_replies_of_one_kind_each_carry_their_own_reference_and_their_registrys_links(registry, channel):
    """Such replies are rendered once with a stand-in for the reference, which is then swapped."""
    other = load_registry(env={env_var("cdop_page"): "https://www.example.org/elsewhere"})
    first, second = (render_acknowledgement(category="general", flags=(), channel=channel, reference=reference,
                                            received_at=OFFICE_OPEN, registry=registry)
                     for reference in ("CDOP-2026-00001", "CDOP-2026-00002"))
    assert "CDOP-2026-00001" in first.text and "CDOP-2026-00002" in second.text
    assert first.text.replace("00001", "00002") == second.text and "\u27e6" not in first.text + (first.html or "")
    elsewhere = render_acknowledgement(category="general", flags=(), channel=channel, reference=REFERENCE,
                                       received_at=OFFICE_OPEN, registry=other)
    assert other["cdop_page"].url in elsewhere.text + (elsewhere.html or "")
    assert other["cdop_page"].url not in first.text + (first.html or "")


@pytest.mark.parametrize("category, subject", [
    ("notification", f"[{REFERENCE}] Thank you for telling us about a child's death"),
    ("family_support", f"[{REFERENCE}] We have received your message"),
    ("general", f"[{REFERENCE}] We have received your message"),
])
def test_the_email_subject_starts_with_the_reference(registry, category, subject):
    assert render(registry, category=category).subject == subject


def test_a_message_that_needs_review_gets_the_neutral_subject(registry):
    rendered = render(registry, category="notification", flags=["needs_review"])
    assert rendered.subject == f"[{REFERENCE}] We have received your message"


@pytest.mark.parametrize("category, channel", list(itertools.product(CATEGORIES, CHANNELS)))
@pytest.mark.parametrize("flags", [["auto_reply"], ["auto_reply", "crisis"],
                                   ["auto_reply", "needs_review"]])
def test_machine_mail_gets_no_reply_at_all(registry, category, channel, flags):
    assert render(registry, category=category, channel=channel, flags=flags) is None


@pytest.mark.parametrize("category, wanted", [
    ("notification", ["ecdop_notification", "cdop_team_phone", "ncmd_notification_guidance"]),
    ("family_support", ["child_bereavement_uk", "lullaby_trust", "sudc_uk", "compassionate_friends",
                        "cruse", "cdr_leaflet", "cdop_sudc"]),
    ("general", ["cdop_page", "annual_report", "ncmd_publications", "worried_about_child"]),
])
def test_each_category_links_its_own_resources(category, wanted):
    # Configured links make every resource distinguishable from the fallback page.
    env = {env_var(id_): f"https://www.example.org/{id_}" for id_ in
           ["ecdop_notification", "cdr_leaflet", "annual_report", "nhs_parents_guide",
            "bereavement_services"]}
    registry = load_registry(env=env)
    rendered = render(registry, category=category)
    for id_ in wanted:
        res = registry[id_]
        assert (res.url or res.phone) in rendered.text
        assert (res.url or res.tel) in rendered.html


@pytest.mark.parametrize("fact", ["within 24 hours", "eCDOP notification form"])
def test_a_notification_reply_asks_for_the_form_within_24_hours(registry, fact):
    assert fact in render(registry, category="notification").text


@pytest.mark.parametrize("fact", ["key worker", "between 4 and 18 months", "inquest",
                                  "Child Death Overview Panel (CDOP)"])
def test_a_family_support_reply_explains_the_review(registry, fact):
    assert fact in render(registry, category="family_support").text


@pytest.mark.parametrize("fact", ["Freedom of Information", "we will pass it to the right team",
                                  "National Child Mortality Database (NCMD)"])
def test_a_general_reply_explains_information_requests(registry, fact):
    assert fact in render(registry, category="general").text


@pytest.mark.parametrize("channel, greeting", [
    ("email", "Dear Sam,"),
    ("form", "Thank you for your message, Sam."),
    ("sms", "Thank you, Sam."),
    ("chat", "Thank you, Sam."),
])
def test_the_sender_is_greeted_by_the_first_name_they_gave(registry, channel, greeting):
    assert greeting in render(registry, channel=channel).text


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("first_name", [None, "", "   "])
def test_without_a_first_name_no_name_is_guessed(registry, channel, first_name):
    text = render(registry, channel=channel, first_name=first_name).text
    assert "Dear" not in text
    assert "Thank you, " not in text
    assert "Thank you for your message, " not in text


def test_a_name_the_sms_alphabet_lacks_is_left_out_to_keep_the_text_short(registry):
    rendered = render(registry, channel="sms", first_name="Zoë", received_at=OFFICE_CLOSED)
    assert "Zoë" not in rendered.text
    assert sms_segments(rendered.text) == ("GSM-7", 2)


def test_the_name_is_escaped_in_html_and_left_alone_in_text(registry):
    rendered = render(registry, first_name="<b>Sam & Jo</b>")
    assert "Dear <b>Sam & Jo</b>," in rendered.text
    assert "Dear &lt;b&gt;Sam &amp; Jo&lt;/b&gt;," in rendered.html
    assert "<b>Sam" not in rendered.html


@pytest.mark.parametrize("received_at, expected", [
    (dt.datetime(2026, 11, 27, 18, 30, tzinfo=LONDON), "Monday 30 November from 9am"),  # Friday evening
    (dt.datetime(2026, 11, 28, 12, 0, tzinfo=LONDON), "Monday 30 November from 9am"),  # Saturday
    (dt.datetime(2026, 11, 30, 7, 15, tzinfo=LONDON), "Monday 30 November from 9am"),  # before opening
    (dt.datetime(2026, 12, 24, 18, 0, tzinfo=LONDON), "Tuesday 29 December from 9am"),  # Christmas
    (dt.datetime(2026, 8, 28, 17, 0, tzinfo=LONDON), "Tuesday 1 September from 9am"),  # bank holiday
    # Clocks go forward on Sunday 29 March: 9am on Monday is 8am UTC.
    (dt.datetime(2026, 3, 27, 17, 30, tzinfo=dt.timezone.utc), "Monday 30 March from 9am"),
])
@pytest.mark.parametrize("channel", CHANNELS)
def test_out_of_hours_replies_say_when_a_person_will_read_the_message(
        registry, channel, received_at, expected):
    assert f"on {expected}" in visible(render(registry, channel=channel, received_at=received_at))


@pytest.mark.parametrize("received_at", [
    dt.datetime(2026, 11, 25, 9, 0, tzinfo=LONDON),
    dt.datetime(2026, 11, 27, 16, 59, tzinfo=LONDON),
    dt.datetime(2026, 11, 27, 16, 30, tzinfo=dt.timezone.utc),
])
def test_in_office_hours_there_is_no_closed_notice(registry, received_at):
    text = render(registry, received_at=received_at).text
    assert "closed" not in text
    assert "Our office is open." in text


@pytest.mark.parametrize("moment, expected", [
    (dt.datetime(2026, 11, 30, 9, 0, tzinfo=LONDON), "Monday 30 November from 9am"),
    (dt.datetime(2026, 11, 30, 9, 30, tzinfo=LONDON), "Monday 30 November from 9:30am"),
    (dt.datetime(2026, 11, 30, 13, 0, tzinfo=LONDON), "Monday 30 November from 1pm"),
    (dt.datetime(2026, 11, 30, 12, 0, tzinfo=LONDON), "Monday 30 November from 12pm"),
    (dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.timezone.utc), "Monday 1 June from 9am"),
])
def test_working_times_read_as_a_day_date_and_hour_in_london(moment, expected):
    assert describe_working_time(moment) == expected


@pytest.mark.parametrize("kwargs, message", [
    ({"category": "complaint"}, "unknown category"),
    ({"channel": "fax"}, "unknown channel"),
    ({"flags": ["urgent"]}, "unknown flags"),
])
def test_unknown_categories_channels_and_flags_are_refused(registry, kwargs, message):
    with pytest.raises(ValueError, match=message):
        render(registry, **kwargs)


def _template_files():
    return sorted(path for path in TEMPLATES.rglob("*") if path.is_file())


def test_there_are_templates_to_scan():
    assert len(_template_files()) > 10


@pytest.mark.parametrize("path", _template_files(), ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_no_link_or_phone_number_is_typed_into_a_template(path):
    text = path.read_text(encoding="utf-8")
    assert re.findall(r"https?:|www\.|tel:|mailto:|\w@\w|\.(?:org|uk|com|info)\b", text) == []
    assert re.findall(r"(?<!\w)\d(?:\s?\d){2,}(?!\w)", text) == []  # ids like nhs_111 are names


@pytest.mark.parametrize("text, expected", [
    ("", ("GSM-7", 1)),
    ("a" * 160, ("GSM-7", 1)),
    ("a" * 161, ("GSM-7", 2)),
    ("a" * 306, ("GSM-7", 2)),
    ("a" * 307, ("GSM-7", 3)),
    ("€" * 80, ("GSM-7", 1)),  # extension characters count twice
    ("€" * 81, ("GSM-7", 2)),
    ("a" * 152 + "€" + "a" * 152, ("GSM-7", 3)),  # an escape pair is never split between parts
    ("Ça, £5 @ Zürich: ¿ß?\n", ("GSM-7", 1)),
    ("ë", ("UCS-2", 1)),
    ("it’s", ("UCS-2", 1)),  # a curly apostrophe is enough to leave GSM-7
    ("ë" * 70, ("UCS-2", 1)),
    ("ë" * 71, ("UCS-2", 2)),
    ("ë" * 134, ("UCS-2", 2)),
    ("ë" * 135, ("UCS-2", 3)),
    ("😀" * 35, ("UCS-2", 1)),  # each one is two UTF-16 units
    ("😀" * 36, ("UCS-2", 2)),
    ("😀" * 67, ("UCS-2", 3)),  # 33 fit a part, not 33 and a half
])
def test_sms_segments_counts_parts_the_way_phone_networks_do(text, expected):
    assert sms_segments(text) == expected


def test_the_committed_preview_is_up_to_date():
    committed = (ROOT / "docs" / "REPLIES.md").read_text(encoding="utf-8")
    assert preview(load_registry(env={})) == committed, \
        "run: python -m replies preview > docs/REPLIES.md"


def test_the_preview_command_prints_every_reply():
    env = {k: v for k, v in os.environ.items() if not k.startswith("CDOP_RESOURCE_")}
    result = subprocess.run([sys.executable, "-m", "replies", "preview"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout == (ROOT / "docs" / "REPLIES.md").read_text(encoding="utf-8")


def test_the_preview_command_reports_a_bad_configured_link():
    env = {**os.environ, env_var("annual_report"): "http://example.org/report.pdf"}
    result = subprocess.run([sys.executable, "-m", "replies", "preview"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "CDOP_RESOURCE_ANNUAL_REPORT_URL" in result.stderr
