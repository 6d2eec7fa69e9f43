"""Encryption at rest: column types that store Fernet tokens behind a marker, switched on by a key.

Stored forms, told apart by their first bytes so rows written before encryption stay readable:

    enc:fernet:<token>   encrypted with one of the keys in CDOP_ENCRYPTION_KEY
    enc:plain:<value>    plaintext that itself began with "enc:" (written without a key)
    anything else        plaintext
"""
from __future__ import annotations

from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from flask import Flask, current_app, has_app_context
from sqlalchemy import LargeBinary, Text
from sqlalchemy.types import TypeDecorator

EXTENSION = "cdop_cipher"
MARK = b"enc:"
SEALED = b"enc:fernet:"
ESCAPED = b"enc:plain:"


class EncryptionError(RuntimeError):
    """A stored value cannot be opened with the configured keys."""


def build_cipher(keys: Sequence[str]) -> MultiFernet | None:
    """The first key encrypts, every key decrypts; None when no key is set."""
    return MultiFernet([Fernet(key) for key in keys]) if keys else None


def install(app: Flask, keys: Sequence[str]) -> None:
    app.extensions[EXTENSION] = build_cipher(keys)


def current_cipher() -> MultiFernet | None:
    return current_app.extensions.get(EXTENSION) if has_app_context() else None


def encryption_enabled() -> bool:
    return current_cipher() is not None


def seal(value: bytes) -> bytes:
    """What to store for ``value``: a token when a key is set, else the value (escaped if it needs it)."""
    cipher = current_cipher()
    if cipher is not None:
        return SEALED + cipher.encrypt(value)
    return ESCAPED + value if value.startswith(MARK) else value


def unseal(stored: bytes) -> bytes:
    """The value behind what was stored, whichever form it took."""
    if stored.startswith(ESCAPED):
        return stored[len(ESCAPED):]
    if not stored.startswith(SEALED):
        return stored
    cipher = current_cipher()
    if cipher is None:
        raise EncryptionError("the database holds encrypted values but CDOP_ENCRYPTION_KEY is not set")
    try:
        return cipher.decrypt(stored[len(SEALED):])
    except InvalidToken:
        raise EncryptionError("an encrypted value opens with none of the keys in CDOP_ENCRYPTION_KEY") from None


class EncryptedBytes(TypeDecorator):
    """Bytes encrypted at rest when a key is configured."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else seal(bytes(value))

    def process_result_value(self, value, dialect):
        return None if value is None else unseal(bytes(value))

    def coerce_compared_value(self, op, value):
        # A value compared with the column in SQL stays as given: a token never equals another.
        return self.impl_instance


class EncryptedText(TypeDecorator):
    """Text encrypted at rest when a key is configured; tokens are ASCII, so a text column holds them."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else seal(value.encode()).decode()

    def process_result_value(self, value, dialect):
        return None if value is None else unseal(value.encode()).decode()

    def coerce_compared_value(self, op, value):
        return self.impl_instance
