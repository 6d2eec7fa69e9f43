"""Identifiers masked for lists and previews, remembered, since the team reloads the same rows all day."""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from triage.pii import mask

CACHE_SIZE = 8192
_masked: OrderedDict[bytes, str] = OrderedDict()
_lock = threading.Lock()


def masked(text: str) -> str:
    """`triage.pii.mask(text)`; the cache is keyed by a digest, so it holds only what is safe to show."""
    key = hashlib.blake2b(text.encode(), digest_size=16).digest()
    with _lock:
        hit = _masked.get(key)
    if hit is None:
        hit = mask(text)
        with _lock:
            _masked[key] = hit
            if len(_masked) > CACHE_SIZE:
                _masked.popitem(last=False)
    return hit
