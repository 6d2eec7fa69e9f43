"""Handoff rules: messages a person must answer, each rule named and saying why it matched.

They cover what the brief and DOMAIN.md put beyond a bot: one child's case, medicine and law,
complaints, asking for a person, abuse, worries about a living child, changes to records.
The model is the other voice; a rule only ever hands off, never answers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_KIN = (r"(son|daughter|baby|child|boy|girl|grandson|granddaughter|toddler|kid|brother|sister"
        r"|nephew|niece|grandchild|stepson|stepdaughter|little one|children|kids|pupil|patient)")
_OWN_CHILD = r"\b(my|our|his|her|their)\s+(\w+\s+)?" + _KIN + r"('?s)?\b"


@dataclass(frozen=True)
class HandoffRule:
    """A named set of patterns over lower-cased text."""

    name: str
    patterns: tuple[re.Pattern[str], ...]

    def check(self, text: str) -> str | None:
        """The reason this rule matched, or None."""
        for pattern in self.patterns:
            match = pattern.search(text)
            if match:
                return f'{self.name}: "{match.group(0)}"'
        return None


def _rule(name: str, *patterns: str) -> HandoffRule:
    return HandoffRule(name, tuple(re.compile(p) for p in patterns))


RULES = (
    # nothing asked yet ("why", "help me", "what is this"): a person can ask what they mean
    _rule(
        "nothing_asked_yet",
        r"^\W*(?:(?:why|who|what|where|when|how|which|help|me|us|this|that|it|is|the|a|please|pls|hello"
        r"|hi|hey|hiya|ok|okay|news|so|and|um|erm|hmm|thanks|thank)\b\W*)+$",
    ),
    _rule(
        "asks_for_person",
        r"\b(talk|speak|chat)\s+(to|with)\s+(a\s+|an\s+|the\s+|your\s+)?(someone|somebody|anyone|anybody"
        r"|person|human|real|member|manager|advis[oe]r|staff|people|key ?worker|nurse|panel)",
        r"\bhuman\b|\breal person\b|\bnot a (bot|computer|robot|machine)\b"
        r"|\bare you (a )?(real|human|bot|robot|alive|there)\b|\bagent\b|\badvis[oe]r\b",
        r"\b(call|ring|phone|email|text|contact)\s+(me|us|him|her)\b|\bcall ?back\b"
        r"|\bget back to (me|us)\b",
        # asking for a manager, not "i'm a practice manager" introducing a professional's question
        r"\b(want|need|get me|get|see|ask for|put me through to)\s+(a|the|your)\s+manager\b|^\W*manager\b"
        r"|\bperson in charge\b|\bpanel chair\b|\bput me through\b",
        r"\b(get|find) me (someone|somebody|a person|a human|anyone)\b"
        r"|\bis (anyone|anybody) (actually |even )?there\W*$"
        r"|\b(number|email|phone|extension|contact) (for|of) (dr|mr|mrs|ms|miss|nurse|sister) \w+",
    ),
    _rule(
        "one_childs_case",
        r"\b(my|our|his|her|their)\s+(\w+\s+)?(review|case|appointment|reference|results?"
        r"|notification|form)\b",
        r"\b(review|case|report|outcome|results?|minutes|post ?mortem|inquest)\s+(of|for|about"
        r"|into|on)\s+(my|our|his|her)\b",
        _OWN_CHILD + r"('s|s)?\s+(review|case|outcome|results?|post ?mortem|inquest|records?)\b",
        r"\b(when|has|have|had|did)\b.{0,30}\b(review|case|panel|outcome|results?)\b.{0,20}"
        r"\b(about|of|for|into)\s+" + _OWN_CHILD,
        r"\b(what|when|has|have|did|why)\b.{0,30}\b(decided?|conclude|concluded|found|find|say"
        r"|said|finish|finished|done|end|over|closed)\b.{0,20}" + _OWN_CHILD,
        r"\b(what|why|how) did (my|our|he|she|they|the baby|the child)\b.{0,20}\b(die|died|happen)",
        r"\bhaven'?t heard\b|\bnobody (has|have|tells?|told|called|rang|contacted|answers?)\b"
        r"|\bno one (has|have|tells?|told|called|answered)\b|\bstill (waiting|don'?t know|not heard)\b",
        r"\bwhat (stage|point)\b|\bany (news|update)\b|\bupdate (on|me)\b|\bchase\b|\bstatus of\b",
        r"\b(i|we) (notified|submitted|sent|filled|reported)\b",
        # the family's own worker: "who is the sudc nurse for our family", "key worker name?"
        r"\bwho(?:'s| is)? (?:the |our |my )?(key ?worker|sudc nurse|nurse)\b.{0,25}\b(for|dealing with"
        r"|assigned to|looking after|with) (us|me|our|my|the \w+ family)\b"
        r"|\bkey ?worker'?s? (name|number|phone|email|details)\b|\b(key ?worker|sudc nurse)\b.{0,30}\byet\b",
        # a notification typed into the chat: the form is the place for it (DOMAIN.md)
        r"\b(dob|date of birth)\b|\b\d{3}\s?\d{3}\s?\d{4}\b",
    ),
    _rule(
        "medical_or_legal",
        r"\bpost ?mortem (found|results?|report|says?|said|show)|\bcause of death\b|\btoxicology\b"
        r"|\bwhat did (he|she|they|my \w+) die of\b",
        r"\bsolicitor\b|\blawyer\b|\bsue\b|\blegal (action|aid|representation|advice)\b"
        r"|\bcompensation\b|\bsubject access\b|\bfreedom of information\b|\bfoi\b"
        r"|\bdata protection\b|\bcqc\b|\bombudsman\b",
        r"\b(temperature|fever|rash|breathing|breathe|headache|stiff neck|vomit\w*|floppy|feeding"
        r"|calpol|paracetamol|ibuprofen|medication|medicine|a ?& ?e|symptoms?|seizure|genetic"
        r"|hereditary|inherit\w*|vaccines?|tested|heart condition)\b",
        r"\bmedical records\b|\bdeath certificate\b|\bpolice (report|file)\b|\bfuneral\b|\bbody\b",
    ),
    _rule(
        "complaint",
        r"\bcomplain\w*|\bunhappy\b|\bdisgust\w*|\brude\b|\bawful\b|\bterribl\w*|\bappall\w*"
        r"|\bdisaster\b|\bescalate\b|\btreated (badly|poorly)\b|\bbeen treated\b|\bupset (me|us)\b"
        r"|\bspelt wrong\b|\bwrong (name|date|address|cdop|team|information)\b|\bgot the \w+ wrong\b"
        r"|\bfacts wrong\b|\bdisagree\b|\bnot happy\b|\bmistakes? (with|on|in)\b|\bappeal\b"
        r"|\bchallenge\b|\blet us down\b|\binsensitive\b",
    ),
    _rule(
        "abuse",
        r"\buseless\b|\bstupid\b|\bidiot\w*|\brubbish\b|\bjunk\b|\bpathetic\b|\bwaste of (time|space)\b"
        r"|\bshut up\b|\bgo away\b|\bgo to hell\b|\bscrew you\b|\bf[u*]+c?k\w*|\bf\W*ing\b"
        r"|\bheartless\b|\bincompetent\b|\bi hate\b|\bwhat is wrong with you\b",
    ),
    _rule(
        "worried_about_a_child",
        r"\b(abuse|abused|abusing|neglect\w*|bruises?|marks on|being hurt|hurting (a|him|her)"
        r"|left alone|scared to go home|not looking after)\b"
        r"|\bworried (about|that) (a|my|the|his|her) \w+\b|\breport a concern\b"
        r"|\bconcern about a child\b",
    ),
    _rule(
        "other_business",
        r"\bjobs? (at|with|in|going)\b|\bvacanc\w*|\brecruit\w*|\bwork (for|at) (you|cdop|the panel)\b",
    ),
    _rule(
        "records_and_access",
        r"\b(update|change|changed)\b.{0,20}\b(details|address|number|email|records?)\b"
        r"|\bmoved house\b|\bnew address\b|\bdelete\b|\bremove (my|our|me)\b|\bunsubscribe\b"
        r"|\bstop (sending|contacting)\b|\b(no|any) more (contact|letters)\b"
        # "crashing", not "a car crash": how a child died is no sign of a broken form
        r"|\bbe contacted any ?more\b|\blog ?in\b|\bpassword\b|\bcrash(es|ed|ing)\b|\bisn'?t working\b"
        r"|\btwice\b|\bby mistake\b|\bmade a mistake\b|\bresend\b|\blost my reference\b"
        r"|\bin the post\b|\blarge print\b|\binterpreter\b|\bsign language\b"
        r"|\b(in|speaks?) (urdu|polish|arabic|punjabi|gujarati|bengali|romanian)\b",
    ),
)


def handoff_reason(text: str) -> str | None:
    """Why a person must answer this message, or None when no rule says so."""
    folded = " ".join(text.lower().replace("\u2019", "'").replace("\u2018", "'").split())
    for rule in RULES:
        reason = rule.check(folded)
        if reason:
            return reason
    return None
