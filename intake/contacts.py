"""Contacts: one row per email address or phone number, normalised."""
from __future__ import annotations

from collections.abc import Sequence

import phonenumbers
from sqlalchemy import bindparam, select

from extensions import db
from store.models import Contact
from store.upsert import insert

# Built once, the addresses bound at each call: building it cost more than running it.
BY_ADDRESS = select(Contact).where(Contact.address.in_(bindparam("addresses", expanding=True)))


def normalise_phone(raw: str, region: str = "GB") -> str | None:
    """E.164 form, or None when it is not a possible phone number."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_address(raw: str) -> tuple[str, str] | None:
    """(kind, address) for an email address or phone number; None when it is neither."""
    raw = raw.strip()
    if "@" in raw:
        return "email", raw.lower()
    phone = normalise_phone(raw) if raw else None
    return ("phone", phone) if phone else None


def find_contact(address: str) -> Contact | None:
    normal = normalise_address(address)
    if normal is None:
        return None
    return db.session.scalar(select(Contact).where(Contact.address == normal[1]))


def get_or_create_contact(address: str, display_name: str | None = None) -> Contact | None:
    return get_or_create_contacts([(address, display_name)]).get(address)


def get_or_create_contacts(people: Sequence[tuple[str, str | None]]) -> dict[str, Contact]:
    """The contact for each (address, display name), by the address as given, created where missing.

    Two statements however many there are. An address that is neither email nor phone has none.
    """
    normal = {address: normalise_address(address) for address, _ in people}
    names: dict[str, str] = {}
    for address, name in people:
        if name and normal[address]:
            names.setdefault(normal[address][1], name[:200])
    kinds = {value: kind for kind, value in filter(None, normal.values())}
    if not kinds:
        return {}
    found = {contact.address: contact for contact in db.session.scalars(BY_ADDRESS, {"addresses": list(kinds)})}
    for value, contact in found.items():
        if value in names and not contact.display_name:
            contact.display_name = names[value]
    if missing := [value for value in kinds if value not in found]:
        # One statement and no savepoint: losing a race to create a contact returns no row for it rather
        # than an error, and the winner's row is read instead.
        found |= {contact.address: contact for contact in db.session.scalars(insert(Contact).values([
            {"kind": kinds[value], "address": value, "display_name": names.get(value)} for value in missing
        ]).on_conflict_do_nothing(index_elements=[Contact.address]).returning(Contact))}
        if raced := [value for value in missing if value not in found]:
            found |= {contact.address: contact for contact in db.session.scalars(BY_ADDRESS, {"addresses": raced})}
    return {address: found[value[1]] for address, value in normal.items() if value}
