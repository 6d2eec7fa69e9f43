"""Per-app services: settings and the triager, loaded once and shared."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from flask import current_app

from config import Settings
from triage.classifier import Triager


@dataclass
class Services:
    settings: Settings
    _triager: Triager | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def triager(self) -> Triager:
        with self._lock:
            if self._triager is None:
                self._triager = Triager.load(threshold=self.settings.review_threshold)
            return self._triager


def services() -> Services:
    return current_app.extensions["cdop"]
