"""Notification cue rule: wording that only a notification of a specific child death uses.

A safety net beside the classifier, so it stays precise: each cue is an act ("notify you of the
death of", "Form A to follow", "I have submitted the eCDOP notification") or an update on one case
(an inquest adjourned, post-mortem results back), never the bare name of a form. A how-to
question ("What happens after I've submitted the notification form?") does not count unless the
message also tells of a death.
"""
from __future__ import annotations

import re

from triage.rules import Rule
from triage.types import TriageInput

# "Form A" is a name; "the form a while ago" is not.
_FORM = (r"(?:ecdop(?: notification)?|(?-i:[Ff]orm [AB])|(?:ecdop )?(?:notification|reporting) form"
         r"|notification)")
_DONE = r"(?:submitted|completed|sent|uploaded|made|done|filled in|raised|logged|attached|enclosed)"
_DEATH = r"(?:died|death|passed away|deceased)"
# Only small words may come between verb and form: "sent a question about notification" is no cue.
_FEW = (r"(?:(?:the|a|an|our|my|this|his|her|their|online|initial|formal|full|child|death|ecdop"
        r"|completed|agency's|agency) )")
# A subject line names a case ("Notification of death - Baby J"), not an event about the topic.
_NOT_ABOUT_A_CASE = (r"(?!\s*[-–:(]?\s*(?:training|course|session|webinar|workshop|guidance|process"
                     r"|procedure|policy|template|statistics|data)\b)")

CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE | re.MULTILINE))
    for name, pattern in (
        ("notice of a death", r"\b(?:notify|notifying|inform|informing|advise|advising) you of the"
                              r" (?:\w+ ){0,3}death\b"),
        ("notice of a death", r"\bnotification of (?:the |a )?(?:\w+ ){0,2}death of\b"),
        ("notice of a death", r"\b(?:notification of (?:a |the )?(?:(?:child|infant|baby|sudden"
                              r"|unexpected) )*death|(?:child |infant )?death notification)"
                              rf"{_NOT_ABOUT_A_CASE}\s*(?:[-–:(]|$)"),
        ("notice of a death", r"\b(?:accept|treat|take) this (?:\w+ )?as (?:\w+ ){0,2}notification\b"),
        ("notice of a death", r"\b(?:writing|write|emailing|contacting|messaging) to (?:inform|notify"
                              rf"|let you know|advise|tell)\b[^.?!]{{0,160}}?\b{_DEATH}"),
        ("follow-up to a notification", r"\bfurther to (?:my|our|the) (?:\w+ ){0,2}notification\b"),
        ("form for a case", rf"\b(?:i|we)(?:'ve| have)? (?:just |now |today |already )?{_DONE}"
                            rf" {_FEW}{{0,3}}{_FORM}\b"),
        ("form for a case", rf"\b(?:please find|i attach|we attach|i enclose|we enclose|attached"
                            rf"|enclosed)(?: is| are|:)? {_FEW}{{0,3}}{_FORM}\b"),
        ("form for a case", rf"\b{_FORM} (?:to follow|will follow|(?:is |has been |have been |was "
                            rf"|been |now |(?:i|we)(?:'ve| have)? )?{_DONE})\b"),
        ("form for a case", r"\becdop (?:ref(?:erence)?|case|id|notification)\W{0,3}(?:no\.?|number|id)?"
                            r"\W{0,3}\d{3,}"),
        ("case update", r"\binquest (?:into the death of|(?:\w+ ){0,4}(?:has been|was|is|will be) "
                        r"(?:opened|adjourned|concluded|resumed|listed|set|scheduled|held|heard))\b"),
        ("case update", r"\b(?:post[- ]?mortem|autopsy|pm) (?:report|results?|findings)"
                        r" (?:for|of|on|regarding|are|is|have|has|attached|enclosed|received)\b"),
        ("case update", r"\bcause of death (?:has been |was |is )?(?:given|recorded|confirmed"
                        r"|determined) as\b"),
    )
)
# A parent writing about their own child's inquest or post-mortem is family support.
_PARENT = re.compile(r"\b(?:my|our) (?:late |little )?(?:son|daughter|baby|child|boy|girl|grandson"
                     r"|granddaughter|stepson|stepdaughter)\b", re.IGNORECASE)
_HOW_TO = re.compile(r"\W*(?:how|what|where|which|who|is there|do|does|can i|could i|should i)\b",
                     re.IGNORECASE)
_SPECIFIC = re.compile(r"\b(?:died|has died|passed away|was found|pronounced|deceased|yesterday"
                       r"|last night|this morning|at the weekend|date of death|\d+[- ](?:day|week|month"
                       r"|year)s?[- ]old)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!\n]")


class NotificationCueRule(Rule):
    """Marks a message that notifies, or adds to the notification of, a specific child death."""

    name = "notification_cue"
    description = "Wording that notifies or updates the team about a specific child death"
    effect = "notification"

    def check(self, item: TriageInput) -> str | None:
        return notification_cue(f"{item.subject}\n{item.body}")


def notification_cue(text: str) -> str | None:
    """The first notification cue in ``text`` as a reason, or None."""
    text = text.replace("\u2019", "'")
    specific = _SPECIFIC.search(text) is not None
    parent = _PARENT.search(text) is not None
    for name, pattern in CUES:
        for match in pattern.finditer(text):
            if name == "case update" and parent:
                continue
            if not specific and _is_how_to(text, match):
                continue
            return f'{name}: "{_quote(match.group())}"'
    return None


def _is_how_to(text: str, match: re.Match[str]) -> bool:
    start = max(text.rfind(c, 0, match.start()) for c in ".?!\n") + 1
    end_match = _SENTENCE_END.search(text, match.end())
    ends_with_question = end_match is not None and end_match.group() == "?"
    return ends_with_question and _HOW_TO.match(text, start) is not None


def _quote(phrase: str) -> str:
    phrase = " ".join(phrase.split())
    return phrase if len(phrase) <= 80 else phrase[:77] + "..."
