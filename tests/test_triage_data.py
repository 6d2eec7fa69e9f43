"""The triage training data: volume, coverage, labels and no near-duplicates."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from triage.dataset import examples, incoming, split_of
from triage.types import CATEGORIES

ROWS = examples()
# Held to the same checks, so they can move up as they are.
INCOMING = incoming()
FIELDS = {"id", "channel", "sender", "subject", "body", "role", "category", "flags"}


def bigrams(row: dict) -> set[tuple[str, str]]:
    words = re.findall(r"\w+", f"{row['subject']} {row['body']}".lower())
    return set(zip(words, words[1:]))


def test_there_are_enough_examples_of_every_kind():
    categories = Counter(row["category"] for row in ROWS)
    flags = Counter(flag for row in ROWS for flag in row["flags"])
    assert len(ROWS) >= 1500
    assert all(categories[c] >= 400 for c in CATEGORIES), categories
    assert flags["crisis"] >= 150 and flags["auto_reply"] >= 80, flags
    assert {row["channel"] for row in ROWS} == {"email", "sms", "form", "chat"}


@pytest.mark.parametrize("row", ROWS[:: max(1, len(ROWS) // 200)] + INCOMING[:: max(1, len(INCOMING) // 50)],
                         ids=lambda r: r["id"])
def test_every_example_has_the_classify_fields_and_valid_labels(row):
    assert set(row) == FIELDS
    assert row["category"] in CATEGORIES
    assert set(row["flags"]) <= {"crisis", "auto_reply"}


def test_ids_are_unique_and_the_split_is_fixed():
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    dev = [row for row in ROWS if split_of(row["id"]) == "dev"]
    assert 0.15 < len(dev) / len(ROWS) < 0.25
    assert all(Counter(r["category"] for r in dev)[c] >= 80 for c in CATEGORIES)


def close_pairs(sets: list[set[tuple[str, str]]], share: float = 0.8) -> set[tuple[int, int]]:
    """Pairs sharing more than ``share`` of the smaller one's bigrams."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, grams in enumerate(sets):
        for gram in grams:
            index[gram].append(i)
    close = set()
    for i, grams in enumerate(sets):
        # Prefix filtering: if this set is the smaller of a close pair, the other holds at least
        # one of its len - floor(share * len) rarest bigrams, so only those are looked up (the
        # commonest, such as "of the", would make every pair a candidate).
        rarest = sorted(grams, key=lambda gram: len(index[gram]))[:len(grams) - int(share * len(grams))]
        for j in {j for gram in rarest for j in index[gram]} - {i}:
            if len(grams & sets[j]) / max(1, min(len(grams), len(sets[j]))) > share:
                close.add((min(i, j), max(i, j)))
    return close


def test_no_two_examples_share_more_than_80_percent_of_their_word_bigrams():
    rows = ROWS + INCOMING
    close = close_pairs([bigrams(row) for row in rows])
    assert sorted((rows[i]["id"], rows[j]["id"]) for i, j in close) == []


def test_incoming_ids_are_new():
    ids = [row["id"] for row in INCOMING]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & {row["id"] for row in ROWS}


def test_the_bigram_check_finds_a_reworded_copy():
    original = {"body": "We are writing to let you know that baby Amelia died at home last night", "subject": ""}
    copy = {"body": "We are writing to let you know that baby Amelia died at home on Sunday", "subject": ""}
    other = {"body": "Please send me the minutes of the last panel meeting", "subject": ""}
    assert close_pairs([bigrams(original), bigrams(other), bigrams(copy)]) == {(0, 2)}
