"""Safety rules: small named objects that say why they fired (shown to the team)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

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

    def hit(self, item: TriageInput) -> Hit | None:
        reason = self.check(item)
        return Hit(self.name, self.effect, reason) if reason else None


def run(rules: tuple[Rule, ...], item: TriageInput) -> list[Hit]:
    """The hits of every rule that fires on ``item``."""
    return [hit for rule in rules if (hit := rule.hit(item))]
