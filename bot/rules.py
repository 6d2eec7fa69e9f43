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
_LANGUAGE = (r"(urdu|polish|arabic|punjabi|gujarati|bengali|romanian|kurdish|pashto|tigrinya|somali"
             r"|farsi)\b")
# Capitalised words that are no child's name where a name could stand ("about Amy", "Tyler's
# review"): places, services, faiths, languages, days, kin and the service's own words.
_NOT_A_CHILD = (
    r"(?:Lancashire|Blackburn|Blackpool|Darwen|Preston|Chorley|Burnley|Lancaster|Morecambe|Cumbria"
    r"|England|Wales|Scotland|Britain|Pan|East|West|North|South|Traveller|Travellers|Child|Children"
    r"|Compassionate|Cruse|Lullaby|National|Royal|Council|Government|Panel|Death|Sudden|Unexpected"
    r"|Infant|Bereavement|Support|Parents|Families|Review|Reviews|Overview|Annual|Report|Key"
    r"|Safeguarding|Integrated|Care|Health|Hospital|Police|Coroner|Team|Form|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Today|Year|Week|Month|Christmas|Easter|Eid|Ramadan|Diwali"
    r"|English|Urdu|Polish|Punjabi|Gujarati|Arabic|Bengali|Romanian|Muslim|Muslims|Hindu|Sikh"
    r"|Jewish|Christian|Islam|God|Allah|Facebook|Google|Mum|Dad|Nan|Grandad|Baby|Son|Daughter"
    r"|The|This|That|These|Those|Our|Your|What|When|How|Why|Who|Where|Which|There|Here|Let|It|She|He"
    r"|Everyone|Anyone|Someone|Nobody|Please|Thanks|Regards)\b"
)
_NAME = r"(?!" + _NOT_A_CHILD + r")(?-i:[A-Z][a-z]{2,})"
_OWN_CHILD = r"\b(my|our|his|her|their)\s+(\w+\s+)?" + _KIN + r"('?s)?\b"


@dataclass(frozen=True)
class HandoffRule:
    """A named set of patterns, matched regardless of case unless a pattern says otherwise."""

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
    return HandoffRule(name, tuple(re.compile(p, re.IGNORECASE) for p in patterns))


RULES = (
    # nothing asked yet ("why", "help me", "what is this"): a person can ask what they mean
    _rule(
        "nothing_asked_yet",
        r"^\W*(?:(?:why|who|what|where|when|how|which|help|me|us|this|that|it|is|the|a|please|pls|hello"
        r"|hi|hey|hiya|ok|okay|news|so|and|um|erm|hmm|thanks|thank)\b\W*)+$",
    ),
    _rule(
        "asks_for_person",
        # not "my daughter won't talk to anyone since her brother died", a question about support
        r"(?<!n't )(?<!nt )(?<!not )\b(talk|speak|chat)\s+(to|with)\s+(a\s+|an\s+|the\s+|your\s+)?"
        r"(someone|somebody|anyone|anybody|person|human|real|member|manager|advis[oe]r|staff|people"
        r"|key ?worker|nurse|panel)",
        r"\bhuman\b|\breal person\b|\bnot a (bot|computer|robot|machine)\b"
        r"|\bare you (a )?(real|human|bot|robot|alive|there)\b|\bagent\b|\badvis[oe]r\b"
        r"|\bis this (an? )?(ai|bot|robot|chatbot|automated|computer)\b",
        r"\b(call|ring|phone|email|text|contact)\s+(me|us|him|her)\b|\bcall ?back\b"
        r"|\bget back to (me|us)\b",
        # asking for a manager, not "i'm a practice manager" introducing a professional's question
        r"\b(want|need|get me|get|see|ask for|put me through to)\s+(a|the|your)\s+manager\b|^\W*manager\b"
        r"|\bperson in charge\b|\bpanel chair\b|\bput me through\b",
        r"\b(get|find) me (someone|somebody|a person|a human|anyone)\b"
        r"|\bis (anyone|anybody) (actually |even )?there\W*$"
        # "is anyone reading these", not "is anyone checking the panel's work"
        r"|\bis (anyone|anybody) (actually |even |really )?(reading|listening)\b"
        r"|\b(come|pop) (out|round|over) to (us|me|see|our|ours|my)\b"
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
        # "nobody has rung us", not "nobody has explained what the panel is", a general question
        r"\bhaven'?t heard\b|\bnobody (has |have )?(told|tell (me|us)|called|rang|rung|contacted"
        r"|answered|replied|phoned|returned|replaced|been in touch|got back|come back)\b"
        r"|\bnobody (tells|answers)\b"
        r"|\bno one (has|have|tells?|told|called|answered)\b|\bstill (waiting|don'?t know|not heard)\b",
        r"\b(at )?what (stage|point) (is|are|has|have)\b|\bany (news|update)\b|\bupdate (on|me)\b"
        r"|\bchase\b|\bstatus of\b",
        r"\b(i|we) (notified|submitted|sent|filled|reported)\b",
        # a child by name: "Tyler's review", "has Harley's name been shared"
        r"\b" + _NAME + r"'s (review|case|name|death|report|key ?worker|post ?mortem|inquest|form"
        r"|notification|records?|file|results?|meeting|outcome|details)\b",
        # "what they said about Amy", "is Harvey on the agenda", "the Doyle family"
        r"\b(about|with|for|of|happened to|discuss|discussed|discussing)\s+" + _NAME + r"\b(?!')"
        r"|\bis " + _NAME + r" on the agenda|\bthe " + _NAME + r" (family|review|case|children|twins|baby)\b"
        r"|\b(my|our) " + _NAME + r"\b|\bsince " + _NAME + r" (died|passed|went)\b"
        # what the family knows of the death: "does the panel know the monitor was faulty"
        r"|\bdoes the panel know (about )?(that|the|she|he|they)\b(?! names?\b)",
        r"\b(we'?ve|i'?ve|we have|i have) heard nothing\b|\bheard nothing (back|from|since)\b"
        r"|\bours (has|had|is|was|were)\b|\b(is|was) (hers|theirs|ours)\b"
        r"|\bnot (to )?(hear|heard) (anything|a thing|back)\b"
        r"|\b(we'?ve|i'?ve|we have|i have) had (none|nothing|no (support|contact|letters?|calls?|help))\b"
        r"|\blost (our|my) (paperwork|forms?|documents?|file)\b"
        r"|\bwas (my|our|his|her) (\w+ )?" + _KIN + r" (counted|included)\b",
        r"\breporting a death\s*[:-]"
        r"|\b(withdraw|cancel|retract)\w* (a |the |my |our )?(notification|form)\b",
        # the family's own worker: "who is the sudc nurse for our family", "key worker name?"
        r"\bwho(?:'s| is)? (?:the |our |my )?(key ?worker|sudc nurse|nurse)\b.{0,25}\b(for|dealing with"
        r"|assigned to|looking after|with) (us|me|our|my|the \w+ family)\b"
        r"|\bkey ?worker'?s? (name|number|phone|email|details)\b|\b(key ?worker|sudc nurse)\b.{0,30}\byet\b",
        # a notification typed into the chat: the form is the place for it (DOMAIN.md)
        r"\b(dob|date of birth)\b|\b\d{3}\s?\d{3}\s?\d{4}\b",
    ),
    _rule(
        "medical_or_legal",
        r"\bpost ?mortem (found|results?|report|says?|said|show)|\btoxicology\b"
        r"|\b(what (was|is)|tell (me|us)|find out|(i|we) (want|need) to know) (\w+ )?the cause of death\b"
        r"|\bwhat did (he|she|they|my \w+) die of\b",
        # "can we sue", not "thanks, Sue"
        r"\bsolicitor\b|\blawyer\b|\b(can|could|should|going to|want to) (i|we)? ?sue\b|\bsuing\b"
        r"|\bsue (you|them|the|him|her|for|over|hospital|nhs|doctors?)\b"
        r"|\blegal (action|aid|representation|advice)\b"
        r"|\bcompensation\b|\bsubject access\b|\bfreedom of information\b|\bfoi\b"
        r"|\bdata protection (request|complaint|breach|officer)\b|\bcqc\b|\bombudsman\b",
        r"\b(temperature|fever|rash|breathing|breathe|headache|stiff neck|vomit\w*|floppy|feeding"
        r"|calpol|paracetamol|ibuprofen|medication|medicine|symptoms?|seizure|genetic"
        r"|hereditary|inherit\w*|vaccines?|tested|heart condition)\b|\bruns? in (the )?famil(y|ies)\b"
        r"|\b(take|taking|bring|go|going) (\w+ )?to a ?& ?e\b|\bnearest a ?& ?e\b",
        # one child's records, body or funeral; not "who has access to the medical records you gather",
        # "which body oversees the panel" or "support after the funeral"
        r"\b(my|our|his|her|their|\w+'s) (\w+ )?medical records\b"
        r"|\b(get|see|request|copy of) (the )?medical records"
        r"|\bdeath certificate\b|\bpolice (report|file)\b|\b(his|her|their|my|our|the|\w+'s) (little )?body\b"
        r"|(?<!after the )(?<!i'm a )(?<!im a )(?<!as a )\bfunerals?\b(?! directors? here)",
    ),
    _rule(
        "complaint",
        r"\bcomplain\w*|\bunhappy\b|\bdisgust\w*|\brude\b|(?<!summat )(?<!something )\bawful\b"
        r"|\bhung up on (me|us)\b|\bterribl\w*|\bappall\w*"
        r"|\bdisaster\b|\bescalate\b|\btreated (badly|poorly)\b|\bbeen treated\b|\bupset (me|us)\b"
        r"|\bspelt wrong\b|\bwrong (name|date|address|cdop|team|information)\b|\bgot the \w+ wrong\b"
        r"|\bfacts wrong\b|\bdisagree\b|\bnot happy\b|\bmistakes? (with|on|in)\b|\bappeal\b"
        r"|\bchallenge\b|\blet us down\b|\binsensitive\b",
    ),
    _rule(
        "abuse",
        r"\buseless\b|(?<!look )(?<!feel )\bstupid\b(?! question)|\bidiot\w*|\brubbish\b|\bjunk\b"
        r"|\bpathetic\b|\bwaste of (time|space)\b"
        r"|\bshut up\b|\bgo away\b|\bgo to hell\b|\bscrew you\b|\bf[u*]+c?k\w*|\bf\W*ing\b"
        r"|\bheartless\b|\bincompetent\b|\bi hate (you|all of you|this|the panel|cdop|your)\b"
        r"|\bwhat is wrong with you\b",
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
        r"\bjobs? (at|with|in|going)\b|\bvacanc\w*|\brecruit\w*|\bwork (for|at) (you|cdop|the panel)\b"
        r"|\badvertised\b|\bjob ?share\b|\bplacements? (with|at|in) (the )?(cdop|team|panel|you)\b"
        r"|\b(can|could) i volunteer\b|\bvolunteer(ing)? (for|with|to help)\b"
        r"|\bbecome a volunteer\b",
        # other services: benefits, housing, registrars, referrals and their phone numbers
        r"\bcouncil tax\b|\bbenefits? (for|after|when)\b|\bmake a referral\b"
        r"|\b(can|could|would|will) (you|someone|somebody) (\w+ )?refer (us|me|them|him|her)\b"
        r"|\bregist(er|ry|rar'?s?) office\b"
        r"|\bcouncil housing\b|\bhousing (list|waiting list|application)\b"
        r"|\b(switchboard|gp|gp's|hospital|coroner's|police|council) (\w+ )?(number|phone number|address)\b"
        r"|\b(claim|claiming|bereavement|any|universal credit) (\w+ )?benefits?\b",
    ),
    _rule(
        "records_and_access",
        r"\b(update|change|changed)\b.{0,20}\b(details|address|number|email|records?)\b"
        r"|\bmoved house\b|\bnew address\b|\bdelete\b|\bremove (my|our|me)\b|\bunsubscribe\b"
        r"|\bstop (sending|contacting)\b|\b(no|any) more (contact|letters)\b"
        # "crashing", not "a car crash": how a child died is no sign of a broken form
        r"|\bbe contacted any ?more\b"
        r"|\b(can'?t|cannot|couldn'?t|unable to|not able to|trouble|problem) (to )?log"
        r"|\blog ?in (isn'?t|is not|doesn'?t|does not|won'?t|not) \w+|\bpassword\b|\blocked out\b"
        r"|\b(blank|white) (page|screen)\b"
        r"|\b(site|page|form|website|app|chat|it) (keeps )?crash(es|ed|ing)?\b|\bisn'?t working\b"
        r"|\b(sent|submitted|filled|notified|reported|charged|paid)\b.{0,20}\btwice\b|\bby mistake\b"
        r"|(?<!someone )(?<!anyone )(?<!somebody )(?<!anybody )\bmade (a|the|mistakes|a big) mistakes?\b"
        r"|\bresend\b|\blost my reference\b"
        # arranging help for one family; "is there anything in Urdu" is a general question
        r"|\b(lost|never (came|arrived)|not (come|arrived)) in the post\b"
        r"|\b(send|post) (me|us)\b.{0,30}\bin the post\b"
        r"|\blarge print\b|\bsign language\b|\binterpreter (need|for (my|our|the|a) )"
        r"|\b(book|arrange) (us |me |them )?(an? )?interpreter\b"
        r"|\b(someone|somebody|anyone|person|people)\b.{0,20}\b(speaks?|speaking|explain \w+ in) "
        + _LANGUAGE,
    ),
)


def handoff_reason(text: str) -> str | None:
    """Why a person must answer this message, or None when no rule says so."""
    folded = " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())
    for rule in RULES:
        reason = rule.check(folded)
        if reason:
            return reason
    return None
