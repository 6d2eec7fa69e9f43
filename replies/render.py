"""Render the automatic acknowledgement for a triaged message on the channel it came from."""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jinja2

from replies.registry import Registry
from replies.sms_segments import sms_segments
from triage.types import CATEGORIES, FLAGS
from triage.workhours import LONDON, is_working_time, next_working_time

logger = logging.getLogger(__name__)

CHANNELS = ("email", "sms", "chat", "form")
SMS_MAX_SEGMENTS = 2
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# Rendered in its place and then swapped for the reference, so one rendering serves many messages.
STAND_IN = "\u27e6reference\u27e7"


@dataclass(frozen=True)
class Rendered:
    """One reply: `subject` for email only, `html` for email and the form's confirmation page."""

    subject: str | None
    text: str
    html: str | None


def render_acknowledgement(
    *,
    category: str,
    flags: Iterable[str],
    channel: str,
    reference: str,
    received_at: dt.datetime,
    first_name: str | None = None,
    registry: Registry,
) -> Rendered | None:
    """The acknowledgement to send, or None when the message must not be answered."""
    flags = set(flags)
    _check(category, flags, channel)
    if "auto_reply" in flags:
        return None  # answering machine mail starts loops
    first_name = (first_name or "").strip() or None
    # Until a person confirms the category, the reply says nothing category-specific.
    topic = None if "needs_review" in flags else category
    out_of_hours = not is_working_time(received_at)
    # Replies name the next working time only out of hours (in hours it is the moment itself).
    next_working = next_working_time(received_at) if out_of_hours else None
    if channel == "sms":
        # Whether a text fits in two parts depends on the reference itself.
        return _sms(_context(registry, reference, first_name, "crisis" in flags, topic, out_of_hours, next_working))
    rendered = _rendered(channel, _Same(registry), first_name, "crisis" in flags, topic, out_of_hours, next_working)
    return Rendered(*(part and part.replace(STAND_IN, reference)
                      for part in (rendered.subject, rendered.text, rendered.html)))


class _Same:
    """A registry as a cache key: this very object, not one with equal contents."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def __hash__(self) -> int:
        return id(self.registry)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.registry is self.registry


@lru_cache(maxsize=256)
def _rendered(channel: str, same: _Same, first_name: str | None, crisis: bool, topic: str | None,
              out_of_hours: bool, next_working: dt.datetime | None) -> Rendered:
    """A reply with the stand-in for its reference, kept: a batch of mail renders each kind once."""
    context = _context(same.registry, STAND_IN, first_name, crisis, topic, out_of_hours, next_working)
    return _BY_CHANNEL[channel](context)


def _context(registry: Registry, reference: str, first_name: str | None, crisis: bool, topic: str | None,
             out_of_hours: bool, next_working: dt.datetime | None) -> dict[str, Any]:
    return {"r": registry, "reference": reference, "first_name": first_name, "crisis": crisis, "topic": topic,
            "out_of_hours": out_of_hours, "next_working": next_working, "with_topic": True}


def describe_working_time(moment: dt.datetime) -> str:
    """A start of work as a reply says it, e.g. "Monday 30 November from 9am" (London time)."""
    local = moment.astimezone(LONDON)
    hour = local.hour % 12 or 12
    minutes = f":{local.minute:02d}" if local.minute else ""
    noon = "am" if local.hour < 12 else "pm"
    return f"{local:%A} {local.day} {local:%B} from {hour}{minutes}{noon}"


def _check(category: str, flags: set[str], channel: str) -> None:
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}")
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    unknown = flags - set(FLAGS)
    if unknown:
        raise ValueError(f"unknown flags {sorted(unknown)}")


def _email(context: dict[str, Any]) -> Rendered:
    subject = _render("layouts/subject.j2", "text", context)
    return Rendered(
        subject=subject,
        text=_render("layouts/letter.j2", "text", context),
        html=_render("layouts/email.j2", "html", {**context, "subject": subject}),
    )


def _form(context: dict[str, Any]) -> Rendered:
    return Rendered(None, _render("layouts/page.j2", "text", context),
                    _render("layouts/page.j2", "html", context))


def _chat(context: dict[str, Any]) -> Rendered:
    return Rendered(None, _render("layouts/short.j2", "text", context), None)


def _sms(context: dict[str, Any]) -> Rendered:
    # A name outside the GSM alphabet turns the whole text into UCS-2 (67 characters a part), and
    # a crisis block leaves little room: give up the name, then the topic line, before a third part.
    name = context["first_name"]
    tries = [(name, True), (None, True), (name, False), (None, False)]
    for first_name, with_topic in dict.fromkeys(tries):
        text = _render("layouts/short.j2", "text", {**context, "first_name": first_name,
                                                    "with_topic": with_topic})
        encoding, segments = sms_segments(text)
        if segments <= SMS_MAX_SEGMENTS:
            return Rendered(None, text, None)
    logger.warning("acknowledgement SMS %s needs %d %s parts",
                   context["reference"], segments, encoding)
    return Rendered(None, text, None)


_BY_CHANNEL: dict[str, Callable[[dict[str, Any]], Rendered]] = {
    "email": _email, "sms": _sms, "chat": _chat, "form": _form,
}


def _render(name: str, fmt: str, context: dict[str, Any]) -> str:
    template = _environment(fmt).get_template(f"replies/{name}")
    return _tidy(template.render(fmt=fmt, **context), fmt)


def _tidy(text: str, fmt: str) -> str:
    # Blocks that render nothing leave blank lines behind: text keeps one between paragraphs,
    # HTML needs none.
    lines = [line.rstrip() for line in text.splitlines()]
    if fmt == "html":
        return "\n".join(line for line in lines if line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@cache
def _environment(fmt: str) -> jinja2.Environment:
    """One environment per output format, built once.

    The same block templates serve text and HTML, so escaping follows the part being rendered,
    not the template's file name.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=fmt == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,  # an included line ends its line
    )
    env.filters["when"] = describe_working_time
    return env
