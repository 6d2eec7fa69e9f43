"""Cut the disclaimer and virus-scan footer from a message body before the model reads it."""
from __future__ import annotations

import re

# A footer starts a line with one of these; NHS, police and council mail all carry one,
# and its legal wording would otherwise outweigh the few lines that report a death.
_FOOTER = re.compile(
    r"^[\s*_=-]*(?:this (?:e-?mail|message|communication)(?: and any (?:files|attachments))?"
    r" (?:has been|is|and|may|contains|was)|the information (?:in|contained in) this"
    r"|if you (?:are not|have received this)|confidentiality(?: notice)?\s*:?|disclaimer\s*:?"
    r"|\*{5,}|_{5,}|={5,}|(?:nhsmail|nhs\.net) is|please consider the environment)",
    re.IGNORECASE | re.MULTILINE)
# A message that opens with such a line is all footer-like; keep it whole.
MIN_OPENING = 80


def without_footer(body: str) -> str:
    """The body above its first footer line, or the whole body when there is none."""
    for match in _FOOTER.finditer(body):
        if match.start() > MIN_OPENING:
            return body[:match.start()]
    return body
