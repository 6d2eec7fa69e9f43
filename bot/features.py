"""Text to sparse features for the intent model: words, word pairs, character n-grams, concepts."""
from __future__ import annotations

import re
from collections import Counter

# Typing as people chat: curly apostrophes, any case, punctuation anywhere.
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
CHAR_NGRAMS = (3, 4, 5)  # within a word: "beravement" still shares most n-grams with "bereavement"
CONCEPT_WEIGHT = 8.0  # a concept is worth several words: it is what generalises from little data

# Concepts: words and phrases that mean the same thing to this service, written from the domain
# (DOMAIN.md) rather than from the examples, so that a phrasing the examples lack still counts.
CONCEPTS = {
    "notify": r"\bnotif\w*|\breport(ing)? (a |the |this )?(child'?s? )?death|\bform [abc]\b|\becdop\b"
              r"|\breporting form|\blet (cdop|you|the panel) know\b"
              r"|\bwho (should|has to|needs to|must) (complete|fill|tell|notify|report|let)\b"
              r"|\btell(ing)? (the panel|you|cdop) (about|when|of)\b",
    "figures": r"\bstatistic\w*|\bfigures?\b|\bnumbers? (on|of)\b|\bdata\b|\bhow many\b|\ban+ual\w*"
               r"|\byearly\b|\b(every|each|a|per) year\b|\bpublications?\b|\bmortality\b|\btrends?\b"
               r"|\bresearch\w*|\blessons\b|\blearn(ed|t|ing)\b|\bgoing (up|down)\b|\brising\b|\bfalling\b"
               r"|\bincreas\w*|\bdecreas\w*|\bwrite ?ups?\b|\brecommendations?\b",
    "report": r"\breports?\b",
    "contact": r"\bphone\b|\bnumber\b|\bring\b|\bcall\b|\btelephone\b|\btel\b|\bcontact\b|\bemail\b"
               r"|\bin touch\b|\breach\w*|\bget hold\b|\boffice\b|\bopen(ing)?\b|\bhours\b|\bavailable\b"
               r"|\bstaffed\b|\baddress\b|\bpost(al)?\b|\bwrite to you\b|\bbased\b",
    "bereavement": r"\bbereave\w*|\bberave\w*|\bgrie\w*|\bcounsel+(ing|or)\b|\bcharit\w*"
                   r"|\bsupport groups?\b|\bhelplines?\b|\bcruse\b|\blullaby\b|\bcompassionate\b"
                   r"|\bcoping\b|\bsiblings?\b",
    "duration": r"\bhow (long|lng)\b|\bmonths?\b|\byears\b|\bweeks\b|\btime ?scales?\b|\btime ?frame\b"
                r"|\bduration\b|\bwait\b|\bhow quick\b|\btakes? so long\b|\btime limit\b|\blonger\b",
    "privacy": r"\bconfidential\w*|\bprivate\b|\bprivacy\b|\banonym\w*|\bnames?\b|\bidentit\w*"
               r"|\bidentif\w*|\bnewspapers?\b|\bpapers\b|\bpress\b|\bjournalists?\b|\bmedia\b"
               r"|\bpublic\w*|\bpublish\w*|\bsecret\b|\bfacebook\b|\bonline\b|\bwebsite\b"
               r"|\bnews\b|\bneighbours?\b|\bgossip\w*|\bgoogle\b|\bfind out about\b|\bread about\b"
               r"|\bwho (can|will|gets to) (see|read|know)\b|\baccess to\b|\blook up\b|\boutside the panel\b",
    "governance": r"\bwho (runs|decides|is in charge|oversees|sits|is on|are the|makes|has the final)\b"
                  r"|\bmembers?\b|\bpartners?\w*|\bcouncils?\b|\bicb\b|\bnhs\b|\bin charge\b"
                  r"|\baccountable\b|\bresponsib\w*|\borganisations?\b|\bagencies\b|\bmeet\w*"
                  r"|\bgovern\w*|\bcsap\b|\bsafeguarding partnership\b",
    "family": r"\bkey ?worker\b|\bleaflet\w*|\bguide\b|\bbooklets?\b|\binformation\b|\bfamil(y|ies)\b"
              r"|\bparents?\b|\bpoint of contact\b|\bcontact person\b|\bexplain\w*|\bon our side\b"
              r"|\bhelp (us|me|them) (through|understand)\b|\beach (step|stage)\b|\bkept informed\b"
              r"|\bnamed person\b|\bresources\b|\bviews\b|\bhave (our|my|a) say\b|\bcontribut\w*"
              r"|\bdownload\b|\bkept? (us|me) updated\b|\btranslat\w*|\binterpret\w*|\blanguages?\b",
    "purpose": r"\bwhy\b|\bpurpose\b|\bpoint of\b|\breason\w*|\baim\b|\bblam\w*|\binvestigat\w*"
               r"|\bthe law\b|\bcompulsory\b|\bevery child\b|\bstillb\w*|\bin trouble\b"
               r"|\b(nobody|no one|noone)'?s? fault\b|\b(did|done) (anything|something) wrong\b",
    "sudc": r"\bsudc\b|\bs u d c\b|\bsudden\w*|\bunexpected\w*|\bunexplained\b|\bcot death\b"
            r"|\bin (her|his|their) sleep\b|\bdidn'?t wake\b|\bsids\b|\bsudi\b|\bjoint agency\b|\bjar\b"
            r"|\bno (reason|cause|explanation)\b|\bnever (found|explained)\b",
    "definition": r"\bwhat('?s| is| does| are)\b|\bstand for\b|\bmeans?\b|\bmeaning\b|\bwho are you\b",
    "area": r"\bareas?\b|\bcover(s|ed|ing)?\b|\bregion\b|\bcumbria\b|\bblackburn\b|\bblackpool\b|\blancs\b"
            r"|\blancashire\b|\bwhich panel\b|\bround here\b",
    "cdop": r"\bcdop\b|\bc d o p\b|\boverview panel\b|\boverveiw panel\b|\bchild death review panel\b",
    # what a person must answer: a child of one's own, a case's progress, medicine and law
    "own_child": r"\b(my|our|his|her) (son|daughter|baby|child|boy|girl|grandson|granddaughter"
                 r"|toddler|kid|brother|sister|pupil|patient)'?s?\b",
    "own_case": r"\b(my|our) (key ?worker|meeting|letter|sudc nurse|nurse|family liaison|notification)\b"
                r"|\bthe (letter|form|email) (you|i|we) sent\b",
    "progress": r"\bwhen will\b|\bupdate\b|\bstatus\b|\byet\b|\bup to\b|\bfinished\b|\bdone\b"
                r"|\boutcome\b|\bconclu\w*|\bdecided\b|\bresults?\b|\bhasn'?t|\bhaven'?t|\bnobody\b"
                r"|\bno one\b",
    "medical_legal": r"\bpost ?mortem\b|\bcause of death\b|\bcoroner\b|\binquest\b|\bsolicitor\b"
                     r"|\bsue\b|\bcourt\b|\bcompensation\b|\blegal\b|\bmedic\w*|\btoxicology\b"
                     r"|\bfault\b|\bdoctors?\b|\bhospital\b",
    "complaint": r"\bcomplain\w*|\brude\b|\bunhappy\b|\bdisaster\b|\bescalate\b|\bwrong\b|\bupset\w*"
                 r"|\bignored\b",
    "person": r"\bhuman\b|\breal person\b|\bperson\b|\bspeak to\b|\btalk to\b|\bcall me\b|\bring me\b"
              r"|\bagent\b|\bstaff\b|\bbot\b|\banyone there\b|\bcall back\b",
}
_CONCEPTS = {name: re.compile(pattern) for name, pattern in CONCEPTS.items()}


def words(text: str) -> list[str]:
    """Lower-case words, apostrophes kept inside them ("son's", "don't")."""
    return _WORD.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def features(text: str) -> Counter[str]:
    """The features of one message, with counts."""
    tokens = words(text)
    found: Counter[str] = Counter()
    found.update(f"w:{w}" for w in tokens)
    found.update(f"b:{a} {b}" for a, b in zip(tokens, tokens[1:]))
    for token in tokens:
        padded = f"<{token}>"
        found.update(f"c:{padded[i:i + n]}" for n in CHAR_NGRAMS for i in range(len(padded) - n + 1))
    joined = " ".join(tokens)
    for name, pattern in _CONCEPTS.items():
        if pattern.search(joined):
            found[f"k:{name}"] += CONCEPT_WEIGHT
    return found
