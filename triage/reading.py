"""A message tokenized once: the crisis rule and the model both read this one doc."""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from triage.types import TriageInput

# The tokenizer needs a bound; nothing that decides a message is its 100,001st character.
MAX_CHARS = 100_000


@functools.cache
def reader() -> Language:
    """The one blank English tokenizer (and vocabulary) behind every read doc."""
    return spacy.blank("en")


def message_text(item: TriageInput) -> str:
    # A blank line keeps a phrase from running across the subject into the body.
    return f"{item.subject}\n\n{item.body}" if item.subject else item.body


def read(text: str) -> Doc:
    """``text`` tokenized, with straight apostrophes and a closing full stop (so a pattern can ask
    for the end of a sentence); its characters keep their offsets in ``text``."""
    return reader().make_doc(text[:MAX_CHARS].replace("\u2019", "'").replace("\u2018", "'").rstrip() + " .")


def read_item(item: TriageInput) -> Doc:
    return read(message_text(item))
