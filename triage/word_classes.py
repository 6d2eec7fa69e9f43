"""Word classes appended to the model's text, so wording it never saw still counts.

The bag-of-ngrams model gives each word its own weight; a message that says "grandson" and
"passed" where the training data said "son" and "died" would otherwise look new. A short
sequence of class tokens ("c_poss c_kin c_death c_age_child") lets such words share weight,
and the ages written in a message say whether the person who died was a child.
"""
from __future__ import annotations

import re

CLASSES: dict[str, str] = {
    "kin": "son daughter boy girl baby babies child child's kid kiddo lad lass grandson granddaughter "
           "grandchild nephew niece brother sister stepson stepdaughter twin toddler infant newborn "
           "teenager teen bairn bub",
    "elder": "husband wife partner mum mam mother dad father nan nana gran grandma grandad grandpa "
             "grandfather grandmother uncle auntie aunt fiance boyfriend girlfriend friend colleague neighbour",
    "poss": "my our",
    "self": "i i'm im me we we're us",
    "ask": "how what when where who why can could should do does is",
    "death": "died dies dead death deceased passed passing rip drowned hanged hung suicide killed sids "
             "sudi sudic sudc stillborn stillbirth funeral bereaved bereavement fatality fatal demise lost loss gone",
    "pro": "gp consultant nurse midwife paramedic officer sergeant pc dc ds detective headteacher teacher dsl "
           "safeguarding worker visitor registrar doctor dr paediatrician coroner coroner's trust ward picu nicu "
           "hospital hospice police school ambulance nwas social",
    "notify": "notify notification notifying notified inform informing report reporting ecdop form submitted submit forms",
    "recent": "yesterday today tonight morning night weekend monday tuesday wednesday thursday friday saturday "
              "sunday earlier overnight",
    "review": "review panel keyworker key process meeting findings outcome reviewed",
    "pupil": "pupil pupils student patient year yr class",
    "case": "ref reference case nhs dob",
    "admin": "foi freedom statistics data research study minutes agenda teams invoice training course conference "
             "survey newsletter unsubscribe",
    "support": "support counselling counsellor help talk charity grief",
}
_CLASS_OF = {word: name for name, words in CLASSES.items() for word in words.split()}
_WORD = re.compile(r"[a-z']+")
# Runs of digits with their separators, so dates and times come whole and are never ages.
_NUMBER = re.compile(r"\d[\d:/.]*")
# The team's case numbers ("CDOP 24/131"): a message quoting one is about a case under review.
_CASE_NUMBER = re.compile(r"\d\d/\d\d\d")
_UNIT = re.compile(r" ?(yo|y/o|yrs?|years?|months?|mo|weeks?|wks?|days?)\b( ago)?")
_BABY_UNITS = ("m", "w", "d")
# A bare number is an age only after words like these ("she was 3", "hes 15").
_AGE_LEAD = {"was", "is", "hes", "he's", "shes", "she's", "aged", "age", "only", "just", "turned"}
_SPELLED_AGE = re.compile(r"\b(?:year|month|week|day)s?[- ]old\b")
ADULT = 18
# The opening says who writes and about whom; quoted history below it adds noise, not meaning.
READ_CHARS = 1500


def class_tokens(text: str) -> str:
    """The classes of the words in lower-cased text, in order, repeats collapsed, then its numbers."""
    head = text[:READ_CHARS]
    seen: list[str] = []
    for name in map(_CLASS_OF.get, _WORD.findall(head)):
        if name and (not seen or seen[-1] != name):
            seen.append(name)
    seen += _numbers(head)
    return " ".join(f"c_{name}" for name in seen)


def _numbers(head: str) -> list[str]:
    """age_child and/or age_adult from the ages written in the text, and case_number."""
    found = set()
    for match in _NUMBER.finditer(head):
        number = match.group().rstrip(":/.")  # a full stop after "she was 17."
        if _CASE_NUMBER.fullmatch(number):
            found.add("case_number")
        if len(number) > 3 or not number.isdigit():
            continue
        unit = _UNIT.match(head, match.end())
        if unit is None:
            lead = head[max(0, match.start() - 7):match.start()].split()
            if not lead or lead[-1] not in _AGE_LEAD:
                continue
        elif unit.group(2):
            continue  # "3 weeks ago" dates something; it is no age
        elif unit.group(1).startswith(_BABY_UNITS):
            found.add("age_child")
            continue
        found.add("age_child" if int(number) < ADULT else "age_adult")
    if "old" in head and _SPELLED_AGE.search(head):
        found.add("age_child")
    return sorted(found)
