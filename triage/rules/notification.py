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
from triage.rules.auto_reply import echo_reason
from triage.rules.guarded import GuardedSet, guarded
from triage.rules.notification_languages import recent_death_in_another_language
from triage.rules.sentences import sentence, sentence_bounds
from triage.types import TriageInput

# "Form A" is a name; "the form a while ago" is not.
_FORM = (r"(?:ecdop(?: notification)?|(?-i:[Ff]orm [AB])"
         r"|(?:ecdop )?(?:notification|reporting) form|notification)")
_DEATH_WORDS = ("died", "death", "passed away", "deceased")
_FORM_WORDS = ("ecdop", "form", "notification")
_DONE_WORDS = ("submitted", "completed", "sent", "uploaded", "made", "done", "filled in", "raised", "logged",
               "attached", "enclosed", "started", "begun")
# The expressions and their guard words are the same words.
_DEATH = f"(?:{'|'.join(_DEATH_WORDS)})"
_DONE = f"(?:{'|'.join(_DONE_WORDS)})"
# Only small words may come between verb and form: "sent a question about notification" is no cue.
_FEW = (r"(?:(?:the|a|an|our|my|this|his|her|their|online|initial|formal|full|child|death|ecdop"
        r"|completed|agency's|agency) )")
# A subject line names a case ("Notification of death - Baby J"), not an event about the topic.
_NOT_ABOUT_A_CASE = (r"(?!\s*[-–:(]?\s*(?:training|course|session|webinar|workshop|guidance|process"
                     r"|procedure|policy|template|statistics|data)\b)")

# A death told for the first time: the last day or two.
_LATELY = (r"(?:this morning|last night|yesterday|overnight|at the weekend"
           r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)")
_LATELY_WORDS = ("morning", "night", "yesterday", "today", "weekend", "day")
# Told by someone outside the family, a death last week may still be news to the team.
_RECENTLY = rf"{_LATELY}|today|(?:last|this) week"

# a child's age in words: "a three-year-old boy"
_AGE_WORDS = ("(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
              "|sixteen|seventeen)")

_WHOSE = (r"\bwhose (?:\w+ )?(?:brother|sister|twin|mum|mother|dad|father|cousin|friend|nan|grandad"
          r"|grandma|uncle|aunt)\b")

# Between a school's class and "died", a word that makes the death someone else's: "a Year 9 pupil
# whose grandad died", "a girl in Year 4 and her nan passed away".
_SOMEONE_ELSES = (r"\b(?:whose|his|her|their|grand\w*|mum|dad|father|mother|nan|brother|sister|uncle|aunt"
                  r"|friend)\b")

_NOTICE, _FOLLOW_UP, _FORM_SENT, _REPORTED, _FAMILY_REPORT, _UPDATE, _ADDITION = (
    "notice of a death", "follow-up to a notification", "form for a case", "death reported",
    "death reported by the family", "case update", "addition to a case")

# Each cue with the words it cannot match without (lower case; one of each group): most messages
# lack some group, and looking for a word costs far less than running the cue's expression.
CUES = GuardedSet([
    guarded(needs, pattern, re.IGNORECASE | re.MULTILINE, name)
    for name, needs, pattern in (
        (_NOTICE, (("you of the",), ("death",)),
         r"\b(?:notify|notifying|inform|informing|advise|advising) you of the"
         r" (?:\w+ ){0,3}death\b"),
        (_NOTICE, (("death of",),),
         r"\bnotification of (?:the |a )?(?:\w+ ){0,2}death of\b"),
        (_NOTICE, (("death of",),),
         r"\b(?:notify|notifying|report|reporting) (?:you of )?(?:the|a) (?:\w+ ){0,2}"
         r"death of\b"),
        (_NOTICE, (("notification",),),
         r"^\W*(?:child death |death )?notification\s*[:\-–]\s*(?:a |an |the )?"
         r"(?:\d|baby|infant|child|male|female|boy|girl|young|unexpected|sudden)"),
        (_NOTICE, (("death",), ("notification",)),
         r"\b(?:notification of (?:a |the )?(?:(?:child|infant|baby|sudden|unexpected) )*"
         rf"death|(?:child |infant )?death notification){_NOT_ABOUT_A_CASE}"
         r"\s*(?:[-–:(]|$)"),
        (_NOTICE, (("notification",),),
         r"\b(?:accept|treat|take) this (?:\w+ )?as (?:\w+ ){0,2}notification\b"),
        # the team's own letter, quoted in a family's reply: "writing to let you know that the
        # review of Tyler's death will be discussed at the panel"
        (_NOTICE, (("writing to", "write to", "emailing to", "contacting to", "messaging to"), _DEATH_WORDS),
         r"\b(?:writing|write|emailing|contacting|messaging) to (?:inform|notify"
         rf"|let you know|advise|tell)\b(?! (?:you )?that (?:the (?:review|panel|child death (?:overview|review))"
         rf"|\w+'s (?:review|case)\b))[^.?!]{{0,160}}?\b{_DEATH}"),
        (_FOLLOW_UP, (("notification",),),
         r"\bfurther to (?:my|our|the) (?:\w+ ){0,2}notification\b"),
        (_FORM_SENT, (_FORM_WORDS, _DONE_WORDS),
         rf"\b(?:i|we)(?:'ve| have)? (?:just |now |today |already )?{_DONE}"
         rf" {_FEW}{{0,3}}{_FORM}\b"),
        (_FORM_SENT, (_FORM_WORDS, ("please find", "attach", "enclose")),
         r"\b(?:please find|i attach|we attach|i enclose|we enclose|attached|enclosed)"
         rf"(?: is| are|:)? {_FEW}{{0,3}}{_FORM}\b"),
        (_FORM_SENT, (_FORM_WORDS, _DONE_WORDS + ("to follow", "will follow")),
         rf"\b{_FORM} (?:to follow|will follow|(?:is |has been |have been |was |been "
         rf"|now |(?:i|we)(?:'ve| have)? )?{_DONE})\b"),
        # "the reporting form for the 3 year old from Morecambe": the form of one child's case
        (_FORM_SENT, (_FORM_WORDS + ("paperwork",),),
         r"\b(?:form|forms|notification|ecdop|paperwork)\b[^.?!\n]{0,25}\b(?:for|about|on|re"
         r"|regarding) (?:the |a |baby |little )?\d{1,2}(?: ?(?:yo|y/o)\b|[- ]?(?:yrs?|years?|months?"
         r"|weeks?|days?|mo)[- ]old\b)"),
        (_FORM_SENT, (("ecdop",),),
         r"\becdop (?:ref(?:erence)?|case|id|notification)\W{0,3}(?:no\.?|number|id)?"
         r"\W{0,3}\d{3,}"),
        (_FORM_SENT, (("ecdop",),),
         r"\becdop\W{1,3}(?:new (?:child death )?notification|notification (?:received"
         r"|updated|submitted|amended)|case (?:transferred|created|updated|reopened))"),
        # "a 3 year old girl ... died", not "a 13 year old girl whose brother died" (a journalist's
        # story about a death is media, general: see _MEDIA)
        (_REPORTED, (("died", "death", "pronounced"),
                     ("old boy", "old girl", "old male", "old female", "old infant", "old baby", "old child",
                      "old young", "old lad", "old pupil", "old student", "old teen")),
         rf"\b(?:\d{{1,2}}|{_AGE_WORDS})[- ](?:day|week|month|year)s?[- ]old (?:boy|girl|male|female|infant"
         r"|baby|child|young (?:person|man|woman|lad)|lad|pupil|student|teenager)\b"
         rf"(?:(?!{_WHOSE})[^.]){{0,120}}\b(?:died|death|pronounced)"),
        # a newborn told of by the staff who cared for her: "a baby girl born at 38 weeks ... died at home"
        (_REPORTED, (("baby boy", "baby girl"), ("born", "delivered"), ("died", "passed away")),
         r"\ba baby (?:boy|girl) (?:born|delivered)\b[^.?!]{0,120}\b(?:died|passed away)\b"),
        # "the death of a Year 4 pupil, Amelia, on Monday": a school's own child
        (_REPORTED, (("death of",), ("year", "reception", "nursery")),
         r"\bdeath of (?:a|one of our|our) (?:year \d{1,2}|reception|nursery) (?:pupil|student|child|boy|girl)\b"
         r"(?![^.?!\n]{0,30}\b(?:(?:years?|months?) ago|last year|in (?:19|20)\d\d)\b)"),
        # "a Year 5 pupil at Holy Trinity died on 6 November"; not "a Year 8 pupil died two years ago"
        (_REPORTED, (("died", "passed away"), ("year", "reception", "nursery")),
         # the article stays outside the match, so "the mother of a Year 9 pupil" reads as told for the family
         r"(?:(?<=\ba )|(?<=\bour ))(?:year \d{1,2}|reception|nursery) (?:pupil|student|child|boy|girl)\b"
         rf"(?:(?!{_SOMEONE_ELSES})[^.?!]){{0,60}}"
         r"\b(?:died|has died|passed away)\b(?![^.?!\n]{0,30}\b(?:(?:years?|months?) ago|last year|(?:earlier )?this year"
         r"|in (?:19|20)\d\d)\b)"),
        # "we lost one of our babies last Tuesday": a nursery's, school's or ward's own child
        (_REPORTED, (("lost one of",),),
         r"\b(?:we(?:'ve| have)? )?lost one of (?:our|my) (?:\w+ )?(?:babies|pupils|children|students|little ones"
         r"|mindees|year \d{1,2}s)\b(?! (?:to|in) (?:19|20)\d\d)"),
        # someone else's child lately: "one of my clients lost her 12 yr old last wk", "a family in
        # our congregation lost their 10-year-old on Thursday" (not "lost his son in July")
        (_REPORTED, (("lost her", "lost his", "lost their"), ("old",)),
         rf"\blost (?:her|his|their) (?:little |baby |youngest |eldest |only )?(?:\d{{1,2}}|{_AGE_WORDS})[- ]?"
         r"(?:years?|yrs?|months?|weeks?|days?)?[- ]?old\b[^.?!\n]{0,50}?"
         rf"\b(?:{_RECENTLY}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:last|this) wk|earlier today)\b"),
        # a relative's or friend's child lately: "my friend's 4 year old died a couple of days ago",
        # "my neighbours little girl passed away yesterday" (not "my friend's son died in March")
        (_REPORTED, (("friend", "neighbour", "cousin", "sister", "brother", "mate", "niece", "nephew", "colleague"),
                     ("died", "passed")),
         r"\b(?:friend|neighbour|cousin|colleague|sister|brother|mate|niece|nephew)'?s (?:(?!with\b|of\b|and\b)\w+ ){0,2}"
         rf"(?:(?:\d{{1,2}}|{_AGE_WORDS})[- ]?(?:years?|yrs?|months?|weeks?)[- ]?old|son|daughter|baby|boy|girl|little one|lad)"
         r"\b[^.?!\n]{0,30}?\b(?:died|passed away|passed) (?:(?:\w+ ){0,3}?(?:"
         rf"{_RECENTLY})|(?:a couple of|a few|two|three|2|3) days ago)\b"),
        # a young sibling's death told lately, by the sibling or a friend: "my little sister died
        # this morning", "her own baby brother just died" (an older one may be an adult)
        (_REPORTED, (("baby", "little", "twin"), ("brother", "sister", "bro", "sis")),
         r"\b(?:baby|little|twin) (?:brother|sister|bro|sis) (?:(?:just|has just) (?:died|passed away|passed)\b"
         # not "my little brother died and today I can't get out of bed"
         rf"|(?:died|passed away|passed)\b(?:(?!\b(?:and|but|so)\b)[^.?!\n]){{0,30}}?\b(?:{_RECENTLY}|on the weekend|2day)\b)"),
        # A professional's own pupil or patient; "pupils' grandad" and "our pupil whose brother
        # died" are someone else.
        (_REPORTED, (("died", "passed away"), ("pupil", "patient", "student", "young people", "young person",
                                               "resident", "service user", "after child", "mindee", "learner")),
         r"\b(?:one of )?(?:our|my) (?:\w+ ){0,2}(?:pupils?|patients?|students?|young "
         r"(?:people|person)|residents?|service users?|looked[- ]after child(?:ren)?"
         rf"|mindees?|learners?)\b(?!')(?:(?!{_WHOSE})[^.?!]){{0,80}}\b(?:died|has died|passed away)\b"),
        # a school's own child by class: "little Ava from Reception died this week"
        (_REPORTED, (("died", "passed away"),),
         r"\b(?:from|in) (?:reception|nursery|year \d{1,2}|class \d{1,2}|y\d{1,2})\b"
         rf"(?:(?!{_SOMEONE_ELSES})[^.?!]){{0,40}}\b(?:died|has died|passed away)\b"),
        # "the little boy from Brookfield Nursery (3 yrs) passed at the weekend"
        (_REPORTED, (("little", "young"), ("died", "passed")),
         r"\b(?:little|young) (?:boy|girl|lad|lass|one)\b(?:(?!" + _WHOSE + r")[^.?!]){0,80}\b(?:died|passed(?: away)?)"
         rf" {_LATELY}\b"),
        # a named child's death told lately, with the child's age: "Tyler (11) died last week",
        # "Sophie died on Tuesday at Royal Preston. She was 14."
        # (each with a guard of its own: an expression that opens on any capitalised word is slow)
        (_REPORTED, (("died", "passed away"), ("(",)),
         rf"\b(?-i:[A-Z])[a-z]+ \((?:[1-9]|1[0-7])\),? (?:died|passed away) (?:{_RECENTLY})\b"),
        # "my son Lewis died at the hospice on Friday" is the family rule's to judge
        (_REPORTED, (("died", "passed away"), ("he was", "she was")),
         r"(?<!my son )(?<!our son )(?<!my daughter )(?<!our daughter )(?<!my boy )(?<!my girl )"
         rf"\b(?-i:[A-Z])[a-z]+ (?:died|passed away)(?: (?!ago\b)[\w-]+){{0,5}}? (?:{_RECENTLY})\b[^.?!\n]{{0,60}}"
         r"[.!]\s+(?:he|she) was"
         r" (?:only |just )?(?:[1-9]|1[0-7])(?: (?:years?|yrs?|months?|weeks?|days?)(?: old)?)?\s*[.!,]"),
        (_REPORTED, (("pronounced", "ple "),),
         r"\bpronounced (?:dead|life extinct|deceased|at)\b|\bPLE (?:at )?\d"),
        # "the baby who died on NICU last night": a unit names a death in hospital care
        (_REPORTED, (("who died",), ("nicu", "picu", "scbu", "neonatal", "ward")),
         r"\b(?:the|a|our) (?:little |young )?(?:baby|infant|neonate|child|boy|girl|twin)\b[^.?!\n]{0,20}"
         r"\bwho died (?:on|in|at) (?:the )?(?:nicu|picu|scbu|neonatal (?:unit|intensive care)|ward)\b"),
        # "they couldn't bring her back": how families and bystanders tell of a death; "I couldn't
        # save him" is a parent's grief for a death the team knows of
        (_REPORTED, (("could",), ("save", "revive", "resuscitate", "bring")),
         r"(?<!\bi )(?<!\bwe )\bcould(?:n'?t|nt| not) (?:save|revive|resuscitate|bring back) (?:her|him|them)\b"
         r"|\bcould(?:n'?t|nt| not) bring (?:her|him|them) back\b"),
        # a family telling of their own child's death so lately that the team may not know of it;
        # "my daughter died in August" is a death the team already has
        (_FAMILY_REPORT, (("died", "passed"), ("my ", "our "), _LATELY_WORDS + ("ago",)),
         r"\b(?:my|our) (?:\w+ ){0,2}(?:son|daughter|baby|boy|girl|child|twins?|grandson|granddaughter"
         r"|stepson|stepdaughter)\b[^.?!\n]{0,40}\b(?:died|passed away|passed) (?:\w+ ){0,2}"
         rf"(?:{_LATELY}|today|(?:in|during) the night|(?:an|one|two|a few) hours? ago)\b"),
        # "I wrote last week about our son Finley. He died on Wednesday."
        (_FAMILY_REPORT, (("died", "passed"), ("my ", "our "), _LATELY_WORDS),
         r"\b(?:my|our) (?:\w+ ){0,2}(?:son|daughter|baby|boy|girl|child|grandson|granddaughter)\b[^.?!\n]{0,40}"
         rf"[.!]\s+(?:he|she) (?:died|passed away) (?:{_LATELY}|today)\b"),
        (_FAMILY_REPORT, (("found",), ("not breathing", "unresponsive", "cold", "lifeless")),
         r"\bfound (?:my|our|the) (?:\w+ ){0,2}(?:son|daughter|baby|boy|girl|child|grandson|granddaughter)"
         r"(?: \w+)? (?:not breathing|unresponsive|cold|lifeless)\b"),
        # the public telling of a death they think the team may not know of
        (_REPORTED, (("think", "not sure", "in case", "doubt", "nobody", "no one"), ("know", "told", "informed", "aware"),
                     ("died", "death", "passed away")),
         r"\b(?:(?:do(?:n'?t| not)|dont) think|not sure (?:if|whether)|in case|i doubt)\b[^.?!]{0,40}"
         r"\b(?:knows?|been told|been informed|aware)\b[^.?!]{0,40}\b(?:died|death|passed away)\b"
         r"|\b(?:died|passed away)\b[^.?!]{0,80}\b(?:(?:do(?:n'?t| not)|dont) know|not sure) (?:if|whether)"
         r" (?:you|the team|the panel|anyone)(?: \w+){0,3} (?:knows?|been told|been informed|(?:is|are) aware)\b"
         r"|\b(?:died|passed away)\b[^.?!]{0,80}\b(?:nobody|no one)(?: seems?| \w+s)? to (?:know|have been told)"
         r" (?:about|of) (?:him|her|them|it)\b"),
        # "I don't know whether anyone has told you", "I don't know if your office knows about Joshua",
        # anywhere in a message that tells of a death
        (_REPORTED, (("know if", "know whether", "sure if", "sure whether"), _DEATH_WORDS),
         r"\b(?:(?:do(?:n'?t| not)|dont) know|not sure) (?:if|whether)"
         r" (?:you|your (?:office|team|panel)|the (?:team|panel|office)|anyone|anybody|someone)(?: \w+){0,2}"
         r" (?:knows?|has told you|have told you|told you|has informed you|has let you know|is aware|are aware"
         r"|(?:has|have) been (?:told|informed|notified))(?: (?:about|of) (?:him|her|them|(?-i:[A-Z])\w+))?\b"),
        # "I don't know whether the hospital has notified your panel yet"
        (_REPORTED, (("know if", "know whether", "sure if", "sure whether"),
                     ("notified", "informed", "told", "let you"), _DEATH_WORDS),
         r"\b(?:(?:do(?:n'?t| not)|dont) know|not sure) (?:if|whether) (?:\w+ ){1,3}(?:(?:has|have) (?:already )?"
         r"(?:notified|informed|told|let)|notified|informed|told)"
         r" (?:you|your (?:panel|team|office)|the (?:panel|team|cdop))\b"),
        # "I thought I should let you know, in case it's not been reported"
        (_REPORTED, (("in case", "not sure if", "not sure whether"), ("reported", "notified"), _DEATH_WORDS),
         r"\b(?:in case|not sure (?:if|whether)) (?:it'?s|it has|it is|this has|this is|that'?s|that has|she'?s|he'?s"
         r"|she has|he has) (?:not |n't )?(?:already |yet )?(?:been )?(?:reported|notified)\b"),
        (_REPORTED, (("not be known",), _DEATH_WORDS),
         r"\b(?:may|might) not be known to (?:you|your team|the team|the panel|your service)\b"),
        (_FORM_SENT, (("form b",),),
         r"\b(?:complete|fill in|fill out) (?:a |the )?['\"‘]?form b['\"’]? for (?:a|the|our|this|one)"
         r" (?:\w+ )?(?:child|pupil|patient|boy|girl|baby|student)\b"),
        (_REPORTED, (("was found",),),
         r"\bwas found (?:dead|unresponsive|lifeless|not breathing|hanging"
         r"|collapsed)\b"),
        (_REPORTED, (("sudi", "sudc", "jar", "joint agency"),),
         r"\b(?:SUDI|SUDIC|SUDC|JAR|joint agency response)(?: process| protocol"
         r"| response| visit| meeting)? (?:has been |was |is being |now )?(?:started"
         r"|initiated|commenced|activated|instigated|triggered|convened|arranged)\b"),
        (_UPDATE, (("inquest",),),
         r"\binquest (?:into the death of|(?:\w+ ){0,4}(?:has been|was|is|will be) "
         r"(?:opened|adjourned|concluded|resumed|listed|set|scheduled|held|heard))\b"
         r"|\bpre-inquest review(?: hearing)? (?:is|will be|has been (?:set|listed|fixed) for|on)\b"),
        (_UPDATE, (("mortem", "autopsy", "pm"),),
         r"\b(?:post[- ]?mortem|autopsy|pm) (?:report|results?|findings)"
         r" (?:for|of|on|regarding|are|is|have|has|attached|enclosed|received)\b"),
        # anyone, a parent too, adding to one death's case information ("please add this to his
        # file", "I want my son's review to include this"), which TRIAGE_LABELS.md counts as a
        # notification
        (_ADDITION, (("add", "include", "pass"), ("review", "file", "case", "record")),
         r"\b(?:add|include|pass)(?:ed)? (?:this|it|that|these)? ?(?:on )?(?:to|for|in|into) (?:the|his|her"
         r"|their|my \w+'s|our \w+'s|\w+'s) (?:review|file|case|records)\b"
         r"|\bmake sure (?:the|his|her|\w+'s) review (?:has|gets|includes)\b"),
        (_ADDITION, (("pass",), ("panel",)), r"\bpass(?:ed)? (?:this|it|that|these) on to the panel\b"
         r"(?!['’]s| (?:chair|members?|secretary|admin|meeting|agenda|office))"),
        # "the date of birth on the letter you sent is 12/06/2019 but Poppy was born 21/06/2019"
        (_ADDITION, (("date of",), ("but",)),
         r"\bdate of (?:birth|death) (?:on|in) (?:the|your) (?:letter|summary|report|paperwork|form|timeline)\b"
         r"[^.?!\n]{0,40}\bbut\b"),
        (_ADDITION, (("review to", "go in"),),
         # "want the review to have the right date", not "to have everything in it" (a family's view)
         r"\b(?:want|like|need) (?:the|his|her|my \w+'s|our \w+'s|\w+'s) review to (?:include|have|see)"
         r" (?:this|these|that|it|them|his|her|the (?:right|correct|actual|real|proper))\b"
         r"|\b(?:want|like|need) (?:it|this|them|these) to go (?:in|into) (?:for )?(?:the|his|her|their) review\b"),
        (_ADDITION, (("spelt", "spelled", "written"), ("review",)),
         r"\b(?:spelt|spelled|written) (?:right|correctly|properly)\b[^.?!]{0,40}\bfor (?:the|his|her|their) review\b"),
        # "make sure that your panel has them too", "I thought I'd better tell you for the review"; a
        # family's own account "so that the panel has it in our words", "make sure the panel sees it"
        # or "knows that he was loved" is most often their view, family support
        (_ADDITION, (("make sure", "tell you", "let you know", "right for", "correct for"), ("panel", "review")),
         r"\bmake sure (?:that )?(?:the|your) panel (?:has|gets) (?:it|this|that|these|them)\b"
         r"|\bmake sure (?:that )?(?:the|your) panel (?:has|gets|knows) the (?:actual|real|right|correct)"
         r" (?:cause|date|facts?)\b"
         r"|\b(?:tell|let) you(?: know)?(?: this| that| it| now)? (?:for|so) (?:the|his|her|their) review\b"
         r"|\bso (?:it'?s|its|it is|everything is) (?:all )?(?:right|correct|accurate) for (?:the|his|her|their)"
         r" review\b"),
        (_ADDITION, (("records",), ("correct", "amend")),
         r"\brecords and (?:correct|amend) (?:it|this|them)\b|\b(?:correct|amend) (?:all )?(?:your|the) records\b"),
        # "I wanted the panel to have that for her review"; not "to have that in mind"
        (_ADDITION, (("panel to have",),),
         r"\b(?:want(?:ed)?|like|need) the panel to have (?:this|that|it|these)\b(?! in mind)"),
        (_ADDITION, (("panel need", "panel should", "panel must", "panel ought"),),
         r"\bthe panel (?:needs?|should|must|ought) to (?:see|know|have|read) (?:this|these|it)\b"
         r"|\bsomething (?:that )?the panel (?:needs?|should|must|ought) to (?:see|know|have|read)\b"),
        (_ADDITION, (("for the review", "for his review", "for her review", "for their review"),),
         r"\b(?:forwarding|sending|attaching|passing on|enclosing)\b(?:(?!views|questions|thoughts|feelings|so )[^.?!\n])"
         r"{0,50}\bfor (?:the|his|her|their) review\b(?! (?:meeting|panel|group|day|session|team))"
         # "I was told to send anything like this to you for the review"
         r"|\bsend (?:anything like (?:this|that)|this|these|it|them)(?: on)?(?: to you)? for (?:the|his|her|their)"
         r" review\b"),
        (_ADDITION, (("up to date", "complete", "correct", "accurate"), ("file", "record", "case")),
         r"\bso (?:the|his|her|their|your) (?:case )?(?:file|record|case)s? (?:is|are) (?:up to date|complete"
         r"|correct|accurate)\b"),
        # an account of the death put right: "I need to correct something I said to the police",
        # not "what I said at the meeting"
        (_ADDITION, (("correct what", "correct something"),),
         r"\b(?:want|need|like|have) to correct (?:what|something) (?:i|we) (?:said|told)\b"
         r"(?= (?:to )?(?:the )?(?:police|officers?|coroner|doctors?|nurses?|paramedics?|ambulance|hospital"
         r"|social worker|health visitor|detectives?|in (?:my|our) statements?))"),
        # a correction of a case's facts before the panel reads them
        (_ADDITION, (("corrected", "amended", "put right", "fixed"), ("panel", "review", "report", "record")),
         r"(?:\b(?:need|want|like) (?:them|it|this|that|these|those) (?:to be )?(?:corrected|amended|put right)"
         r"|\bmake sure (?:this|it|that|these) (?:is|are|gets?) (?:corrected|amended|put right)"
         r"|\b(?:could|can|will|would|please) (?:this|it|that|these|her name|his name|the name|the date"
         r"|the (?:date|place|time) of (?:birth|death)|the place)"
         r" (?:please )?be (?:corrected|amended|put right|fixed))\b[^.?!]{0,60}\b(?:panel|review|report|records?)\b"),
        # a family putting right what a case paper says, or adding what it leaves out: "the letter
        # says Summer died at Calder Valley. She didn't", "it says I was alone with him ... can that
        # be put right?", "it doesn't even say he wore his helmet, can that be added?"
        (_ADDITION, (("say", "said", "states", "stated", "shows", "mention"),),
         r"\b(?:it|letter|summary|report|paperwork|draft|records?|statement|notes) (?:says|said|states|stated)"
         r" (?:that )?(?:he|she|(?-i:[A-Z])[a-z]+|i|we) (?:was|were|died|had|is|wasn't|didn't)\b[^.?!\n]{0,80}[.!]\s+"
         r"(?:(?:but|actually|in fact) )?(?:he|she|i|it|we|they) (?:was|wasn't|wasnt|was not|didn't|didnt"
         r"|did not|had|hadn't|actually|were|weren't|died)\b"
         r"|\b(?:it|the (?:summary|report|letter|draft|records?|form|paperwork|notes)|your letter)"
         r" (?:says|said|states|shows|(?:does(?:n'?t|nt| not)|did(?:n'?t|nt| not)) (?:even )?(?:say|mention))\b"
         r"[^\n]{0,300}?\b(?:can|could|would|will|please) (?:that|this|it)"
         r" (?:please )?be (?:changed|corrected|amended|put right|fixed|updated|added|included)\b"),
        # a child's date put right: "you have Alfie's date of birth down as the 14th" (a name spelt
        # wrong is most often told in a complaint about the letter, which is family support)
        (_ADDITION, (("wrong", "incorrect", "down as"), ("date of", "dob")),
         r"\b(?:(?:his|her|their|(?-i:[A-Z])\w+'s) (?:date of (?:birth|death)|dob)|the date of death)"
         r"\b[^.?!\n]{0,40}\b(?:is |was )?(?:wrong|incorrect)\b"
         r"|\b(?:his|her|their|(?-i:[A-Z])\w+'s) (?:date of (?:birth|death)|dob) (?:was|is) (?:down|put|written) as\b"
         r"|\byou(?: have|'ve got| have got) (?:(?-i:[A-Z])\w+'s |his |her |their )?(?:date of (?:birth|death)|dob)"
         r" (?:down )?as\b"),
        # a form or report for one of the team's case numbers ("the reporting form for 25-140")
        (_FORM_SENT, (("form", "report", "chronology", "summary"),),
         r"\b(?:form|report|chronology|summary)\b[^.?!\n]{0,15}\bfor (?:case |ref |cdop )?\d\d[-/]\d{3}\b"),
        # a form for one named child: "I've been asked to do a reporting form for Tilly Brookes"
        (_FORM_SENT, (("form", "ecdop", "notification"), (" for ",)),
         r"\b(?:reporting form|(?-i:[Ff]orm [AB])|ecdop (?:notification|form)|notification form)"
         r" for (?!(?:\w+[ -]){1,3}(?:General|Hospital|Infirmary|Primary|School|Academy|College|Council|Police"
         r"|Trust|Practice|Surgery|Centre|Ward|Unit|Team)\b)(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+)+)\b"),
        # records sent for one named child's review: "the chronology for the review of Evie Stott"
        (_UPDATE, (("review of",),),
         r"\b(?:chronology|information|records?|reports?|statement|summary|notes)\b[^.?!\n]{0,40}"
         r"\bfor (?:the )?(?:child death |cdop )?review of (?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+)\b"),
        (_UPDATE, (("cause of death",),),
         r"\bcause of death (?:has been |was |is )?(?:given|recorded|confirmed"
         r"|determined) as\b"),
    )
])
# A parent writing about their own child's inquest or post-mortem is family support.
_PARENT = re.compile(r"\b(?:my|our) (?:late |little )?(?:son|daughter|baby|child|boy|girl|grandson"
                     r"|granddaughter|stepson|stepdaughter)\b", re.IGNORECASE)
_HOW_TO = re.compile(r"\W*(?:how|what|where|which|who|is there|do|does|can i|could i|should i)\b",
                     re.IGNORECASE)
_SPECIFIC = re.compile(r"\b(?:died|has died|passed away|was found|pronounced|deceased|yesterday"
                       r"|last night|this morning|at the weekend|date of death"
                       r"|\d+[- ](?:day|week|month|year)s?[- ]old)\b", re.IGNORECASE)
# "Can we add something to his review?" asks to contribute (family support); "could this be added
# to the case record?" adds.
_LEAVE = re.compile(r"\W*(?:(?:can|could|may|should) (?:i|we)|how (?:do|can|could|would|should) (?:i|we)"
                    r"|is it possible|are (?:we|families|parents) (?:able|allowed))\b", re.IGNORECASE)
# "I support the family of the 14 year old boy who died", "the parents of our pupil who died": a
# death the team knows of, told for the family; "the family of a 4 year old who died this morning"
# tells of a new one.
_FAMILY_OF = re.compile(r"\b(?:parents?|family|mum|mother|dad|father|relatives)\s+of\s+(?:the|our|a|an)\s+$",
                        re.IGNORECASE)
_RECENT = re.compile(r"\b(?:today|yesterday|last night|overnight|this (?:morning|afternoon|evening)"
                     r"|at the weekend|earlier)\b", re.IGNORECASE)
# "my baby passed away this morning at the vets": a family's pet, which only a family's own words
# ("my baby", "our girl") can be mistaken for; a professional's "it was the family dog" is a cause
_PET = re.compile(r"\bat the vets?\b|\b(?:she|he|it) was (?:my|our|the|a) (?:\w+ )?(?:dog|cat|pet|puppy|kitten"
                  r"|rabbit|horse|pony)\b", re.IGNORECASE)
# "in the minutes it says I was absent. I was there": meeting papers put right are admin.
_MEETING_PAPERS = re.compile(r"\b(?:minutes|agenda|action log|attendance list)\b", re.IGNORECASE)
# A journalist writing about a death they report on (TRIAGE_LABELS.md: media is general).
_MEDIA = re.compile(r"\b(?:running|writing|doing|working on) (?:a|an|the) (?:story|article|piece|feature)\b"
                    r"|\b(?:comment request|request(?:ing)? (?:a )?comment|for (?:our|the) (?:readers|viewers|listeners))\b",
                    re.IGNORECASE)
# "one of my young people, a 20 year old care leaver, died": an adult's death, not the panel's
_ADULT = re.compile(r"\b(?:1[89]|[2-9]\d)[- ]?(?:yrs?|years?)?[- ]?(?:old|yo)\b"
                    r"|\baged (?:1[89]|[2-9]\d)\b(?![- ]?(?:days?|weeks?|months?))",
                    re.IGNORECASE)
# "who turned 18 in August, was found dead", "He had turned 18 two days before.": said beside the
# death, in its sentence or the next; "would have turned 18" is a child's
_TURNED_ADULT = re.compile(r"\b(?<!have )(?<!'ve )turned (?:1[89]|[2-9]\d|eighteen|nineteen)\b"
                           r"|\b(?:he|she) was (?:1[89]|[2-9]\d)\b"
                           r"(?![- ]?(?:days?|weeks?|months?|mins?|minutes|hours|%))",
                           re.IGNORECASE)
_NEXT_SENTENCE = 80


class NotificationCueRule(Rule):
    """Marks a message that notifies, or adds to the notification of, a specific child death."""

    name = "notification_cue"
    description = "Wording that notifies or updates the team about a specific child death"
    effect = "notification"

    def check(self, item: TriageInput) -> str | None:
        reason = notification_cue(f"{item.subject}\n{item.body}")
        # A delivery failure or an "Automatic reply: Child death notification" quotes the message
        # it answers; an eCDOP system email is machine-made too, but it is a notification.
        return reason if reason and not echo_reason(item) else None


def notification_cue(text: str) -> str | None:
    """The first notification cue in ``text`` as a reason, or None."""
    text = text.replace("\u2019", "'")
    lowered = text.lower()
    for cue in CUES.runnable(lowered):
        name = cue.label
        for match in cue.finditer(text, lowered):
            if name == _UPDATE and _PARENT.search(text):
                continue
            if _asks(text, match, _HOW_TO) and not _SPECIFIC.search(text):
                continue
            if name == _REPORTED and _MEDIA.search(text):
                continue
            if name in (_REPORTED, _FAMILY_REPORT) and (_ADULT.search(match.group())
                                                        or _told_for_the_family(text, match)
                                                        or _turned_adult(text, match)):
                continue
            if name == _FAMILY_REPORT and _PET.search(text):
                continue
            if name == _NOTICE and _ADULT.search(sentence(text, match)):
                continue
            if name == _ADDITION and (_asks(text, match, _LEAVE) or _MEETING_PAPERS.search(sentence(text, match))):
                continue
            return f'{name}: "{_quote(match.group())}"'
    if found := recent_death_in_another_language(lowered):
        language, words = found
        return f'recent death told in another language ({language}): "{_quote(words)}"'
    return None


def _asks(text: str, match: re.Match[str], opening: re.Pattern[str]) -> bool:
    """Whether the sentence holding ``match`` is a question that begins with ``opening``."""
    start, end = sentence_bounds(text, match)
    return text[start:end].endswith("?") and opening.match(text, start) is not None


def _turned_adult(text: str, match: re.Match[str]) -> bool:
    start, end = sentence_bounds(text, match)
    return _TURNED_ADULT.search(text, start, end + _NEXT_SENTENCE) is not None


def _told_for_the_family(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 40):match.start()]
    if match.group().lower().startswith("our "):  # "the parents of our pupil who died"
        before += "our "
    return _FAMILY_OF.search(before) is not None and not _RECENT.search(text, match.start(), match.end() + 40)


def _quote(phrase: str) -> str:
    phrase = " ".join(phrase.split())
    return phrase if len(phrase) <= 80 else phrase[:77] + "..."
