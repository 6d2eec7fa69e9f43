"""Find and mask personal identifiers in free text: NHS numbers, dates, UK phone numbers, emails.

Masking scheme: every identifier is replaced whole by a bracketed label, so nothing of it leaks
into lists, previews, logs or staff alerts:

    NHS number (valid check digit)      -> [NHS number]
    date after a DOB cue ("DOB:", "date of birth", "born on")
                                        -> [date of birth]
    any other full date (day, month, year) -> [date]
    UK phone number                     -> [phone]
    email address                       -> [email]

Ten digits with an invalid check digit are not an NHS number (but may still be a phone number).
A date without a year is only treated as personal when a DOB cue precedes it.
Every pattern is precompiled and bounded, and the functions accept any input without raising:
this runs on every list row and log line.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

NHS_NUMBER = "nhs_number"
DATE_OF_BIRTH = "date_of_birth"
DATE = "date"
PHONE = "phone"
EMAIL = "email"

LABELS = {
    NHS_NUMBER: "[NHS number]",
    DATE_OF_BIRTH: "[date of birth]",
    DATE: "[date]",
    PHONE: "[phone]",
    EMAIL: "[email]",
}


class PiiMatch(NamedTuple):
    kind: str
    start: int
    end: int
    text: str


# Possessive quantifiers keep a megabyte of letters from turning into quadratic backtracking.
_EMAIL = re.compile(
    r"(?<![\w.%+'-])[\w.%+'-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++"
)
# NHS numbers in England and Wales never start with 0; a leading 0 reads as a phone number.
# The lookarounds refuse a 10-digit slice of a longer run of digit groups.
_NHS = re.compile(
    r"(?<![0-9])(?<![0-9][ -])[1-9][0-9]{2}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])(?![ -][0-9])"
)
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)44[ -]?(?:\(0\)[ -]?)?|\(?0)"
    r"(?:(?:[ -]|\)[ -]?)?[0-9]){9,10}(?![0-9])"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_DATES = (
    # 12/03/2019, 3.4.19, 12-03-2019, and "12/03" (kept only after a DOB cue)
    re.compile(
        rf"(?<![0-9/.-]){_DAY}([/.-])(?:0?[1-9]|1[0-2])(?:\1(?:[0-9]{{4}}|[0-9]{{2}}))?"
        r"(?![0-9]|[/.-][0-9])"
    ),
    # 2019-03-12
    re.compile(rf"(?<![0-9])(?:19|20)[0-9]{{2}}-(?:0[1-9]|1[0-2])-{_DAY}(?![0-9])"),
    # 12 March 2019, 12th of Mar. 2019, "12 March" (kept only after a DOB cue)
    re.compile(
        rf"(?<![0-9]){_DAY}(?:st|nd|rd|th)?[ \t]{{1,3}}(?:of[ \t]{{1,3}})?{_MONTH}"
        r"(?:,?[ \t]{1,3}[0-9]{4}(?![0-9]))?",
        re.IGNORECASE,
    ),
    # March 12, 2019
    re.compile(
        rf"\b{_MONTH}[ \t]{{1,3}}{_DAY}(?:st|nd|rd|th)?,?[ \t]{{1,3}}[0-9]{{4}}(?![0-9])",
        re.IGNORECASE,
    ),
)
_HAS_YEAR = re.compile(r"[0-9]{4}|[/.-][0-9]{1,2}[/.-][0-9]{2}")
_DOB_CUE = re.compile(
    r"(?:\bd\.?[ \t]?o\.?[ \t]?b\b\.?|\bdate[ \t]+of[ \t]+birth|\bbirth[ \t]?date"
    r"|\bborn(?:[ \t]+on)?)"
    r"[ \t]*[:=\-–]?[ \t]*\Z",
    re.IGNORECASE,
)
_NHS_WEIGHTS = range(10, 1, -1)


def is_valid_nhs_number(digits: str) -> bool:
    """True when ``digits`` (spaces and hyphens allowed) is ten digits with a valid check digit."""
    if not isinstance(digits, str):
        return False
    compact = digits.replace(" ", "").replace("-", "")
    if len(compact) != 10 or not compact.isascii() or not compact.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(compact, _NHS_WEIGHTS))
    check = 11 - total % 11
    if check == 10:
        return False
    return (0 if check == 11 else check) == int(compact[9])


def find_pii(text: str) -> list[PiiMatch]:
    """Every identifier in ``text``, in order, none overlapping."""
    text = _as_text(text)
    taken = bytearray(len(text))
    found: list[PiiMatch] = []
    for start, end, kind in _candidates(text):
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            found.append(PiiMatch(kind, start, end, text[start:end]))
    return sorted(found, key=lambda m: m.start)


def mask(text: str) -> str:
    """``text`` with every identifier replaced by its label (see the module docstring)."""
    text = _as_text(text)
    parts: list[str] = []
    last = 0
    for match in find_pii(text):
        parts += [text[last:match.start], LABELS[match.kind]]
        last = match.end
    parts.append(text[last:])
    return "".join(parts)


def _as_text(value: object) -> str:
    # Callers pass whatever a row or log record holds; masking must never be the thing that fails.
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def _candidates(text: str) -> Iterator[tuple[int, int, str]]:
    # Earlier kinds win an overlap: an email may hold digits, an NHS number may look like a phone.
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end(), EMAIL
    for m in _NHS.finditer(text):
        if is_valid_nhs_number(m.group()):
            yield m.start(), m.end(), NHS_NUMBER
    yield from _date_spans(text)
    for m in _PHONE.finditer(text):
        if _is_uk_phone(m.group()):
            yield m.start(), m.end(), PHONE


def _date_spans(text: str) -> Iterator[tuple[int, int, str]]:
    for pattern in _DATES:
        for m in pattern.finditer(text):
            after_cue = _DOB_CUE.search(text, max(0, m.start() - 30), m.start()) is not None
            if after_cue:
                yield m.start(), m.end(), DATE_OF_BIRTH
            elif _HAS_YEAR.search(m.group()):
                yield m.start(), m.end(), DATE


def _is_uk_phone(candidate: str) -> bool:
    digits = "".join(c for c in candidate if c.isdigit())
    if digits.startswith("00"):
        digits = digits[2:]
    if digits.startswith("44"):
        digits = digits[2:].removeprefix("0")
    else:
        digits = digits[1:]
    return 9 <= len(digits) <= 10 and digits[0] != "0"
