"""Auto-reply, list-mail and bounce rules: machine mail is stored and flagged, never acknowledged.

Header rules read ``TriageInput.headers`` (lower-case names) and ``content_type``; the subject and
phrase rules read only subject and body, so they also work for SMS, chat and form input, which carry
no headers.
The signals are the union of those used by Zammad, RT, FreeScout, osTicket and Chatwoot (PEERS.md).
"""
from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator
from email.utils import parseaddr
from typing import ClassVar

from spacy.tokens import Doc

from triage.reading import kept
from triage.rules import Rule
from triage.rules.guarded import GuardedSet, WordFinder, guarded
from triage.types import TriageInput

logger = logging.getLogger(__name__)

# Our own automatic mail carries this header; seeing it inbound means a loop.
LOOP_HEADER = "x-cdop-loop"

# Auto-replies put their give-away text first; quoted history further down must not count.
TEXT_WINDOW = 2000
_TOP = "triage.auto_reply.top"  # the user_data key of a message's top of the body


def _first_token(value: str) -> str:
    """The value up to any parameters or comment, lower-cased ("auto-replied; x=1" -> "auto-replied")."""
    return re.split(r"[;(\s]", value.strip(), maxsplit=1)[0].lower()


def _said(name: str, value: str) -> str:
    """A reason quoting the header as it arrived, cut short so one field cannot flood the log."""
    value = " ".join(value.split())
    return f"{name}: {value[:80]}"


class HeaderPresent(Rule):
    """Fires when any of ``headers`` is present with a non-empty value."""

    headers: ClassVar[tuple[str, ...]]
    effect = "auto_reply"

    def check(self, item: TriageInput) -> str | None:
        for header in self.headers:
            value = item.headers.get(header, "").strip()
            if value:
                return _said(header.title(), value)
        return None


class OwnLoopHeader(HeaderPresent):
    name = "own_loop_header"
    description = "Our own automatic mail came back (it carries our X-CDOP-Loop header)."
    headers = (LOOP_HEADER,)


class AutoSubmitted(Rule):
    name = "auto_submitted"
    description = "RFC 3834 Auto-Submitted is present and not 'no' ('no' means a person wrote it)."
    effect = "auto_reply"

    def check(self, item: TriageInput) -> str | None:
        value = item.headers.get("auto-submitted", "")
        if value.strip() and _first_token(value) != "no":
            return _said("Auto-Submitted", value)
        return None


class BulkPrecedence(Rule):
    name = "bulk_precedence"
    description = "Precedence or X-Precedence is bulk, junk, list or auto_reply."
    effect = "auto_reply"
    values: ClassVar[frozenset[str]] = frozenset({"bulk", "junk", "list", "auto_reply"})

    def check(self, item: TriageInput) -> str | None:
        for header in ("precedence", "x-precedence"):
            value = item.headers.get(header, "")
            if _first_token(value) in self.values:
                return _said(header.title(), value)
        return None


class AutoresponderHeader(HeaderPresent):
    name = "autoresponder_header"
    description = "An autoresponder's own header: X-Autoreply, X-Autorespond or X-Loop."
    headers = ("x-autoreply", "x-autorespond", "x-loop")


class ResponseSuppressed(Rule):
    name = "response_suppressed"
    description = "Microsoft X-Auto-Response-Suppress: the sender asks not to be answered automatically."
    effect = "auto_reply"

    def check(self, item: TriageInput) -> str | None:
        value = item.headers.get("x-auto-response-suppress", "")
        # "None" is how Exchange writes "suppress nothing" (MS-OXCMAIL 2.1.3.2.20).
        if value.strip() and _first_token(value) != "none":
            return _said("X-Auto-Response-Suppress", value)
        return None


class ListMail(HeaderPresent):
    name = "list_mail"
    description = "Mailing-list mail (List-Id, List-Unsubscribe, ...): store it, acknowledge nothing."
    headers = ("list-id", "list-unsubscribe", "list-post", "list-subscribe", "mailing-list")


class EmptyReturnPath(Rule):
    name = "empty_return_path"
    description = "Null envelope sender (Return-Path: <>), used by bounces and RFC 3834 auto-replies."
    effect = "auto_reply"

    def check(self, item: TriageInput) -> str | None:
        value = item.headers.get("return-path")
        if value is not None and re.fullmatch(r"\s*<\s*>\s*", value):
            return "Return-Path: <>"
        return None


class DaemonSender(Rule):
    name = "daemon_sender"
    description = "Sent by mailer-daemon@, or by postmaster@ under no personal name (delivery reports)."
    effect = "auto_reply"
    daemon: ClassVar[re.Pattern[str]] = re.compile(r"^(?:mailer[-_]?daemon|mail[-_]?daemon)(?:@|$)", re.I)
    postmaster: ClassVar[re.Pattern[str]] = re.compile(r"^post[-_]?master(?:@|$)", re.I)
    # A person may write from the postmaster role address ("Bob <postmaster@…>"); MTAs sign as these.
    machine_name: ClassVar[re.Pattern[str]] = re.compile(r"^$|mail|deliver|system|daemon|postmaster", re.I)

    def check(self, item: TriageInput) -> str | None:
        sender = _from(item)
        if "daemon" not in sender.lower() and "master" not in sender.lower():
            return None  # parsing an address costs more than every other test of this rule
        name, address = parseaddr(sender)
        address = address or item.sender
        if self.daemon.match(address) or (self.postmaster.match(address) and self.machine_name.search(name)):
            return f"sender {address[:80]}"
        return None


class ContentTypeRule(Rule):
    """Fires when the top-level Content-Type matches ``pattern``."""

    pattern: ClassVar[re.Pattern[str]]
    effect = "auto_reply"

    def check(self, item: TriageInput) -> str | None:
        content_type = " ".join(item.content_type.lower().split())
        return f"Content-Type: {content_type[:80]}" if self.pattern.match(content_type) else None


class DeliveryReport(ContentTypeRule):
    name = "delivery_report"
    description = "An RFC 3464 delivery status notification (multipart/report; report-type=delivery-status)."
    pattern = re.compile(
        r"(?:multipart/report\b.*\breport-type=\"?delivery-status|message/delivery-status\b)")


class MachineReport(ContentTypeRule):
    name = "machine_report"
    description = "Any other machine report: read receipt, abuse feedback (multipart/report)."
    pattern = re.compile(r"(?:multipart/report|message/(?:feedback-report|disposition-notification))\b")


class FailedRecipients(HeaderPresent):
    name = "failed_recipients"
    description = "X-Failed-Recipients names addresses our mail could not reach (Exim bounces)."
    headers = ("x-failed-recipients",)


class SubjectStart(Rule):
    """Fires when the subject starts with one of a machine's stock prefixes."""

    pattern: ClassVar[re.Pattern[str]]

    def check(self, item: TriageInput) -> str | None:
        match = self.pattern.match(item.subject)
        return f"subject starts {match.group(1)!r}" if match else None


class BounceSubject(SubjectStart):
    name = "bounce_subject"
    description = "Subject of a delivery failure ('Undeliverable:', 'Mail delivery failed', ...)."
    effect = "auto_reply"
    pattern: ClassVar[re.Pattern[str]] = re.compile(
        r"\s*(undeliverable\b|undelivered mail|delivery status notification"
        r"|permanent delivery failure"
        r"|mail delivery failed|returned mail\b|delivery failure|failure notice"
        r"|delivery notification|non[- ]?delivery|mail system error|delivery has failed"
        r"|message delivery failure|mail delivery (?:system|subsystem)|delayed mail"
        r"|warning: could not send|unzustellbar|non remis|não entregue|delivery delayed\b"
        # "Relayed: <our subject>": delivered, with no report from the far server
        r"|relayed:)", re.I)


class AutoReplySubject(SubjectStart):
    name = "auto_reply_subject"
    description = "Subject of an out-of-office, auto-reply or read receipt ('Automatic reply:', 'Read:')."
    effect = "auto_reply"
    pattern: ClassVar[re.Pattern[str]] = re.compile(
        # "Out of office: <subject>", not "Out of office next week - quick question first"
        r"\s*(automatic reply(?!\s*(?:\?|keeps|again|from (?:your|you)\b))"
        r"|auto[- ]?reply\b(?!\s*(?:\?|question|again|keeps))|auto[- ]?response\b|auto:"
        r"|(?:out of (?:the )?office|ooo)(?=\s*(?:$|[:(\[]|auto ?reply|reply\b(?!\s*\?)|until\b|returning\b))"
        r"|autosvar|abwesenheitsnotiz|read:|\[auto generated\]|automatyczna odpowied"
        r"|réponse automatique|risposta automatica|respuesta automática|automatisch antwoord"
        r"|automatische antwort|vacation reply|on vacation\b|not read:|resposta automática"
        r"|răspuns automat|automatinis atsakymas|odpowied[zź] automatyczna|automatisk svar"
        r"|frånvaro|fravær|automaattinen vastaus|poissaolo|ymateb awtomatig|ateb awtomatig|fuori ufficio"
        r"|poza biurem|ਸਵੈਚਲਿਤ ਜਵਾਬ|સ્વચાલિત જવાબ|સ્વયંસંચાલિત જવાબ|maklum balas automatik|balasan automatik|स्वचालित उत्तर|স্বয়ংক্রিয় উত্তর|خودکار جواب|جواب خودکار"
        r"|پاسخ خودکار"
        r"|رد تلقائي|رد آلي"
        r"|(?:read|return|delivery) receipt(?=\s*(?:$|[:(\[-]))"
        r"|delivered:|gelezen:|przeczytano:|letto:|gelesen:|leído:|lido:"
        r"|dostarczono:|zugestellt:|afwezig\b|abwesend\b|تمت القراءة:"
        r"|自動応答|自动回复|自動回覆|automatická odpov|otomatik (?:yanıt|cevap)|automatikus válasz"
        r"|automātiskā atbilde|автоматичн(?:а|ий) відповідь|автоматический ответ|автоматичен отговор"
        r"|trả lời tự động|자동 회신|자동 응답|automatski odgovor|automaatne vastus|përgjigje automatike"
        r"|αυτόματη απάντηση|awtomatikong (?:tugon|sagot))", re.I)


class CalendarResponseSubject(SubjectStart):
    name = "calendar_response_subject"
    description = "Subject of a calendar response with no note from its sender ('Declined: Panel meeting')."
    effect = "auto_reply"
    pattern: ClassVar[re.Pattern[str]] = re.compile(r"\s*((?:tentatively )?accepted:|declined:|tentative:)", re.I)
    # "Accept with response" puts a person's note in the body, and a person wants an answer.
    most_words = 3

    def check(self, item: TriageInput) -> str | None:
        return super().check(item) if len(item.body.split()) <= self.most_words else None


class VoicemailSubject(SubjectStart):
    name = "voicemail_subject"
    description = "Subject of a phone system's voicemail email ('Voice Message from 07700 900123')."
    effect = "auto_reply"
    # Not an echo: the transcript is a caller's own words, and a notification in it still counts.
    pattern: ClassVar[re.Pattern[str]] = re.compile(
        r"\s*(vm: \+?\d|(?:new )?voice ?(?:mail|message)(?: message)?(?: transcript(?:ion)?)? (?:from (?:\+?\d|withheld|unknown|private"
        r"|anonymous)|\(\d{1,2}:\d\d\))"
        # "Voicemail to email: 1 new message", "Voice message - 0:58"
        r"|voice ?(?:mail|message) to e-?mail\b|voice ?(?:mail|message)\s*[-–:]\s*\d{1,2}:\d\d\b)", re.I)


_FORWARDED = re.compile(r"^[ \t>]*(?:-{2,} ?(?:Forwarded|Original) message ?-*|Begin forwarded message:)",
                        re.I | re.M)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.M)
# A person showing what an auto-reply said puts it in quotes after a colon: "this is what my out
# of office said: \"I am out of the office until Monday...\""
_QUOTED_PASSAGE = re.compile(r":\s*[\"“][^\"“”]{20,800}[\"”]")


class PhraseRule(Rule):
    """Fires on a machine's stock phrasing near the top of the body."""

    # Phrases, each with the words (lower case) one of which it cannot match without (none:
    # always run it). Each phrase has its own words because an expression's cost grows with its
    # alternatives, and a common word of one phrase should not run all the others.
    phrases: ClassVar[GuardedSet]
    effect = "auto_reply"

    def check(self, item: TriageInput) -> str | None:
        return self._reason(item, None)

    def _reason(self, item: TriageInput, doc: Doc | None) -> str | None:
        # Every phrase rule reads the same top of the body: kept with the message's doc, where
        # there is one, so only the first rule finds it.
        window, lowered, present = kept(doc, _TOP, lambda: _top_of_body(item.body[:TEXT_WINDOW]))
        for phrase in self.phrases.runnable_with(present):
            match = phrase.search(window, lowered)
            if match:
                return f"text says {match.group(0)!r}"
        return None


def _phrases(*groups: tuple[tuple[str, ...], str]) -> GuardedSet:
    return GuardedSet([guarded([needles] if needles else [], pattern) for needles, pattern in groups])


@functools.lru_cache(maxsize=4)
def _top_of_body(head: str) -> tuple[str, str, frozenset[str]]:
    """The text every phrase rule reads, spaces collapsed, in lower case too, and the guard words
    of every phrase rule it holds: found once a message, not once a rule."""
    # A person forwarding or quoting machine mail writes above or around it, and wants an answer.
    above = _QUOTED_LINE.sub("", _FORWARDED.split(head, maxsplit=1)[0])
    window = " ".join(_QUOTED_PASSAGE.sub(":", above).split())
    lowered = window.lower()
    return window, lowered, _phrase_words().found(lowered)


@functools.cache
def _phrase_words() -> WordFinder:
    """Every phrase rule's guard words, in one finder (built on first use, once all are defined)."""
    return WordFinder(word for rule in _kinds(PhraseRule) for phrase in rule.phrases.items
                      for needs in phrase.needs for word in needs)


def _kinds(rule: type[PhraseRule]) -> Iterator[type[PhraseRule]]:
    for kind in rule.__subclasses__():
        yield kind
        yield from _kinds(kind)


class OutOfOfficeText(PhraseRule):
    name = "out_of_office_text"
    description = "Out-of-office phrasing ('I am out of the office', 'on annual leave until', ...)."
    # Phrases tie absence to a return date or to mail handling: a parent writing "I'm on leave"
    # about their own life must not lose the acknowledgement.
    phrases = _phrases(
        (("out of office", "out of the office"), r"\b(?:i am|i'm|i’m) (?:currently )?out of (?:the )?office\b"),
        (("annual leave",), r"\bon annual leave (?:until|till|returning)\b"),
        (("limited access",), r"\blimited access to (?:my )?e-?mails?\b"),
        (("auto",), r"\bthis is an? (?:automated|automatic|auto-generated) (?:response|reply|message|e-?mail)\b"
                    r"|\bthis is (?:the|my) auto[- ]?(?:reply|response|text)\b"),
        (("return",),
         r"\bi (?:will|shall) (?:respond|reply|get back to you) (?:to your (?:e-?mail|message) )?"
         r"(?:when|on|upon|after) (?:my|i) return"),
        (("away from",), r"\bi am away from (?:the|my) (?:office|desk) (?:until|and will)\b"),
        (("ufficio", "swyddfa", "biurem"),
         r"\bfuori ufficio (?:fino al|dal)\b|\ballan o'r swyddfa (?:tan|hyd)\b|\bjestem poza biurem\b"),
        # phones' and mail apps' own stock replies
        (("auto", "رد", "sent automatically", "forwarded"),
         r"^\W{0,3}(?:auto[- ]?reply\b|رد آلي|رد تلقائي)|\(auto[- ]?reply\)|\bsent automatically by\b"
         r"|\bthis message was sent automatically\b"
         r"|\bthis (?:message|e-?mail) was (?:automatically forwarded|forwarded automatically)\b"),
        (("driving", "silenced", "focus is on"),
         r"\bi'?m driving (?:with driving focus|right now and will|at the moment and will)"
         r"|\b(?:i have )?notifications (?:are )?silenced\b|\b(?:sleep|driving|work|personal) focus is on\b"),
        # a phone's stock answer to a declined call is the whole message
        (("talk", "meeting", "call", "driving"),
         r"^\W*(?:sorry,? )?(?:i )?can'?t talk (?:right )?now\W*(?:(?:call me later|what'?s up"
         r"|i'?ll call you (?:back|later|back later))\W*)?$"
         r"|^\W*(?:(?:hi|hello),? )?(?:sorry,? )?i'?m in a meeting\W*(?:(?:i'?ll|will|i will) (?:call|text|ring)"
         r" (?:you )?(?:back|later)"
         r"(?: soon)?\W*)?$"
         r"|^\W*i'?ll call you (?:right back|back|later)\W*$"
         r"|^\W*can'?t talk\W+call (?:u|you) later\W*$|^\W*driving\W+(?:will|i'?ll) (?:reply|call|text)"
         r" (?:you )?when (?:parked|i'?ve parked|i stop)(?: up)?\W*$"),
        # a phone's away text is the whole message: "Thank u 4 ur message. Im away from my phone at
        # the mo. Will reply asap. Lisa x", "I'm on annual leave. Back 2nd Dec. Jen"
        (("thank",),
         r"^\W*thank(?:s| you| u)(?: for| 4) (?:your|ur) (?:msg|message|text)\W+(?:i'?m|im|i am) (?:at work|away from"
         r" (?:my|the) phone(?: at the mo(?:ment)?)?|busy|unavailable)(?: (?:til|till|until) \w+)?(?:,? and (?:can'?t|cant"
         r"|cannot|won'?t|wont) (?:reply|respond|answer|talk)(?: right now| now)?)?[.!]?(?: (?:i'?ll|will|i will) (?:reply"
         r"|get back to you|text you back|call you back)(?: asap| soon| later| when i can)?[.!]?)?(?: \w+)?(?: x+)?\W*$"),
        (("back",),
         r"^\W*(?:i'?m|im|i am) (?:on (?:annual )?leave|off sick|on holiday|away)\W+back (?:on |from |when )?[^.!?]{1,25}"
         r"[.!]?(?: \w+)?\W*$"),
        # the same stock answers in the other languages families write in
        (("puedo hablar", "mluvit", "volan", "răspunde", "raspunde", "posso parlare", "peux pas parler",
          "rozmawia", "conduis", "conduciendo", "prowadz", "richiamo"),
         r"^\W*(?:lo siento,? )?no puedo hablar(?: ahora| en este momento)?\W*"
         r"(?:(?:te|le) (?:llamo|llamaré|llamare) (?:más tarde|mas tarde|luego)\W*)?$"
         r"|^\W*nemohu (?:teď|ted) mluvit\W*(?:zavolám|zavolam) (?:později|pozdeji)\W*$"
         r"|^\W*nu pot (?:răspunde|raspunde|vorbi) acum\W*(?:sunt la volan\W*)?"
         r"(?:te sun (?:eu )?mai (?:târziu|tarziu)\W*)?$"
         r"|^\W*non posso parlare (?:ora|adesso)\W*(?:ti richiamo (?:più tardi|dopo)\W*)?$"
         r"|^\W*je ne peux pas parler (?:maintenant|pour le moment)\W*(?:je (?:te|vous) rappelle(?: plus tard)?\W*)?$"
         r"|^\W*nie mog(?:ę|e) (?:teraz )?rozmawia(?:ć|c)\W*(?:oddzwoni(?:ę|e)(?: później| pozniej)?\W*)?$"
         r"|^\W*prowadz(?:ę|e) (?:samoch(?:ó|o)d|auto)\W*(?:odpisz(?:ę|e)|oddzwoni(?:ę|e))[^.!?]{0,40}\W*$"
         r"|^\W*je conduis\W*(?:je (?:vous|te) (?:répondrai|repondrai|rappellerai|rappelle)[^.!?]{0,40}\W*)?$"
         r"|^\W*estoy conduciendo\W*(?:te|le) (?:respondo|contesto|llamo)[^.!?]{0,40}\W*$"
         r"|^\W*sono (?:occupat[oa] )?in riunione\W*(?:ti|la) richiamo[^.!?]{0,30}\W*$"),
        # a closure or a retired account, with when (or whether) mail is read
        (("checked", "be read", "not read", "monitored", "answered"),
         r"\b(?:this )?(?:inbox|mailbox|e-?mails?(?: received)?)(?: during the (?:holidays?|closure))?"
         r" (?:will not|won't|are not|is not) (?:be )?(?:checked|read|monitored|answered) (?:until|while|during)\b"),
        (("no longer",), r"\bno longer (?:check|monitor|use) this (?:account|mailbox|inbox|e-?mail address)\b"),
        # away until a date, in the other languages colleagues abroad write in
        (("休假", "отпуске", "plecat", "jashtë zyrës", "odmoru", "puhkusel", "휴가", "nghỉ phép", "urlaub",
          "vacances", "vacaciones", "ferie", "urlopie"),
         r"休假[，,]?\s*期[间間]|(?:正在|目前)休假|休假中|в отпуске до|plecat din birou|jashtë zyrës deri"
         r"|godišnjem odmoru do|olen puhkusel|휴가 중(?:이며|이라|입니다)|nghỉ phép đến|\bim urlaub bis\b"
         r"|\bbefinde mich im urlaub\b|\ben vacances jusqu|\bde vacaciones hasta\b|\bin ferie fino\b"
         r"|\bna urlopie do\b"),
    )


class DeliveryFailureText(PhraseRule):
    name = "delivery_failure_text"
    description = "Delivery-failure phrasing ('could not be delivered', 'delivery has failed', ...)."
    # Each phrase with words of its own: a guard shared by all ("5.", "failed") would run every
    # phrase on most mail.
    phrases = _phrases(
        (("deliver",),
         r"\b(?:message|e-?mail|mail) (?:could not|couldn't|can ?not|was not|wasn't) be(?:en)? delivered\b"
         r"|\bdelivery (?:has failed|to the following recipients? (?:failed|has been delayed))\b"
         r"|\bcreated automatically by mail delivery software\b"
         r"|\bundeliverable to the following\b"
         r"|\bcould not be delivered to:? ?<"
         r"|\byour (?:message|text|sms) to \+?\d[\d ]{6,} (?:could not|couldn't|was not|has not been)"
         r" (?:be )?delivered\b"
         r"|^\W*(?:msg|message|sms|text) not delivered to \+?\d[\d ]{6,}"),
        (("mail system", "mailsystem"), r"\bthis is the mail ?system at host\b"),
        (("permanent",), r"\bpermanent (?:fatal )?errors?\b.{0,40}\brecipients?\b"),
        (("no such user", "valid user"), r"\bno such user here\b|\bnot a valid user here\b"),
        ((" 5.", "-5.", "requested action"), r"\b5\d\d[ -]+(?:5\.\d{1,3}\.\d{1,3}\b|requested action not taken)"),
        (("number you", "in service", "reachable"),
         r"\b(?:the )?(?:mobile )?number you (?:have )?(?:texted|sent (?:a message )?to|messaged)"
         r" is (?:not|no longer)\b"
         r"|\bthis number is no longer in service\b|\bnot reachable at this time\b"),
        (("failed",),
         r"^\W*message (?:delivery )?failed\b"
         # a carrier's text: "Delivery failed: message to +447700900558 expired"
         r"|^\W*delivery failed\W[^.!?\n]{0,30}(?:\bto )?\+?\d[\d ]{8,15}\b"),
        # a phone's own line, or a server's subject texted on: "Undeliverable: recipient mailbox full";
        # or the whole text, maybe after the same in the phone's own language: "Mesajınız iletilemedi.
        # Message not delivered."
        (("not sent", "not delivered", "undeliverable"),
         r"\bnot sent\. tap to (?:try again|retry)\b|^\W*undeliverable:"
         r"|^[^\n]{0,40}\b(?:msg|message) not (?:sent|delivered)\W*$"),
        (("mailer-daemon",), r"^\W*mailer-daemon\b"),
        # an SMS gateway's receipt (SMPP's final states)
        (("status=",), r"\bstatus=(?:delivrd|undeliv|expired|rejectd|deleted)\b"),
        (("queued",), r"\bis still queued on our server\b"),
    )


class SystemMessageText(PhraseRule):
    name = "system_message_text"
    description = "A calendar response, read receipt, sign-in code, voicemail or text opt-out confirmation."
    phrases = _phrases(
        (("accepted", "declined"), r"\bhas (?:tentatively )?(?:accepted|declined) (?:this|your) (?:meeting|invitation)\b"),
        (("event has been", "following event"),
         r"\bthis event has been changed\b|\byou have been invited to the following event\b"),
        (("was read", "being read"), r"\bwas (?:read|deleted without being read) on \d"),
        (("code",),
         r"\b(?:verification|login|security|sign-in|one-time) code(?: is|:)\s*\d"
         r"|^\W*(?:[a-z]-)?\d{4,8} is your (?:\w+ )?(?:verification|login|security|sign-in|one-time) code\b"),
        (("longer receive",), r"\byou will no longer receive (?:text )?messages from\b"),
        (("voicemail", "voice mail", "voice message"), r"\byou (?:have )?received a (?:new )?voice ?(?:mail|message)\b"),
        # a read receipt texted back: the whole message is "Read: <our subject>"
        (("read:",), r"^\W*read: [^.!?]{1,80}$"),
        (("read ",), r"^\W*read \d{1,2}:\d\d\W*$"),
        (("accepted", "declined"), r"^\W*[^.!?]{0,60} has (?:tentatively )?(?:accepted|declined)\.?\s*$"),
        (("recall",), r"\bwould like to recall the message\b"),
        (("proposed",), r"\bproposed a new time for this (?:meeting|event)\b"),
        (("cancel",), r"\bthis meeting has been cancel+ed\b"),
        (("meeting request",), r"\bhas forwarded your meeting request\b|\byour meeting request was accepted\b"),
        # a chat widget's own lines
        (("in the queue", "inactivity", "closed automatically", "left the chat", "joined the chat", "[system]",
          "[automated", "[offline message]", "outside opening hours", "is typing", "rate your", "chat ended"),
         r"\byou(?: are|'re)(?: now)? (?:number \d+ )?in the queue\b"
         r"|\b(?:this )?(?:conversation|chat) (?:has been |was )?closed (?:due to|after) (?:\d+ minutes of )?inactivity\b"
         r"|\bchat closed automatically\b|\bvisitor (?:has )?left the chat\b|^\W*\[(?:system|automated|offline message)\b[^\]\n]{0,60}\]"
         r"|\bleft outside (?:our )?opening hours\b"
         r"|^\W*chat ended by (?:the )?(?:visitor|agent|user|operator)\b"
         r"|^\W*(?:agent \S+(?: \S+)? has joined the chat|visitor is typing|rate your (?:chat )?experience)\b"),
        (("sign-in", "mailbox is", "password will", "snooze"),
         r"\bwe noticed a new sign-in\b|^\W*your mailbox is (?:almost |nearly )?full\b"
         r"|\bpassword will expire in \d+ days?\b|\bsnooze\s*\|\s*dismiss\b"),
    )


class RelayNoticeText(PhraseRule):
    name = "relay_notice_text"
    description = "A voicemail, fax, text-relay or secure-mail system's notice of a message waiting or attached."
    # Each phrase with needles of its own: "voice" alone is in every invoice, "delivered" and
    # "mailbox" in much mail that is no notice.
    phrases = _phrases(
        (("voicemail", "voice mail", "message in"),
         r"\bvoice ?mail notification\b|\bnew voice ?mail\b|\bnew (?:voice ?)?message in (?:voice ?)?mailbox\b"
         r"|\bteams voice ?mail\b|^\W*voice ?mail transcript(?:ion)?\s*\((?:automated|auto|automatic)\b"
         r"|^\W*you(?:'ve| have) reached the voice ?mail of\b"),
        # a transcript's label; "sorry, I'm using speech to text" is a person
        (("speech", "voice-to", "voice to"), r"\b(?:speech|voice)[- ]to[- ]text\b(?: \([^)]{0,40}\))?:"),
        (("fax",),
         r"\bnew fax (?:for|from|received)\b|\byou have received an? (?:\d+[- ]page )?fax\b|\bfax to e-?mail service\b"
         r"|\bfax server notification\b|^\W*incoming fax\b"),
        # "Voicemail to text: ...", "VOICEMAIL 07:02 from 07700 900 227", "Missed call from 01772 555 622."
        (("voicemail", "voice mail", "vm to"),
         r"^\W*(?:voice ?mail|vm)[- ]to[- ](?:text|e-?mail)\s*:|\bthis is the voice ?mail[- ]to[- ](?:text|e-?mail) service\b"
         r"|^\W*voice ?mail (?:\d{1,2}:\d\d from\b|from \+?\d[\d ]{6,}\s*:)"),
        (("missed call",), r"^\W*missed call from \+?\d[\d ]{6,}"),
        # a web form's or a coroner's system relaying what was submitted
        (("relay", "auto-notice"), r"\bform submission relay\b|^\W*automated relay from\b|\bauto-notice:"),
        (("delivery report",), r"^\W*delivery report\b"),
        (("transcribed",), r"\bthis (?:message|voice ?mail|voice message) was (?:automatically|auto-?) ?transcribed\b"),
        (("voicemail", "voice mail", "voice message", "voicemessage"),
         r"^\W*(?:new )?voice ?(?:mail|message)(?: transcript(?:ion)?)?\s*(?:\(\d{1,2}:\d\d\)\s*from\b"
         r"|from [^\n]{3,40}\(\d{1,2}:\d\d\))"),
        (("inbound",), r"\binbound (?:sms|text|message) (?:received|forwarded)\b"),
        (("replies to this",), r"\breplies to this e-?mail will not be (?:sent|delivered)\b"),
        (("reply received from",), r"\breply received from \+?\d[\d ]{6,} to (?:your campaign\b|\w+:)"),
        # the notice itself, not a person's question above a quoted one
        (("secure message", "sent you a", "encrypted", "secure e", "protected e", "protected m"),
         r"^\W*(?:you have (?:a )?new secure message\b|[^.!?]{0,80}\bhas sent you a (?:protected|secure|encrypted)"
         r" (?:e-?mail|message)\b|you have received an? (?:secure|encrypted|protected) (?:e-?mail|message) from\b)"),
        (("egress",), r"\bsent using egress\b"),
        (("submission has been", "new response"),
         r"\ba new (?:form )?submission has been received from\b|\ba new response has been submitted to your form\b"),
        # a form's echo opens with it; "on the copy of the form you sent me" is a person
        (("copy of",),
         r"^\W*this is (?:a|an automatic|an automated) copy of (?:the|your) (?:form|submission|message|enquiry)"
         r" (?:you )?(?:submitted|sent)\b"),
        (("delivered", "was read", "read by"),
         r"^\W*(?:msg|message|sms|text) delivered\b.{0,30}\bto \+?\d[\d ]{6,}(?: at [\d:/ ]+)?\W*$"
         r"|^\W*(?:msg|message|sms|text) to \+?\d[\d ]{6,} delivered\b[\d:/ ]*$"
         r"|^\W*(?:\w+\.\s+)?(?:(?:msg|message|sms|text) )?delivered [\d/]*\s*\d{1,2}:\d\d\W*$"
         r"|^\W*delivered: your (?:message|text|sms) to\b"
         r"|\byour (?:message|text|sms) to \+?\d[\d ]{6,} was (?:delivered at|read)\b"
         r"|^\W*(?:your|ur) (?:message|msg|text|sms) (?:was|has been) read by (?:the )?recipient\W*$"),
    )


class AcknowledgementText(PhraseRule):
    name = "acknowledgement_text"
    description = "A help desk's or office's automatic receipt ('your enquiry reference is', 'we aim to respond within')."
    phrases = _phrases(
        (("thank you for contacting", "thank you for emailing", "thank you for your e", "thank you for your message",
          "thank you for your enquiry"),
         r"\bthank you for (?:contacting|emailing|your (?:e-?mail|message|enquiry))\b.{0,160}?"
         r"\b(?:we|our \w+ team|the \w+ team|a member of (?:our|the) team) (?:aim to|will|'ll|shall)"
         r" (?:respond|reply|be in touch|get back to you|answer)\b.{0,40}?\bwithin\b"),
        (("your request", "your enquiry", "your ticket", "your case", "your query"),
         r"\byour (?:request|enquiry|ticket|case|query)(?: reference| number| ref)?(?: #?[A-Z]{0,4}\d{3,})?"
         r" (?:is [A-Z]*-?\d"
         r"|\(?#\d|has been (?:received|logged|resolved|marked as solved))"),
        (("been received", "been logged", "automatically"),
         r"\bhas been (?:received|logged) (?:and will|under reference)\b"
         r"|\b(?:has been|will be) (?:closed|resolved) automatically\b|\bit will close automatically\b"),
        # opening the message: a person quoting one writes something first
        (("have received your", "has been received by"),
         r"^\W*(?:[^.!?]{0,80}[.!?] )?(?:we have received your (?:e-?mail|message|enquiry)\b.{0,80}?\b(?:will|'ll)"
         r" (?:respond|reply|be in touch|get back to you)\b|your (?:e-?mail|message|enquiry) has been received by\b)"),
        # an office's stock line about a delay, straight after its thanks
        (("delay",),
         r"^\W*thank you for your (?:e-?mail|message)\.? (?:[^.!?]{0,120}[.!?] )?[^.!?]{0,100}\b(?:may|might|will)"
         r" be a (?:short |slight |brief )?delay (?:before|in) (?:we|our|replying|responding|getting)\b"),
        (("for you", "incident"),
         r"\b(?:a )?(?:support )?(?:case|ticket) has been (?:opened|created|raised|logged) for you\b"
         r"|\byour incident [A-Z]{2,5}\d{4,} (?:has been|was) updated\b"),
    )


class ChallengeText(PhraseRule):
    name = "challenge_response_text"
    description = "A challenge-response spam filter asking the sender to verify themselves."
    phrases = _phrases(
        (("link", "delivery", "protected"),
         r"\b(?:click|follow) (?:on )?the (?:following )?link (?:below )?"
         r"to have your (?:e-?mail )?address added"
         r"|\bto ensure delivery of your (?:e-?mail|message)\b"
         r"|\bthis (?:account|mailbox) is protected by\b"),
    )


class AutomatedNoticeText(PhraseRule):
    name = "automated_notice_text"
    description = "A system's or mailing list's stock lines ('please do not reply to this email', 'unsubscribe', ...)."
    # Lines no person writes of their own message: a parent never asks not to be replied to.
    phrases = _phrases(
        (("do not reply",),
         r"\b(?:please )?do not reply (?:directly )?to this (?:e-?mail|message|notification|address|number)\b"),
        (("monitored", "in use"),
         r"\bthis (?:e-?mail address|mailbox|inbox|number) is (?:not|no longer) (?:monitored|in use)\b"),
        (("automat", "generated"),
         r"\bthis (?:is an? )?(?:automated|automatic|auto-generated|system-generated|computer-generated)"
         r" (?:notification|notice|alert|reminder)\b"),
        (("because",),
         r"\byou (?:are receiving|have received|received) (?:this (?:e-?mail|message|newsletter|bulletin"
         r"|notification|reminder|alert|digest)|it) because\b"
         r"|\byou(?: are|'re) (?:receiving|getting) this(?: e-?mail| message)? because you"
         r" (?:joined|subscribed|signed up|registered|opted in)\b"),
        # a bulk text ends on its opt-out line and shouts the keyword; a person writes "please stop
        # texting me", or asks what "reply STOP" means
        (("stop", "remove", "unsub"),
         r"\b(?:text|txt|reply|send|sms)(?: (?-i:[A-Z]{2,12}) or)? (?-i:STOP|STOPALL|REMOVE|UNSUBSCRIBE|UNSUB)\b"
         r"[^.!?]{0,80}[.!?]?\W*$"
         r"|\bor (?-i:STOP|STOPALL) to (?:opt[- ]?out|unsubscribe|end|cancel)\W*$"),
        # "I meant to unsubscribe from a different list" is a person
        (("unsubscribe",),
         r"(?<!meant )(?<!want )(?<!wanted )(?<!trying )(?<!tried )(?<!like )(?<!how )"
         r"\b(?:to |click here to |you can )unsubscribe\b"
         r"|\bunsubscribe (?:here|below|from (?:this|these|our))\b|\bto subscribe or unsubscribe\b"
         r"|[.!?|/] unsubscribe\.?$"  # a list footer's last word; "please unsubscribe me" is a person
         r"|\bunsubscribe at any time\W*$"),
        (("to be removed",), r"\bto be removed(?: from (?:this|the|our) (?:\w+ )?list)?,? (?:click|follow|use|reply)\b"),
        # "generated by the NWAS Safeguarding Team" is people
        (("generated by",),
         r"\bgenerated by (?:the )?[\w-]+(?: [\w-]+){0,2} (?:batch job|batch run|nightly run|scheduled (?:job|task))\b"
         r"|\bthis (?:message|e-?mail|alert|notification) (?:is|was|has been) generated by (?:the |our |an? )?"
         r"(?:[\w-]+ ){0,2}(?:system|epr|platform|server|application|app|software|database|portal)\b"),
        # a list's own line opens a sentence; "I'd like to come off the list" is a person
        (("come off",), r"(?:^|[.!?]\s+)to come off (?:this|our|the) (?:e-?mail(?:ing)? |mailing )?list\b"),
        (("opt out of", "opt-out of", "hearing from us", "following this", "update your"),
         r"\bto opt[- ]out of (?:future|further|these|our) (?:e-?mails|messages|texts|mailings|communications)\b"
         r"|\bto stop hearing from us\b|\byou(?:'re| are) following this (?:document|file|page|folder|item)\b"
         r"|\bupdate your (?:e-?mail |marketing )?preferences(?: here| below| or (?:unsubscribe|stop)\b|\W*$)"),
        (("stop receiving",),
         r"\bto stop receiving (?:\w+ ){0,3}(?:news|e-?mails|messages|updates|texts|these)\b"),
        # a phone's canned reply signs itself: "On nights. Will reply after 2pm. (auto)"
        (("(auto",), r"\((?:auto|auto-?reply|auto-?response|automatic reply)\)\W*$"),
        # bulk texts and list mail in other languages: the opt-out keyword and short code, or the word
        (("stop", "ret", "td", "unsub", "退订", "અનસબ", "стоп"),
         r"\b(?-i:STOP|STOPALL|RET|TD|UNSUB|OPTOUT|СТОП)\b[^.!?\n]{0,30}\b\d{4,6}\b|退订|અનસબ્સ્ક્રાઇબ"
         r"|\bunsubscribe (?=[^\x00-\x7f])"),
        # a carrier's text about a text: "Delivery report: message to +447700900558 read"
        (("delivery",),
         r"^\W*delivery (?:receipt|report)\W[^.!?\n]{0,30}\bto \+?\d[\d ]{8,15}\b"),
        (("replies",),
         r"\breplies (?:to this (?:e-?mail|message|address) )?(?:are|will be) (?:discarded|not (?:read|monitored))\b"),
        (("iscrizione", "désabonner", "desabonner", "désinscrire", "baja", "abmelden", "abbestellen", "wypisa",
          "subscrição", "zrezygnowa", "dezabon", "odhlás", "odhlas", "hủy đăng ký", "danysgrif", "за отписване"),
         r"\bper annullare l'iscrizione\b|\b(?:pour )?(?:vous|se) (?:désabonner|desabonner|désinscrire)\b"
         r"|\b(?:para|puede) darse de baja\b"
         r"|\baby zrezygnowa(?:ć|c) z (?:wiadomo(?:ś|s)ci|subskrypcji|newslettera)\b"
         r"|\b(?:hier|newsletter) (?:abmelden|abbestellen)\b|\baby si(?:ę|e) wypisa(?:ć|c)\b"
         r"|\bcancelar a subscrição\b|\bpentru dezabonare\b|\bodhl(?:á|a)ste sa\b|\bodhl(?:á|a)si(?:ť|t)\b"
         r"|\bhủy đăng ký (?:tại đây|nhận tin)\b|\bi (?:ddad-?|dad-?)danysgrifio\b"
         r"|\bdezabonare\s*:\s*(?:r(?:ă|a)spunde(?:ț|t)i|trimite(?:ț|t)i)\b"
         # "натиснете тук за отписване": Bulgarian, click here to unsubscribe
         r"|тук за отписване"),
        (("automated",),
         r"\(automated (?:reminder|message|notification|e-?mail)\)"
         r"|\bautomated (?:message|reminder|notification) [-–] [^.!?]{0,60}$"),
        # monitors and scripts that post the form to see that it works
        (("automated", "synthetic", "uptime", "healthcheck", "scheduled test", "statuscake"),
         r"\b(?:automated|synthetic) (?:uptime |health ?|monitor(?:ing)? )?(?:test )?(?:check|test|submission|post)\b|\buptime check\b|\bstatuscake\b"
         r"|\bhealthcheck-bot\b|\bscheduled test of (?:the |our |your )?(?:enquiry |contact |web )?form\b"),
        (("preferences", "subscription"),
         r"\bmanage (?:your )?(?:e-?mail |subscription |notification )?(?:preferences|subscriptions?)\b"),
        (("browser",), r"\bview (?:this|it) (?:e-?mail )?in your (?:web )?browser\b"),
        (("/unsubscribe",), r"\S+/unsubscribe\b"),
        (("is your",), r"\bis your (?:verification|security|one[- ]time|login|sign[- ]in) (?:code|passcode|pin)\b"),
        (("unsubscribe",),
         r"(?:^|[.!?|] )unsubscribe (?:or |\| |from (?:\w+ ){0,3}"
         r"(?:mailings?|e-?mails|lists?|updates|newsletters?)\b)(?!\W*(?:thx|thanks|ta|please|pls|cheers)\b)"),
        (("topics of the day", "totalling", "what we got"),
         r"\btopics of the day:|\bmessages totalling \d+ lines\b|\bhere'?s what we got from you\b"),
        (("generated", "sent automatically", "system message", "system notification", "system e"),
         r"\bthis (?:e-?mail|message|report|notification|alert) (?:is|was|has been) (?:automatically generated"
         r"|generated automatically|sent automatically)\b|\bthis is an? (?:automatically generated|system)"
         r" (?:message|e-?mail|notification)\b"),
        (("to confirm", "to cancel", "opt out"),
         r"\breply (?-i:[A-Z]{1,3}) to (?:confirm|cancel)\b[^.!?\"]{0,60}[.!?]?\W*$|\bto \d{4,6} to opt out\b"
         r"|\bdon'?t want (?:to (?:receive|get) )?these (?:e-?mails|messages|texts)\?\s*(?:opt out|unsubscribe)\b"
         r"|\b(?:text|txt|send|reply) (?-i:[A-Z]{2,12}) to \+?\d[\d ]{3,13} to opt[- ]?out\b"),
        (("quarantine", "held", "on hold"),
         r"\bquarantine (?:digest|summary|notification|report)\b"
         r"|\b\d+ (?:new )?messages? (?:(?:are|is) )?(?:being |currently )?(?:held|on hold)"
         r" (?:for (?:you to )?review|in (?:your )?quarantine)?\b"),
        (("document to", "docusign", "scanned and sent", "aggregate report", "moderator"),
         r"\bsent you a document to (?:review and )?sign\b|\bpowered by docusign\b"
         r"|\bscanned and sent to you using\b|\bthis is an aggregate report from\b"
         r"|\bis being held until the list moderator can review it\b"),
    )


class NoReplySender(Rule):
    name = "no_reply_sender"
    description = "Sent from a no-reply address, which a reply could never reach."
    effect = "auto_reply"
    # The whole local part: "noreply.ward4@" may be a person's shared mailbox.
    local_part: ClassVar[re.Pattern[str]] = re.compile(r"^(?:no|do[-_.]?not)[-_.]?reply@", re.I)

    def check(self, item: TriageInput) -> str | None:
        sender = _from(item)
        if "reply" not in sender.lower():
            return None  # parsing an address costs more than every other test of this rule
        address = parseaddr(sender)[1] or item.sender
        return f"sender {address[:80]}" if self.local_part.match(address) else None


# Checked in this order; the first that fires gives the reason shown to the team.
BOUNCE_RULES: tuple[Rule, ...] = (
    DeliveryReport(), FailedRecipients(), DaemonSender(), BounceSubject(), DeliveryFailureText(),
)
AUTO_REPLY_RULES: tuple[Rule, ...] = (
    OwnLoopHeader(), *BOUNCE_RULES, AutoSubmitted(), AutoresponderHeader(), BulkPrecedence(),
    ResponseSuppressed(), ListMail(), MachineReport(), EmptyReturnPath(), NoReplySender(),
    AutoReplySubject(), CalendarResponseSubject(), VoicemailSubject(), OutOfOfficeText(), SystemMessageText(),
    RelayNoticeText(), AcknowledgementText(), ChallengeText(), AutomatedNoticeText(),
)
# Machine mail that quotes the message it answers: its words are someone else's.
ECHO_RULES: tuple[Rule, ...] = (*BOUNCE_RULES, AutoReplySubject())
# The header names these rules read, so a parser knows which ones to keep.
RULE_HEADERS: frozenset[str] = frozenset({
    *OwnLoopHeader.headers, *AutoresponderHeader.headers, *ListMail.headers, *FailedRecipients.headers,
    "auto-submitted", "precedence", "x-precedence", "x-auto-response-suppress", "return-path", "from",
})


def _from(item: TriageInput) -> str:
    return item.headers.get("from", "") or item.sender


def _first_reason(rules: tuple[Rule, ...], item: TriageInput) -> str | None:
    """The first firing rule as "name: reason", or None."""
    for rule in rules:
        hit = rule.hit(item)
        if hit:
            logger.debug("%s %s matched %s", item.channel, item.id, hit.rule)
            return str(hit)
    return None


def auto_reply_reason(item: TriageInput) -> str | None:
    """Why this item is machine-generated (auto-reply, list mail or bounce), or None."""
    return _first_reason(AUTO_REPLY_RULES, item)


def bounce_reason(item: TriageInput) -> str | None:
    """Why this item looks like a delivery failure report, or None."""
    return _first_reason(BOUNCE_RULES, item)


def echo_reason(item: TriageInput) -> str | None:
    """Why this item is a bounce or automatic reply quoting another message, or None."""
    return _first_reason(ECHO_RULES, item)
