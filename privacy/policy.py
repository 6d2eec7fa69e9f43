"""The retention schedule and encryption keys as written in configuration, parsed and checked."""
from __future__ import annotations

import re

from cryptography.fernet import Fernet

# Days after an enquiry is closed before it is anonymised (quarantine: after it was kept).
# Defaults for the team to confirm with the partnership's records schedule (docs/DATA_PROTECTION.md).
DEFAULT_RETENTION_DAYS = {
    "notification": 730,
    "family_support": 730,
    "general": 365,
    "auto_reply": 30,
    "quarantine": 90,
}
_PERIOD = re.compile(r"(\d+)\s*([dwy]?)")
_UNIT_DAYS = {"": 1, "d": 1, "w": 7, "y": 365}


def parse_retention(raw: str) -> dict[str, int]:
    """``notification=730d,general=1y,...`` over the defaults; raises ValueError on anything else."""
    days = dict(DEFAULT_RETENTION_DAYS)
    for part in filter(None, (p.strip() for p in raw.split(","))):
        kind, _, period = (s.strip().lower() for s in part.partition("="))
        if kind not in DEFAULT_RETENTION_DAYS:
            raise ValueError(f"unknown kind {kind!r} (known: {', '.join(DEFAULT_RETENTION_DAYS)})")
        match = _PERIOD.fullmatch(period)
        if not match or int(match[1]) == 0:
            raise ValueError(f"{kind} needs a positive period such as 365d, 52w or 2y, got {period!r}")
        days[kind] = int(match[1]) * _UNIT_DAYS[match[2]]
    return days


def parse_keys(raw: str) -> tuple[str, ...]:
    """Comma-separated Fernet keys, the first one encrypting; raises ValueError naming the bad one."""
    keys = tuple(filter(None, (k.strip() for k in raw.split(","))))
    for position, key in enumerate(keys, 1):
        try:
            Fernet(key)
        except ValueError:
            raise ValueError(f"key {position} is not a Fernet key (32 url-safe base64-encoded bytes)") from None
    return keys
