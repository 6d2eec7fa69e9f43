"""Expressions guarded by words they cannot match without.

Most messages lack some guard word, and finding words costs far less than running an expression;
all of a rule's guard words are found in one pass over the text, not one search a word.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import ahocorasick


# An escape ("\\W", "\\S") is no letter of the pattern's own.
_ESCAPE = re.compile(r"\\.")
# Sets of guard words remembered per set of expressions; a bound, so odd messages cannot grow it.
_REMEMBERED = 4096


@dataclass(frozen=True)
class Guarded:
    needs: tuple[frozenset[str], ...]  # a match holds one word (lower case) of each; none: always run
    pattern: re.Pattern[str]
    label: str = ""

    @functools.cached_property
    def exact(self) -> re.Pattern[str] | None:
        """The same expression without IGNORECASE, for lower-cased text, where it has no capital of
        its own: matching case-blind costs twice as much, and forbids the quick scan for a leading
        word. Compiled on first use: start-up compiles each expression once, a rare one never twice."""
        own = _ESCAPE.sub("", self.pattern.pattern)
        if not self.pattern.flags & re.IGNORECASE or "(?-i" in own or own != own.lower():
            return None
        return re.compile(self.pattern.pattern, self.pattern.flags & ~re.IGNORECASE)

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """The matches in ``text``, whose lower case is ``lowered``."""
        if self.exact is None or len(lowered) != len(text):  # "İ" lower-cased is two characters
            yield from self.pattern.finditer(text)
        elif text is lowered:
            yield from self.exact.finditer(lowered)
        else:
            # found in the lower case, matched again where found for the words as written
            for found in self.exact.finditer(lowered):
                if match := self.pattern.match(text, found.start()):
                    yield match

    def search(self, text: str, lowered: str) -> re.Match[str] | None:
        return next(self.finditer(text, lowered), None)


def guarded(needs: Sequence[Sequence[str]], pattern: str, flags: int = re.IGNORECASE, label: str = "") -> Guarded:
    return Guarded(tuple(frozenset(words) for words in needs), re.compile(pattern, flags), label)


class WordFinder:
    """Which of many words a text holds, found in one pass (Aho-Corasick), not one search a word."""

    def __init__(self, words: Iterable[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for word in words:
            self.automaton.add_word(word, word)
        self.automaton.make_automaton()

    def found(self, text: str) -> frozenset[str]:
        # An automaton with no words cannot search. Frozen: guarded sets remember their choices by it.
        return frozenset(word for _, word in self.automaton.iter(text)) if len(self.automaton) else frozenset()


class GuardedSet:
    """Guarded expressions, in order, indexed by the words of their first guard."""

    def __init__(self, items: Sequence[Guarded]) -> None:
        self.items = tuple(items)
        self.words = WordFinder(word for item in self.items for needs in item.needs for word in needs)
        self.by_word: dict[str, set[int]] = {}
        for at, item in enumerate(self.items):
            for word in item.needs[0] if item.needs else ():
                self.by_word.setdefault(word, set()).add(at)
        self.always = {at for at, item in enumerate(self.items) if not item.needs}
        self.chosen: dict[frozenset[str], tuple[Guarded, ...]] = {}

    def runnable(self, lowered: str) -> tuple[Guarded, ...]:
        """The expressions whose guard words the lower-cased text holds, in order."""
        return self.runnable_with(self.words.found(lowered))

    def runnable_with(self, present: frozenset[str]) -> tuple[Guarded, ...]:
        """The expressions whose guard words are among ``present`` (found by a wider finder), in order.
        Remembered for each set of words: most messages hold one of a few such sets."""
        chosen = self.chosen.get(present)
        if chosen is None:
            if len(self.chosen) >= _REMEMBERED:
                self.chosen.clear()
            at = sorted(self.always.union(*(self.by_word.get(word, ()) for word in present)))
            chosen = self.chosen[present] = tuple(
                self.items[i] for i in at if all(not present.isdisjoint(needs) for needs in self.items[i].needs))
        return chosen
