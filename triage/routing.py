"""Category and flags to queue, priority and due time."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from triage.workhours import add_working_hours

PRIORITY = {"crisis": 1, "notification": 2, "family_support": 3, "general": 4}


@dataclass(frozen=True)
class Sla:
    hours: float
    working: bool  # counted in working hours (Europe/London) or on the wall clock


DEFAULT_SLAS: dict[str, Sla] = {
    "crisis": Sla(1, working=False),
    "notification": Sla(8, working=True),
    "family_support": Sla(16, working=True),
    "general": Sla(40, working=True),
}


@dataclass(frozen=True)
class Route:
    queue: str
    priority: int
    due_at: dt.datetime


def parse_slas(spec: str) -> dict[str, Sla]:
    """``crisis=1h,notification=8wh`` (h: wall-clock hours, wh: working hours)."""
    slas = dict(DEFAULT_SLAS)
    for part in filter(None, (p.strip() for p in spec.split(","))):
        key, _, value = part.partition("=")
        if key not in DEFAULT_SLAS or not value.endswith("h"):
            raise ValueError(f"bad SLA {part!r}: use name=<hours>h or name=<hours>wh")
        working = value.endswith("wh")
        slas[key] = Sla(float(value[: -2 if working else -1]), working)
    return slas


def route(category: str, flags: Iterable[str], received_at: dt.datetime,
          slas: Mapping[str, Sla] = DEFAULT_SLAS) -> Route:
    key = "crisis" if "crisis" in flags else category
    sla = slas[key]
    due = (add_working_hours(received_at, sla.hours) if sla.working
           else received_at + dt.timedelta(hours=sla.hours))
    return Route(queue=key, priority=PRIORITY[key], due_at=due.astimezone(dt.timezone.utc))
