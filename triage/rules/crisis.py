"""Crisis rule: language saying someone may be at risk now (self-harm, a threat, a child in danger).

Token patterns from ``triage.rules.crisis_phrases`` run over a blank English tokenizer: a STRONG
phrase alone, a DISTRESS phrase unless the writer reassures, or SIGNALS of two kinds; a SAFE phrase
cancels any phrase it overlaps. Where none is found, ``triage.rules.crisis_languages`` reads the
same text for phrases in the other languages families write in. A past-tense phrase ("I felt I
couldn't go on at first but…") is let go only when the writer clearly says it has passed. Crisis
recall matters more than precision, so SAFE stays narrow.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re

import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.matcher.levenshtein import levenshtein_compare
from spacy.pipeline import Sentencizer
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from triage.reading import MAX_CHARS, kept, message_text, read, reader, text_of
from triage.rules import TokenRule
from triage.rules.crisis_languages import joked, other_language_reason
from triage.rules.crisis_phrases import DISTRESS, MACROS, REASSURANCE, SAFE, SIGNALS, STRONG
from triage.types import TriageInput

_SENTENCES = Sentencizer()
_WHOLE = "triage.crisis.whole"  # the user_data key of what _whole_message found
# Past-tense phrases count as passed only with all three: a time in the past, a turn ("but",
# "now") beside the phrase or a recovery said later, and nothing later saying it is back.
_PAST_WORDS = {"could", "wanted", "felt", "was", "were", "thought", "did", "had", "used", "tried", "took",
               "started", "began", "stood", "sat", "went", "harmed", "overdosed", "attempted", "considered",
               "planned", "locked", "made", "wrote"}
_PAST_TIME = re.compile(
    r"\b(at first|back then|in the past|used to|in the (early days|beginning)|early on|for a (while|long"
    r" (time|while)|time)|last (year|yr|month|week|winter|summer|spring|autumn|(mon|tues|wednes|thurs|fri|satur"
    r"|sun)day)|(days|weeks|months|years|a (week|month|year)) later|(a few |some |many )?(years|months|weeks) back|(months|years|yrs|weeks|a year|a month)"
    r"( or so)? ago"
    r"|when (he|she|they|it) happened|(when|the day|after) \w+ (died|passed)|in the (days|weeks|months) after|that night"
    r"|after (his|her|their|the) death|in the (days|weeks|months) afterwards"
    r"|(for|in|during) (the|those) (first|early) (few )?(days?|weeks?|months?|year)"
    r"|(the|that|our) first (few )?(days?|weeks?|months?|year|winter|summer|spring|autumn|christmas)"
    r"|at (that|the) (time|point)|last (christmas|easter|new year)"
    r"|(back )?(in|over|during) the (spring|summer|autumn|winter)"
    r"|there were (nights|days|times|moments) (when|where)"
    r"|(a couple of|a few|some) (nights|days|times|moments) (when|where)"
    r"|(back )?in (the )?(january|february|march|april|may|june|july"
    r"|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    r"|(at|over) (christmas|easter|new year)|after the (funeral|inquest|post[- ]?mortem)"
    r"|as a (teenager|teen|child|kid|student)|when i was (a |younger|young|\d+)|in (19|20)\d\d)\b")
_TURN = re.compile(r"\b(but|though|although|however|now|since then|been well|recovered|thankfully|behind me"
                   r"|i didn'?t(?: do it)?(?=[.,])|(that|what) changed (it|things)|(so )?glad i (never|didn'?t)"
                   r"|got (me |him |her |them |a lot of |lots of |some )?(help|treatment)|got me through|had help|getting help"
                   r"|doing (great|well|ok|okay|better)|safety plan|(a )?(much |lot |far )?better (place|now)"
                   r"|(much |a lot )?stronger now|come a long way|turning point)\b")
# Said anywhere later, a plain "I'm in a much better place now" turns a past phrase as well as a
# "but" beside it does: writers often tell the whole past episode before saying it is over.
_RECOVERED = re.compile(
    r"\b((much|far|lot|way|completely|totally|very|really) (better|different|steadier|safer|calmer) place"
    r"|(i'm|i am|i'm well|i am well) past (it|that|the worst)|(i'm|i am) through the worst"
    r"|not (in )?(that|the same) place|(i'm|i am) not there (now|any ?more)|not because i'?m (there|in that place)"
    r"|(i'm|i am|i feel) (safe|well|a lot safer|much safer)\b|(i'm|i am|i feel) (ok|okay|fine) (now|this time)"
    r"|no further (concerns|incidents|episodes)|(he'?s|she'?s|they'?re|he is|she is|they are) (now )?safe\b"
    r"|(it was|was|were|been) (all )?dealt with|(doing|feel|feeling) (much |a lot |far )?better now"
    r"|not in danger now|(i'm|i am) doing (so |very )?(much|a lot|far|loads) better"
    r"|(have|haven't|has|hasn't|had) (not )?(had|felt) (those|them|that|any) (thoughts|feelings)? ?since"
    r"|(came|come|got) through (it|that)|(been|kept) well since|since then,? i'?ve (been|had)|these days i'?m"
    r"|i'?m (doing )?(ok|okay|well) now|sorted (me|him|her|them|us) out"
    r"|(it'?s|it is) not like that (now|any ?more)|that was then|(don'?t|do not) feel like that (now|any ?more)"
    r"|(self[- ]harm(ing)?|cutting) (has|had) stopped|(has|have|got) a safety plan"
    r"|(that|the|those|these) (feeling|feelings|thoughts?) (has|have|had) (gone|passed|stopped|eased|faded)"
    r"|(i'm|i am|im) not (at|in) that (point|place) (now|any ?more))\b")
# Words saying it is back, which undo a recovery said before them.
# "scared it would come back" is a fear of a return, not one
_BACK = r"worse|harder|tonight|right now|(?<!would )(?<!might )(?<!could )c[oa]m(e|ing) back|returned"
_RETURNED = re.compile(rf"\b({_BACK})\b")
_THEN = re.compile(r"\b(then|at that (time|point))\b")
# "anymore" right after "I didn't want to be here" belongs to the phrase, not to a return of it
_RIGHT_AFTER = re.compile(r"^\W*(any ?more|any longer)\b")
# Words said as an example or in a scenario, or reported from before a child's death, are not the
# writer's now: "the actor playing the father says 'I'm going to kill myself'".
_EXAMPLE = re.compile(r"\b((?<!worst case )(?<!worst-case )scenarios?|role[- ]?plays?|actors?|case stud(y|ies)"
                      r"|vignettes?|for example|anonymised quotes?|fictional|fictitious|novel|novelist|quiz(zes)?"
                      r"|test phrases?|trigger (words?|phrases?)|this hypothetical|hypothetical (questions?|situations?|cases?))\b",
                      re.I)
# Quoted words in a message that sets an example anywhere ("Scenario 3: ... She writes: 'I've got
# the tablets ready.'") are the example's.
_OPEN_QUOTE = re.compile(r"[\"“][^\"“”]*$")
_BEFORE_DEATH = re.compile(r"\b((?<!since )(?<!ever )before|the (day|night|week|evening) before)"
                           r" [a-z]+ died\b|\b(?<!since )(?<!ever )(prior to|before) (her|his|their|the) death\b",
                           re.I)
# a time told in the next sentence: "I wanted to go with him. That was four years ago."
_TIME_AFTER = re.compile(r"[\s.!?]*(that|this|it) was\b[^.!?]{0,30}\bago\b", re.I)
_STILL = re.compile(
    # "is she still working there" asks after someone else; "sleeping again" is getting better
    r"\b((?<!she )(?<!he )(?<!they )still(?! here\b)|(?<!sleeping )(?<!eating )(?<!working )again"
    r"|(?<!either )(?<!of that )(?<!of it )(?<!not )any ?more"
    rf"|these days|lately|recently|{_BACK})\b")

_NEGATIONS = ["n't", "nt", "not", "never", "no"]
_ALWAYS = -1  # the index key of patterns that require no particular word (never a hash)
# Words in nearly every message make poor index keys: the commonest first (in English, and in
# messages to the team).
_COMMON = (
    ".", ",", "i", "the", "to", "and", "a", "of", "you", "it", "in", "my", "is", "that", "for", "'s",
    "s", "me", "not", "n't", "nt", "this", "be", "have", "on", "with", "he", "she", "they", "was",
    "we", "are", "do", "'m", "m", "am", "so", "at", "just", "can", "will", "no", "if", "but", "or",
    "all", "about", "what", "how", "as", "from", "by", "an", "up", "out", "there", "your", "our",
    "his", "her", "him", "them", "their", "us", "would", "could", "ca", "know", "going", "get", "got",
    "like", "want", "now", "been", "go", "had", "has", "'ve", "ve", "'ll", "ll", "'re", "one",
    "think", "any", "who", "tell", "were", "did", "does", "-", "?", "!", "where", "time", "here",
    "much", "many", "see", "need", "back", "take", "told", "email", "child", "mum", "dad", "son",
    "baby", "home", "last", "sorry", "again", "anything", "tonight", "today", "morning", "'d", "d",
    "wo")
_COMMONNESS = {word: len(_COMMON) - rank for rank, word in enumerate(_COMMON)}
# A threat needs an active verb: "someone may have hurt him" reports, it does not threaten.
_NOT_ACTIVE = _NEGATIONS + ["have", "has", "had", "'ve", "ve", "was", "were", "been", "did",
                            "could", "might", "may", "it"]
_NOT_NAMES = ["i", "the", "a", "my", "you", "your", "this", "that", "it", "me"]
# Typo allowance must not turn one word into its neighbour.
_NOT_TYPOS = {"myself": ["itself", "himself", "herself", "yourself"],
              "suicidal": ["suicide", "suicides"]}


def crisis_reason(text: str, doc: Doc | None = None) -> str | None:
    """The crisis phrases found in ``text`` as a reason, or None; ``doc``: ``text`` already read."""
    found = _find(doc if doc is not None else read(text))
    reassured = bool(found.get("REASSURANCE"))
    phrases = found.get("STRONG", []) + ([] if reassured else found.get("DISTRESS", []))
    kinds = _signal_kinds(found)
    if not phrases and len(kinds) >= 2 and not reassured:
        phrases = kinds
    if not phrases:
        return other_language_reason(text[:MAX_CHARS])
    unique = list(dict.fromkeys(span.text for span in sorted(phrases)))
    return "crisis language: " + ", ".join(f'"{p}"' for p in unique[:3])


def _signal_kinds(found: dict[str, list[Span]]) -> list[Span]:
    """One span of each signal kind found, no two on the same words: "siblings currently" is not
    also "currently"."""
    signals = sorted(label for label in found if label.startswith("SIGNAL_"))
    kinds: list[Span] = []
    for label in signals:
        span = next((s for s in sorted(found[label]) if not _overlaps(s, kinds)), None)
        if span is not None:
            kinds.append(span)
    if len(kinds) < 2:
        # the first kind's span may have taken the only words another kind's rests on
        # ("left instructions for the cat" is a farewell and a plan): any two apart will do
        pairs = ((a, b) for i, first in enumerate(signals) for second in signals[i + 1:]
                 for a in found[first] for b in found[second] if not _overlaps(a, [b]))
        kinds = list(next(pairs, kinds))
    return kinds


class CrisisRule(TokenRule):
    """Flags a message whose writer, or someone they mention, may be at risk right now."""

    name = "crisis_language"
    description = "Suicide or self-harm language, a threat, or someone in danger now"
    effect = "crisis"

    def check_doc(self, item: TriageInput, doc: Doc) -> str | None:
        return crisis_reason(message_text(item.subject, item.body), doc)


def _find(doc: Doc) -> dict[str, list[Span]]:
    """Matched spans by label, less those a SAFE phrase overlaps or the writer has left behind."""
    nlp, index, typos = _pipeline()
    # Lower-case hashes straight from the doc: a Token object per word would cost more than the
    # matching itself.
    lowers: list[int] = doc.to_array(LOWER).tolist()
    words = {*lowers, _ALWAYS}
    typos.learn(words)
    candidates = {id(group): group for word in index.keys() & words for group in index[word]}.values()
    by_label: dict[str, list[Span]] = {}
    positions: dict[int, list[int]] = {}
    for group in candidates:
        # map over a bound set method, not a generator: this runs for some 35 groups a message
        if (group.words <= words and not any(map(words.isdisjoint, group.choices))
                and (not group.typos or all(typos.held(word, words) for word in group.typos))):
            if not positions:
                for at, word in enumerate(lowers):
                    positions.setdefault(word, []).append(at)
            for start, end in _windows(group, positions, len(lowers)):
                for key, first, last in group.matcher(doc[start:end]):
                    span = doc[start + first:start + last]
                    by_label.setdefault(nlp.vocab.strings[key], []).append(span)
    if not by_label:
        return {}
    safe = by_label.pop("SAFE", [])
    # A denial such as "no plans" is SAFE and REASSURANCE at once: it cancels risk, not reassurance.
    reassurance = by_label.pop("REASSURANCE", [])
    text = text_of(doc)
    found = {label: left for label, spans in by_label.items()
             if (left := [s for s in spacy.util.filter_spans(spans)
                          if not _overlaps(s, safe) and not _not_now(s) and not joked(text, s.end_char)])}
    return {**found, "REASSURANCE": reassurance} if reassurance else found


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(o.start < span.end and span.start < o.end for o in others)


def _not_now(span: Span) -> bool:
    """A phrase the writer has left behind, or quotes as an example or from before a death."""
    window = span.doc[max(0, span.start - 3):span.end]
    past = any(t.lower_ in _PAST_WORDS for t in window)
    text, example, before_death = _whole_message(span.doc)
    if not past and not example and not before_death:
        return False
    if example and _OPEN_QUOTE.search(text[max(0, span.start_char - 400):span.start_char]):
        return True
    # Sentences are needed only here, so most messages never pay for them.
    if not span.doc.has_annotation("SENT_START"):
        _SENTENCES(span.doc)
    sent = span.sent
    sentence = text[sent.start_char:sent.end_char].lower()
    previous = span.doc[sent.start - 1].sent if sent.start else None
    before = text[previous.start_char:previous.end_char].lower() if previous is not None else ""
    both = f"{before} {sentence}"
    if _EXAMPLE.search(both) or _BEFORE_DEATH.search(both):
        return True
    return past and _has_passed(span, text, sent.end_char, both if _THEN.search(sentence) else sentence)


def _whole_message(doc: Doc) -> tuple[str, bool, bool]:
    """The text of ``doc``, whether it sets an example anywhere, and whether it tells of a time
    before a death: read once a message, however many phrases it holds."""
    def find() -> tuple[str, bool, bool]:
        text = text_of(doc)
        return text, _EXAMPLE.search(text) is not None, _BEFORE_DEATH.search(text) is not None

    return kept(doc, _WHOLE, find)


def _has_passed(span: Span, text: str, sent_end: int, sentence: str) -> bool:
    """``sentence``: the span's, or with the one before when it takes its time from it ("I stepped
    back last summer. I felt suicidal then"); ``sent_end``: where the span's sentence ends."""
    # the turn may open the next sentence: "I wanted to die that night. But I've got his sister"
    after = text[span.end_char:sent_end + 40].lower()
    rest = _RIGHT_AFTER.sub("", text[span.end_char:].lower(), count=1)
    past = _PAST_TIME.search(sentence) or _TIME_AFTER.match(text, sent_end)
    if not past:
        return False
    if _TURN.search(after) and not _STILL.search(rest):
        return True
    # after "I'm in a much better place now", a later "still" is mostly "the review is still open"
    recovered = _RECOVERED.search(rest)
    return bool(recovered and not _STILL.search(rest[:recovered.start()])
                and not _RETURNED.search(rest[recovered.end():]))


@dataclasses.dataclass(frozen=True)
class _Group:
    """Patterns that need the same words, matched together."""

    words: frozenset[int]  # the hashes of words every match holds
    choices: tuple[frozenset[int], ...]  # for each other word a match must have, its choices' hashes
    key: frozenset[int]  # the rarest needed word's choices: every match holds one of these
    typos: tuple[str, ...]  # words every match holds, spelt within a typo's reach
    reach: int | None  # the longest match, or None if a repeated token leaves it unbounded
    matcher: Matcher


@functools.cache
def _pipeline() -> tuple[Language, dict[int, list[_Group]], _Typos]:
    """The tokenizer, pattern groups indexed by the words of their keys, and the typo tracker."""
    # Built on first use, not at import: importing triage must stay cheap for the web app.
    nlp = reader()
    groups = {"STRONG": STRONG, "DISTRESS": DISTRESS, "REASSURANCE": REASSURANCE, "SAFE": SAFE}
    groups |= {f"SIGNAL_{kind}": templates for kind, templates in SIGNALS.items()}
    # Matching time grows with patterns times tokens. A message runs only the groups whose every
    # needed word it holds (two or three on typical messages, not hundreds), and each only over
    # the few tokens around its key words.
    by_needs: dict[tuple[frozenset[frozenset[str]], frozenset[str]], list[tuple[str, list[dict]]]] = {}
    for label, templates in groups.items():
        for pattern in (p for t in templates for p in _patterns(t)):
            wanted = (_required_words(pattern), _required_typos(pattern))
            by_needs.setdefault(wanted, []).append((label, pattern))
    index: dict[int, list[_Group]] = {}
    for (needs, typos), patterns in by_needs.items():
        matcher = Matcher(nlp.vocab)
        for label, pattern in patterns:
            matcher.add(label, [pattern])
        unbounded = any(token.get("OP") == "*" for _, p in patterns for token in p)
        key = _hashes(nlp, min(needs, key=_commonness)) if needs else frozenset([_ALWAYS])
        single = frozenset(word for choices in needs if len(choices) == 1 for word in choices)
        group = _Group(_hashes(nlp, single), tuple(_hashes(nlp, choices) for choices in needs if len(choices) > 1),
                       key, tuple(typos), None if unbounded else max(len(p) for _, p in patterns), matcher)
        for word in key:
            index.setdefault(word, []).append(group)
    return nlp, index, _Typos({word for _, typos in by_needs for word in typos}, nlp.vocab.strings)


class _Typos:
    """Each word allowing typos, with the message words seen so far that are within its reach."""

    def __init__(self, words: set[str], strings: StringStore) -> None:
        self.near: dict[str, set[int]] = {word: set() for word in words}
        self.seen: set[int] = {_ALWAYS}
        self.strings = strings

    def learn(self, words: set[int]) -> None:
        """Sort the message words not seen before: each is judged once."""
        if unseen := words - self.seen:
            for seen in unseen:
                text = self.strings[seen]
                for wanted, near in self.near.items():
                    # as the Matcher's FUZZY2 judges it
                    if text == wanted or levenshtein_compare(text, wanted, 2):
                        near.add(seen)
            # Seen only once sorted, so another thread never skips a word not yet sorted.
            self.seen |= unseen

    def held(self, word: str, words: set[int]) -> bool:
        """Whether a message's words (learnt) hold one within a typo's reach of ``word``."""
        return not self.near[word].isdisjoint(words)


def _windows(group: _Group, positions: dict[int, list[int]], length: int) -> list[tuple[int, int]]:
    """Token ranges that hold every match of ``group``: around each key word, merged, less those
    lacking a word every match holds (nine in ten windows, so the Matcher runs on one in ten)."""
    if group.reach is None or _ALWAYS in group.key:
        return [(0, length)]
    windows: list[tuple[int, int]] = []
    for at in sorted(at for word in group.key for at in positions.get(word, ())):
        start, end = max(0, at - group.reach + 1), min(length, at + group.reach)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return [(start, end) for start, end in windows
            if all(_within(positions.get(word, ()), start, end) for word in group.words)
            and all(any(_within(positions.get(word, ()), start, end) for word in choices) for choices in group.choices)]


def _within(places: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted token positions ``places`` is in ``start``..``end``."""
    at = bisect.bisect_left(places, start)
    return at < len(places) and places[at] < end


def _hashes(nlp: Language, words: frozenset[str]) -> frozenset[int]:
    return frozenset(nlp.vocab.strings.add(word) for word in words)


def _required_words(pattern: list[dict]) -> frozenset[frozenset[str]]:
    """For each word a match must have, the choices for it; a message lacking one cannot match."""
    return frozenset(
        frozenset([low] if isinstance(low, str) else low["IN"])
        for token in pattern if "OP" not in token
        for low in [token.get("LOWER")]
        if isinstance(low, str) or (isinstance(low, dict) and "IN" in low))


def _required_typos(pattern: list[dict]) -> frozenset[str]:
    """The words allowing typos that a match must hold."""
    return frozenset(token["LOWER"]["FUZZY2"] for token in pattern
                     if "OP" not in token and isinstance(token.get("LOWER"), dict) and "FUZZY2" in token["LOWER"])


def _commonness(choices: frozenset[str]) -> tuple[int, int]:
    """How often a message would hold one of ``choices``: common words make poor index keys."""
    return sum(_COMMONNESS.get(word, 0) for word in choices), len(choices)


def _patterns(template: str) -> list[list[dict]]:
    """Expand macros and ``{a/b}`` groups in a template into Matcher token patterns."""
    while "$" in template:
        template = re.sub(r"\$([A-Z]+)", lambda m: MACROS[m.group(1)], template)
    parts = re.split(r"\{([^{}]*)\}", template)
    choices = [[p] if i % 2 == 0 else _alternatives(p) for i, p in enumerate(parts)]
    return [[_token(spec) for spec in " ".join(combo).split()]
            for combo in itertools.product(*choices)]


def _alternatives(group: str) -> list[str]:
    # Matching time grows with the number of patterns: single words fold into one token.
    alternatives = group.split("/")
    words = [a for a in alternatives if a and not re.search(r"[ ?*~_=@^#!]", a)]
    rest = [a for a in alternatives if a and a not in words]
    if not words:
        return alternatives
    folded = "|".join(words) + ("?" if "" in alternatives and not rest else "")
    return [folded, *rest, *([""] if "" in alternatives and rest else [])]


def _token(spec: str) -> dict:
    """One Matcher token from a template word (see the module docstring)."""
    op = spec[-1] if len(spec) > 1 and spec[-1] in "?*" else None
    word = spec[:-1] if op else spec
    if word in ("_", "="):
        excluded = _NEGATIONS if word == "_" else _NOT_ACTIVE
        token: dict = {"IS_PUNCT": False, "IS_SPACE": False, "LOWER": {"NOT_IN": excluded}}
    elif word == "@":
        token = {"IS_SPACE": False, "LOWER": {"NOT_IN": [".", "!", "?"]}}
    elif word.startswith("!"):
        token = {"LOWER": {"NOT_IN": word[1:].split("|")}}
    elif word == "^":
        token = {"IS_TITLE": True, "LOWER": {"NOT_IN": _NOT_NAMES}}
    elif word == "#":
        # "taken 30 paracetamol" is an overdose, "taken my 2 tablets" is a prescription.
        token = {"IS_DIGIT": True, "LENGTH": {">=": 2}}
    elif word.startswith("~"):
        # Two edits catch "myslef", "meself" and "sucidle".
        token = {"LOWER": {"FUZZY2": word[1:], "NOT_IN": _NOT_TYPOS.get(word[1:], [])}}
    elif "|" in word:
        token = {"LOWER": {"IN": word.split("|")}}
    else:
        token = {"LOWER": word}
    if op:
        token["OP"] = op
    return token
