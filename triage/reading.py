"""A message tokenized once: the crisis rule and the model both read this one doc."""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from triage.types import TriageInput

# The tokenizer needs a bound; nothing that decides a message is its 100,001st character.
MAX_CHARS = 100_000
_TEXT = "triage.text"  # the user_data key of the text a doc was read from
T = TypeVar("T")


@functools.cache
def reader() -> Language:
    """The one blank English tokenizer (and vocabulary) behind every read doc."""
    return spacy.blank("en")


def message_text(subject: str, body: str) -> str:
    # A blank line keeps a phrase from running across the subject into the body.
    return f"{subject}\n\n{body}" if subject else body


def straight(text: str) -> str:
    """``text`` with straight apostrophes, character for character."""
    return text.replace("\u2019", "'").replace("\u2018", "'")


def read(text: str) -> Doc:
    """``text`` tokenized, with straight apostrophes and a closing full stop (so a pattern can ask
    for the end of a sentence); its characters keep their offsets in ``text``."""
    cleaned = straight(text[:MAX_CHARS]).rstrip() + " ."
    doc = reader().make_doc(cleaned)
    doc.user_data[_TEXT] = cleaned
    return doc


def text_of(doc: Doc) -> str:
    """The text ``doc`` was read from: kept, since ``Doc.text`` rebuilds it token by token."""
    return doc.user_data.get(_TEXT) or doc.text


def kept(doc: Doc | None, key: str, make: Callable[[], T]) -> T:
    """``make()``, kept in ``doc``'s user data under ``key``: what several rules read of one message
    is worked out once. Without a doc, worked out each time."""
    if doc is None:
        return make()
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = make()
    return found


def read_item(item: TriageInput) -> Doc:
    return read(message_text(item.subject, item.body))
