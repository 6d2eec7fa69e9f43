"""Per-app services: settings and the triager, loaded once and shared."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from flask import current_app

from config import Settings
from replies.registry import Registry
from triage.classifier import Triager


@dataclass
class Services:
    settings: Settings
    registry: Registry
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def triager(self) -> Triager:
        with self._lock:  # the first caller loads the model; the others wait for it
            return Triager.load(threshold=self.settings.review_threshold)


def services() -> Services:
    return current_app.extensions["cdop"]
