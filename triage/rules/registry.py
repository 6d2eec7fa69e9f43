"""Every safety rule, in the order their reasons are shown to the team."""
from __future__ import annotations

from triage.rules import Rule
from triage.rules.auto_reply import AUTO_REPLY_RULES
from triage.rules.crisis import CrisisRule
from triage.rules.notification import NotificationCueRule

RULES: tuple[Rule, ...] = (CrisisRule(), NotificationCueRule(), *AUTO_REPLY_RULES)

