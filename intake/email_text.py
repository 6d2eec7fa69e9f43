"""Text from mail: charset and header decoding that never fail, HTML to text, the new part of a reply."""
from __future__ import annotations

import codecs
import logging
import re
from email.header import decode_header
from email.message import Message
from email.policy import Compat32
from html.parser import HTMLParser

import nh3

logger = logging.getLogger(__name__)

# Labels mail software writes that Python either lacks or decodes more narrowly than the sender meant.
CHARSET_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "iso-8859-8-i": "iso-8859-8", "iso-8859-6-i": "iso-8859-6",
    "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    # Outlook labels Windows-1252 text (curly quotes, euro sign) as Latin-1.
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    # 8-bit bytes under a US-ASCII label mean the label is wrong: let UTF-8, then Windows-1252, decide.
    "us-ascii": "", "ascii": "",
}

# An attribution line names a date: "On Tue, 5 Mar 2024 at 10:00, Jo <jo@x.org> wrote:" (Yahoo puts
# "--- " in front).
ATTRIBUTION = re.compile(
    r"^\s*(?:-+\s*)?(?:on|am|le|el|il|op)\s(?=[^\n]*\d)(?=[^\n]*[,@]).{4,300}"
    r"(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)\s?:\s*$", re.I)
ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|messaggio originale)"
    r"\s*-{2,}\s*$", re.I)
# Outlook's header block above the quoted original: "From: …" with "Sent:" or "Date:" close below.
OUTLOOK_FROM = re.compile(r"^\s*\*?(?:from|von|de|da|van)\s?:\*?\s", re.I)
OUTLOOK_SENT = re.compile(r"^\s*\*?(?:sent|date|gesendet|envoyé|inviato|enviado|verzonden)\s?:", re.I)
FORWARD_SUBJECT = re.compile(r"\s*(?:fwd?|fw|wg|tr|i)\s*:", re.I)
SIGNATURE_TAIL_LINES = 15
# No header the team or threading needs is longer; beyond this a field is cut.
LONG_HEADER = 16384
# What policy.default leaves when it could not decode a header: replacement marks or raw encoded words.
UNDECODED = re.compile(r"\ufffd|=\?[^?\s]+\?[bq]\?", re.I)


def codec_for(charset: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when it is unknown."""
    if not charset:
        return None
    label = charset.strip().strip('"').lower()
    label = CHARSET_ALIASES.get(label, label)
    if not label:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode body bytes: the declared charset, else UTF-8, else Windows-1252; never raises."""
    declared = codec_for(charset)
    # Mislabelled 8-bit text is mostly UTF-8; 7-bit data (ISO-2022-JP, UTF-7) always passes as UTF-8.
    utf8 = "utf-8" if re.search(rb"[\x80-\xff]", data) else None
    for codec, errors in ((declared, "strict"), (utf8, "strict"), (declared, "replace")):
        if codec:
            try:
                return data.decode(codec, errors)
            except (UnicodeError, LookupError):
                continue
    # Windows-1252 with replacement reads every byte string, and is what unlabelled 8-bit mail mostly is.
    return data.decode("cp1252", "replace")


class _TextExtractor(HTMLParser):
    """Collects visible text, with line breaks where block elements end."""

    SKIP = frozenset({"script", "style", "head", "title", "template", "noscript"})
    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                        "blockquote", "table", "ul", "ol", "pre", "hr", "section", "article"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.preformatted = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        self.preformatted += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        self.preformatted = max(0, self.preformatted - (tag == "pre"))

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # Line breaks in HTML source are spaces on screen, except inside <pre>.
            self.parts.append(data if self.preformatted else re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Readable plain text from an HTML body (scripts and styles dropped)."""
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        extractor.close()
    except (AssertionError, ValueError) as exc:  # html.parser gives up on some broken markup
        logger.info("HTML body only partly readable: %s", exc)
    lines = (" ".join(line.split()) for line in "".join(extractor.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def sanitise_html(html: str) -> str:
    """HTML safe to show the team: scripts, handlers and unknown tags removed."""
    return nh3.clean(html)


def _attribution_lines(lines: list[str], i: int) -> int:
    """How many lines (0, 1 or 2) the attribution starting at line i takes; Gmail wraps long ones."""
    if ATTRIBUTION.match(lines[i]):
        return 1
    if i + 1 < len(lines) and len(lines[i]) < 300 and ATTRIBUTION.match(f"{lines[i]} {lines[i + 1]}"):
        return 2
    return 0


def _history_starts(lines: list[str], i: int) -> bool:
    """True when line i opens unquoted history that runs to the end (Outlook's top-posting)."""
    if ORIGINAL_MESSAGE.match(lines[i]):
        return True
    return bool(OUTLOOK_FROM.match(lines[i]) and any(OUTLOOK_SENT.match(n) for n in lines[i + 1:i + 4]))


def _without_quotes(lines: list[str]) -> list[str]:
    """Lines the sender wrote: ">" quotes and their attribution dropped, history below a marker cut."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        attribution = _attribution_lines(lines, i)
        if attribution:
            following = next((n for n in lines[i + attribution:] if n.strip()), "")
            if not following.lstrip().startswith(">"):
                break  # the quoted original below is not marked with ">": it runs to the end
            i += attribution  # bottom-posted or interleaved reply: keep reading after the quote
            continue
        if _history_starts(lines, i):
            break
        if not lines[i].lstrip().startswith(">"):
            kept.append(lines[i])
        i += 1
    return kept


def _without_signature(lines: list[str]) -> list[str]:
    """Lines before a "-- " signature separator near the end."""
    tail_start = max(0, len(lines) - SIGNATURE_TAIL_LINES)
    for i in range(len(lines) - 1, tail_start - 1, -1):
        if lines[i].rstrip() == "--":
            return lines[:i]
    return lines


def new_text(text: str, subject: str | None = None) -> str:
    """The text the sender wrote now: quoted history and signature removed.

    A forward keeps the forwarded part: "FYI" above a forwarded death notification must not hide it
    from triage.
    """
    lines = text.splitlines()
    if not (subject and FORWARD_SUBJECT.match(subject)):
        lines = _without_quotes(lines)
    return "\n".join(_without_signature(lines)).strip().rstrip("_").strip()


def scrub(text: str) -> str:
    """Text safe to store: undecodable bytes the parser smuggled in as surrogates re-read, NULs dropped."""
    if re.search(r"[\ud800-\udfff]", text):
        text = decode_bytes(text.encode("utf-8", "surrogateescape"), None)
    # PostgreSQL text columns cannot hold NUL.
    return text.replace("\x00", "")


def _decode_words(value: str) -> str:
    """RFC 2047 encoded words decoded the forgiving way, unknown charsets read as UTF-8 or 1252."""
    try:
        chunks = decode_header(value)
    except (ValueError, IndexError, UnicodeError):
        return value
    return "".join(c if isinstance(c, str) else decode_bytes(c, cs) for c, cs in chunks)


def header_values(msg: Message, name: str) -> list[str]:
    """Every occurrence of a header, decoded and unfolded (cut at LONG_HEADER); never raises."""
    raws = [str(v) for k, v in msg.raw_items() if k.lower() == name.lower()]
    values = None
    # policy.default takes seconds over a 200 KB field of encoded words; the raw path does not.
    if not isinstance(msg.policy, Compat32) and all(len(v) <= LONG_HEADER for v in raws):
        try:
            values = [str(v) for v in msg.get_all(name, [])]
        # policy.default's structured header parser raises many kinds of error on broken fields.
        except Exception:  # noqa: BLE001 - the raw value below is the fallback for all of them
            logger.info("header %s unparseable with policy.default; reading it raw", name)
    if values is None or any(UNDECODED.search(v) for v in values):
        values = [_decode_words(scrub(v[:LONG_HEADER])) for v in raws]
    return [scrub(" ".join(v.split())) for v in values]


def header_value(msg: Message, name: str) -> str:
    """The first occurrence of a header, decoded; "" when absent."""
    values = header_values(msg, name)
    return values[0] if values else ""
