"""Canned replies: placeholders filled from the real enquiry, and every edit kept as a version."""
from __future__ import annotations

import re
from collections.abc import Mapping

from extensions import db
from replies.registry import Registry, Resource
from store.base import utcnow
from store.models import Enquiry
from store.team_models import CannedReply, CannedReplyVersion

# {name} or {name|words used when the value is empty}; no expressions, so an admin's template
# can only ever insert these values, never run anything.
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?:\|([^{}\n]{0,80}))?\}")
BUILT_IN = ("reference", "first_name")


class UnknownPlaceholder(ValueError):
    """A template names something that is neither built in nor a resource id."""


def unknown_placeholders(text: str, registry: Registry) -> list[str]:
    """Names in `text` that no enquiry could fill, in order of first use."""
    names = dict.fromkeys(m[1] for m in PLACEHOLDER.finditer(text))
    return [name for name in names if name not in BUILT_IN and name not in registry]


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with each placeholder replaced; raises UnknownPlaceholder for a name not in `values`."""
    def substitute(match: re.Match[str]) -> str:
        name, fallback = match[1], match[2]
        if name not in values:
            raise UnknownPlaceholder(name)
        return values[name] or (fallback or "").strip()
    return PLACEHOLDER.sub(substitute, text)


def resource_text(res: Resource) -> str:
    """How a resource reads inside a reply, e.g. "Samaritans: call 116 123, any time"."""
    ways = [res.url] if res.url else []
    if res.sms_text:
        ways.append(f"text {res.sms_text} to {res.phone}")
    elif res.phone:
        ways.append(f"call {res.phone}" + (f" and choose option {res.option}" if res.option else ""))
    return f"{res.title}: {' or '.join(ways)}" + (f", {res.hours}" if res.hours else "")


def first_name(enquiry: Enquiry) -> str:
    """A name the sender typed themselves on the form or in chat; never one taken from a mail header."""
    if enquiry.channel not in ("form", "chat") or enquiry.contact is None:
        return ""
    return (enquiry.contact.display_name or "").split(" ")[0][:40]


def enquiry_values(enquiry: Enquiry, registry: Registry) -> dict[str, str]:
    values = {id_: resource_text(res) for id_, res in registry.items()}
    return values | {"reference": enquiry.reference or "", "first_name": first_name(enquiry)}


def save_canned(canned: CannedReply, *, name: str, channel: str, subject: str | None, body: str,
                archived: bool, author_id: int, author: str) -> CannedReply:
    """Apply an edit (or create) and keep the result as the next version."""
    changed = (canned.id is None or (canned.name, canned.channel, canned.subject, canned.body)
               != (name, channel, subject, body))
    canned.name, canned.channel, canned.subject, canned.body = name, channel, subject, body
    canned.archived, canned.updated_at = archived, utcnow()
    if canned.id is None:
        canned.version = 1
        db.session.add(canned)
        db.session.flush()
    elif changed:
        canned.version += 1
    if changed:
        db.session.add(CannedReplyVersion(canned_reply_id=canned.id, version=canned.version, name=name,
                                          channel=channel, subject=subject, body=body,
                                          author_id=author_id, author=author))
    return canned
