"""How many SMS parts a text takes, and in which encoding (GSM 03.38 or UCS-2)."""
from __future__ import annotations

GSM7 = "GSM-7"
UCS2 = "UCS-2"

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension characters are sent as an escape plus the character: two septets each.
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

# (single-part limit, per-part limit once a header joins the parts), in septets or UTF-16 units.
_LIMITS = {GSM7: (160, 153), UCS2: (70, 67)}


def sms_segments(text: str) -> tuple[str, int]:
    """The encoding a phone network will use for `text` and how many parts it will send."""
    encoding = GSM7 if all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text) else UCS2
    sizes = [_units(c, encoding) for c in text]
    single, per_part = _LIMITS[encoding]
    if sum(sizes) <= single:
        return encoding, 1
    return encoding, _parts(sizes, per_part)


def _units(char: str, encoding: str) -> int:
    if encoding == GSM7:
        return 2 if char in GSM7_EXTENSION else 1
    return 2 if ord(char) > 0xFFFF else 1  # outside the BMP: a UTF-16 surrogate pair


def _parts(sizes: list[int], per_part: int) -> int:
    # An escape sequence or a surrogate pair is never split, so a part may end one unit short.
    parts, used = 1, 0
    for size in sizes:
        if used + size > per_part:
            parts, used = parts + 1, 0
        used += size
    return parts
