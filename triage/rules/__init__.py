"""Safety rules: small named objects that say why they fired (shown to the team)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Doc

from triage.reading import read_item
from triage.types import TriageInput


@dataclass(frozen=True)
class Hit:
    rule: str
    effect: str  # a flag ("crisis", "auto_reply") or a category ("notification")
    reason: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.reason}"


class Rule:
    """One rule: ``check`` returns the reason it matched, or None."""

    name: ClassVar[str]
    description: ClassVar[str]
    effect: ClassVar[str]

    def check(self, item: TriageInput) -> str | None:
        raise NotImplementedError

    def hit(self, item: TriageInput, doc: Doc | None = None) -> Hit | None:
        """``doc``: the message as ``triage.reading`` tokenized it, where the caller has it."""
        reason = self._reason(item, doc)
        return Hit(self.name, self.effect, reason) if reason else None

    def _reason(self, item: TriageInput, doc: Doc | None) -> str | None:
        return self.check(item)


class TokenRule(Rule):
    """A rule that reads the message's tokens: given the doc already read, it does not tokenize again."""

    def check_doc(self, item: TriageInput, doc: Doc) -> str | None:
        raise NotImplementedError

    def check(self, item: TriageInput) -> str | None:
        return self.check_doc(item, read_item(item))

    def _reason(self, item: TriageInput, doc: Doc | None) -> str | None:
        return self.check_doc(item, doc if doc is not None else read_item(item))


def run(rules: tuple[Rule, ...], item: TriageInput, doc: Doc | None = None) -> list[Hit]:
    """The hits of every rule that fires on ``item``."""
    return [hit for rule in rules if (hit := rule.hit(item, doc))]
