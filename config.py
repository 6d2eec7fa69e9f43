"""Settings from CDOP_* environment variables, validated once at start-up."""
from __future__ import annotations

import math
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from privacy.policy import DEFAULT_RETENTION_DAYS, parse_keys, parse_retention

from triage.routing import DEFAULT_SLAS, Sla, parse_slas

SECURITY_MODES = ("ssl", "starttls", "none")
MAX_SLA_HOURS = 24 * 365


class ConfigError(ValueError):
    """A setting is present but unusable; the message names the variable."""


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    user: str
    password: str
    security: str
    folder: str
    processed_folder: str
    stale_minutes: int  # how old the last full pass may be before /healthz and the team are told


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    user: str
    password: str
    security: str
    mail_from: str


@dataclass(frozen=True)
class TwilioSettings:
    account_sid: str
    auth_token: str
    from_number: str
    api_base: str


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret_key: str
    public_url: str
    team_email: str
    imap: ImapSettings | None
    smtp: SmtpSettings | None
    twilio: TwilioSettings | None
    review_threshold: float = 0.6
    acks_per_sender_per_day: int = 5
    max_message_bytes: int = 25 * 1024 * 1024
    trusted_proxies: int = 0  # reverse proxies in front of the app whose X-Forwarded-* we believe
    slas: Mapping[str, Sla] = field(default_factory=lambda: dict(DEFAULT_SLAS))
    encryption_keys: tuple[str, ...] = ()  # the first encrypts; all decrypt (rotation)
    retention_days: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_RETENTION_DAYS))
    extra: dict[str, str] = field(default_factory=dict)

    def channel_status(self) -> dict[str, str]:
        return {name: ("configured" if getattr(self, name) else "not configured")
                for name in ("imap", "smtp", "twilio")}


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {value}")
    return value


def _float(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}, got {value}")
    return value


def _security(env: Mapping[str, str], name: str, default: str) -> str:
    value = env.get(name, "").strip().lower() or default
    if value not in SECURITY_MODES:
        raise ConfigError(f"{name} must be one of {', '.join(SECURITY_MODES)}, got {value!r}")
    return value


def _group(env: Mapping[str, str], prefix: str, required: tuple[str, ...]) -> bool:
    """True when the group is configured; a half-configured group is an error."""
    present = [name for name in required if env.get(prefix + name, "").strip()]
    if present and len(present) < len(required):
        missing = [prefix + n for n in required if n not in present]
        raise ConfigError(f"{', '.join(missing)} must be set when {prefix + present[0]} is set")
    return bool(present)


def _imap(env: Mapping[str, str]) -> ImapSettings | None:
    if not _group(env, "CDOP_IMAP_", ("HOST", "USER", "PASSWORD")):
        return None
    security = _security(env, "CDOP_IMAP_SECURITY", "ssl")
    return ImapSettings(
        host=env["CDOP_IMAP_HOST"].strip(),
        port=_int(env, "CDOP_IMAP_PORT", 993 if security == "ssl" else 143),
        user=env["CDOP_IMAP_USER"], password=env["CDOP_IMAP_PASSWORD"], security=security,
        folder=env.get("CDOP_IMAP_FOLDER", "").strip() or "INBOX",
        processed_folder=env.get("CDOP_IMAP_PROCESSED_FOLDER", "").strip() or "Processed",
        stale_minutes=_int(env, "CDOP_IMAP_STALE_MINUTES", 15))


def _smtp(env: Mapping[str, str]) -> SmtpSettings | None:
    if not _group(env, "CDOP_SMTP_", ("HOST",)):
        return None
    security = _security(env, "CDOP_SMTP_SECURITY", "starttls")
    mail_from = env.get("CDOP_MAIL_FROM", "").strip()
    if "@" not in mail_from:
        raise ConfigError(f"CDOP_MAIL_FROM must be an email address when CDOP_SMTP_HOST is set, got {mail_from!r}")
    return SmtpSettings(
        host=env["CDOP_SMTP_HOST"].strip(),
        port=_int(env, "CDOP_SMTP_PORT", {"ssl": 465, "starttls": 587, "none": 25}[security]),
        user=env.get("CDOP_SMTP_USER", ""), password=env.get("CDOP_SMTP_PASSWORD", ""),
        security=security, mail_from=mail_from)


def _twilio(env: Mapping[str, str]) -> TwilioSettings | None:
    if not _group(env, "CDOP_TWILIO_", ("ACCOUNT_SID", "AUTH_TOKEN", "FROM")):
        return None
    api_base = env.get("CDOP_TWILIO_API_BASE", "").strip()
    if api_base and urlparse(api_base).scheme not in ("http", "https"):
        raise ConfigError(f"CDOP_TWILIO_API_BASE must be an http(s) URL, got {api_base!r}")
    return TwilioSettings(account_sid=env["CDOP_TWILIO_ACCOUNT_SID"].strip(),
                          auth_token=env["CDOP_TWILIO_AUTH_TOKEN"].strip(),
                          from_number=env["CDOP_TWILIO_FROM"].strip(), api_base=api_base)


def _slas(env: Mapping[str, str]) -> dict[str, Sla]:
    """CDOP_SLA, e.g. ``crisis=1h,notification=8wh`` (wh: working hours); unnamed queues keep their default."""
    try:
        slas = parse_slas(env.get("CDOP_SLA", ""))
    except ValueError as error:
        raise ConfigError(f"CDOP_SLA must look like crisis=1h,notification=8wh ({error})") from None
    for name, sla in slas.items():
        # A year's worth at most: working hours are counted day by day.
        if not (math.isfinite(sla.hours) and 0 < sla.hours <= MAX_SLA_HOURS):
            raise ConfigError(f"CDOP_SLA: {name} must be between 0 and {MAX_SLA_HOURS} hours, got {sla.hours}")
    return slas


def _secret_key(env: Mapping[str, str], instance: Path) -> str:
    if env.get("CDOP_SECRET_KEY", "").strip():
        return env["CDOP_SECRET_KEY"].strip()
    key_file = instance / "secret_key"
    if not key_file.exists():
        instance.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def _database_url(env: Mapping[str, str], instance: Path) -> str:
    url = env.get("CDOP_DATABASE_URL", "").strip()
    if not url:
        instance.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{instance / 'cdop.sqlite3'}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    if not url.startswith(("sqlite:", "postgresql+psycopg:")):
        raise ConfigError(f"CDOP_DATABASE_URL must be a sqlite: or postgresql: URL, got {url.split(':')[0]!r}")
    return url


def _public_url(env: Mapping[str, str]) -> str:
    url = env.get("CDOP_PUBLIC_URL", "").strip().rstrip("/") or "http://127.0.0.1:5000"
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(f"CDOP_PUBLIC_URL must be an absolute http(s) URL, got {url!r}")
    return url


def _parsed(env: Mapping[str, str], name: str, parse):
    try:
        return parse(env.get(name, ""))
    except ValueError as error:
        raise ConfigError(f"{name}: {error}") from None


def load_settings(instance: Path, env: Mapping[str, str] | None = None) -> Settings:
    """Read and check every setting; raises ConfigError naming the bad variable."""
    env = os.environ if env is None else env
    team_email = env.get("CDOP_TEAM_EMAIL", "").strip()
    if team_email and "@" not in team_email:
        raise ConfigError(f"CDOP_TEAM_EMAIL must be an email address, got {team_email!r}")
    return Settings(
        database_url=_database_url(env, instance), secret_key=_secret_key(env, instance),
        public_url=_public_url(env), team_email=team_email,
        imap=_imap(env), smtp=_smtp(env), twilio=_twilio(env),
        review_threshold=_float(env, "CDOP_REVIEW_THRESHOLD", 0.6, 0.0, 1.0),
        acks_per_sender_per_day=_int(env, "CDOP_ACKS_PER_SENDER_PER_DAY", 5),
        max_message_bytes=_int(env, "CDOP_MAX_MESSAGE_BYTES", 25 * 1024 * 1024),
        trusted_proxies=_int(env, "CDOP_TRUSTED_PROXIES", 0),
        encryption_keys=_parsed(env, "CDOP_ENCRYPTION_KEY", parse_keys),
        retention_days=_parsed(env, "CDOP_RETENTION", parse_retention),
        slas=_slas(env),
        extra={k: v for k, v in env.items() if k.startswith("CDOP_RESOURCE_")})
