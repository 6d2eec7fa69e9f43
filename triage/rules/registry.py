"""Every safety rule, in the order their reasons are shown to the team."""
from __future__ import annotations

from triage.rules import Hit, Rule, run
from triage.rules.auto_reply import AUTO_REPLY_RULES
from triage.rules.crisis import CrisisRule
from triage.rules.notification import NotificationCueRule
from triage.types import TriageInput

RULES: tuple[Rule, ...] = (CrisisRule(), NotificationCueRule(), *AUTO_REPLY_RULES)


def run_rules(item: TriageInput) -> list[Hit]:
    """The hit of every rule that matches ``item``."""
    return run(RULES, item)
