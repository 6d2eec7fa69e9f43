"""What the model reads of a message: one function shared by training and classifying."""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

from triage.footer import without_footer
from triage.reading import message_text, straight
from triage.types import TriageInput
from triage.word_classes import class_tokens

# Long mail is mostly quoted history and footers; the start says what it is about.
MAX_MODEL_CHARS = 3000
# Past the part the model reads, only a footer line that starts inside it still matters.
FOOTER_REACH = 200
ROLES = {"parent", "professional", "other"}
# The bag-of-ngrams model cannot take a document with no tokens.
EMPTY = ("(", "empty", "message", ")")
# Whether mail comes from an organisation or a personal account says a little about who writes.
_ORGANISATION = re.compile(r"@(?:[\w-]+\.)*(?:nhs\.(?:net|uk)|gov\.uk|police\.uk|sch\.uk|ac\.uk)$")
_PERSONAL = re.compile(r"@(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|btinternet|sky|aol"
                       r"|virginmedia|talktalk)\.")


def sender_kind(sender: str) -> str:
    address = sender.strip().lower().rstrip(">")  # "Name <a@b>" as well as "a@b"
    if _ORGANISATION.search(address):
        return "sender_org"
    return "sender_personal" if _PERSONAL.search(address) else ""


@dataclass(frozen=True)
class ModelText:
    """Where it came from and the role chosen, the doc's first ``length`` tokens (the subject and
    the body above its footer, lower-cased), then the word classes of those words."""

    lead: tuple[str, ...]
    doc: Doc
    length: int
    classes: tuple[str, ...]

    def words(self) -> list[str]:
        """The tokens as words, for training docs."""
        if not self.length:
            return list(EMPTY)
        return [*self.lead, *(token.lower_ for token in self.doc[:self.length]), *self.classes]

    def hashes(self) -> numpy.ndarray:
        """The same tokens as the string hashes the model's n-grams are built from."""
        if not self.length:
            return _hashes(EMPTY)
        lowers = self.doc.to_array(LOWER)[:self.length]
        return numpy.concatenate([_hashes(self.lead), lowers, _hashes(self.classes)])


def model_text(item: TriageInput, doc: Doc) -> ModelText:
    """What the model reads of ``item``, whose message text ``doc`` is (``triage.reading``)."""
    subject = len(item.subject) + 2 if item.subject else 0  # the blank line after it
    body = without_footer(item.body[:MAX_MODEL_CHARS + FOOTER_REACH])
    # As read: no trailing space for the closing " ." to stand in, and straight apostrophes.
    head = message_text(item.subject, body)[:MAX_MODEL_CHARS].rstrip()
    if not head:
        return ModelText((), doc, 0, ())
    length = int(numpy.searchsorted(doc.to_array(IDX), len(head)))
    words = straight(head.lower())
    role = f"role_{item.role}" if item.role in ROLES else ""
    lead = tuple(t for t in (f"channel_{item.channel}", sender_kind(item.sender), role) if t)
    return ModelText(lead, doc, length, tuple(class_tokens(words).split()))


def _hashes(words: tuple[str, ...]) -> numpy.ndarray:
    return numpy.array([hash_string(word) for word in words], dtype="uint64")
