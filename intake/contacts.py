"""Contacts: one row per email address or phone number, normalised."""
from __future__ import annotations

import phonenumbers
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from extensions import db
from store.models import Contact


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
    normal = normalise_address(address)
    if normal is None:
        return None
    kind, value = normal
    contact = db.session.scalar(select(Contact).where(Contact.address == value))
    if contact is not None:
        if display_name and not contact.display_name:
            contact.display_name = display_name[:200]
        return contact
    try:
        # A savepoint, so losing a race to create the same contact keeps the outer transaction.
        with db.session.begin_nested():
            contact = Contact(kind=kind, address=value, display_name=(display_name or None) and display_name[:200])
            db.session.add(contact)
    except IntegrityError:
        contact = db.session.scalar(select(Contact).where(Contact.address == value))
    return contact
