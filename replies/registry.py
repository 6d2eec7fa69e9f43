"""The resource registry: every link and phone number a reply may show, from resources.yaml."""
from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "resources.yaml"

# The ids the reply templates rely on (DOMAIN.md, "Resources for replies").
REQUIRED_IDS = (
    "ecdop_notification", "cdop_page", "cdop_sudc", "cdop_team_phone", "cdr_leaflet",
    "bereavement_services", "annual_report", "statutory_guidance", "cdr_forms",
    "ncmd_publications", "ncmd_notification_guidance", "nhs_parents_guide",
    "child_bereavement_uk", "lullaby_trust", "compassionate_friends", "sudc_uk", "cruse",
    "child_death_helpline", "samaritans", "shout", "nhs_111_mental_health", "emergency",
    "childline", "worried_about_child",
)
ENV_PATTERN = re.compile(r"^CDOP_RESOURCE_(?P<id>[A-Z0-9_]+)_URL$")
_FIELDS = {"title", "url", "phone", "sms_text", "option", "hours", "for", "fallback", "confirmed"}
_PHONE = re.compile(r"^\d[\d ]*\d$")


class RegistryError(ValueError):
    """resources.yaml or a CDOP_RESOURCE_*_URL variable is wrong; the message says which."""


@dataclass(frozen=True)
class Resource:
    """One link or phone number; `audience` is the YAML `for` (a keyword in Jinja)."""

    id: str
    title: str
    audience: str
    url: str | None = None
    phone: str | None = None
    sms_text: str | None = None
    option: str | None = None
    hours: str | None = None
    confirmed: bool = True

    @property
    def tel(self) -> str | None:
        """The phone number as a tel: link target, or None for text-only and web-only services."""
        if self.phone is None or self.sms_text is not None:
            return None
        return "tel:" + self.phone.replace(" ", "")


class Registry(Mapping[str, Resource]):
    """Resources by id; templates reach them as `r.<id>`."""

    def __init__(self, resources: Mapping[str, Resource]) -> None:
        self._resources = dict(resources)

    def __getitem__(self, id_: str) -> Resource:
        return self._resources[id_]

    def __iter__(self) -> Iterator[str]:
        return iter(self._resources)

    def __len__(self) -> int:
        return len(self._resources)

    def unconfirmed(self) -> list[str]:
        """Ids still showing a fallback page because nobody has configured their link."""
        return sorted(id_ for id_, res in self._resources.items() if not res.confirmed)

    def urls(self) -> set[str]:
        """Every web address a reply may contain."""
        return {res.url for res in self._resources.values() if res.url}

    def tels(self) -> set[str]:
        """Every tel: link a reply may contain."""
        return {res.tel for res in self._resources.values() if res.tel}


def env_var(id_: str) -> str:
    """The environment variable that sets the URL of resource `id_`."""
    return f"CDOP_RESOURCE_{id_.upper()}_URL"


def load_registry(env: Mapping[str, str] = os.environ, path: Path | str = DEFAULT_PATH) -> Registry:
    """Read and check the registry, applying CDOP_RESOURCE_<ID>_URL overrides from `env`."""
    entries = _read(Path(path))
    _check_env_names(env, entries)
    resources = {}
    for id_, entry in entries.items():
        override = env.get(env_var(id_), "").strip()
        if override:
            _check_url(override, f"{env_var(id_)} in the environment")
            entry = {**entry, "url": override, "confirmed": True}
        resources[id_] = entry
    return Registry({id_: _resource(id_, entry, resources) for id_, entry in resources.items()})


def _read(path: Path) -> dict[str, dict]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RegistryError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise RegistryError(f"{path} must map resource ids to entries")
    missing = [id_ for id_ in REQUIRED_IDS if id_ not in data]
    if missing:
        raise RegistryError(f"{path} has no entry for: {', '.join(missing)}")
    for id_, entry in data.items():
        if not isinstance(entry, dict):
            raise RegistryError(f"{path}: {id_} must be a mapping of fields")
        unknown = set(entry) - _FIELDS
        if unknown:
            raise RegistryError(f"{path}: {id_} has unknown fields: {', '.join(sorted(unknown))}")
    return data


def _check_env_names(env: Mapping[str, str], entries: Mapping[str, dict]) -> None:
    # A misspelt variable would otherwise leave the fallback link in every reply without a word.
    for name in env:
        match = ENV_PATTERN.match(name)
        if match and match["id"].lower() not in entries:
            raise RegistryError(f"{name} does not name a resource in resources.yaml")


def _resource(id_: str, entry: dict, entries: Mapping[str, dict]) -> Resource:
    where = f"resources.yaml: {id_}"
    url = entry.get("url")
    if url is None and "fallback" in entry:
        url = _fallback_url(id_, entry["fallback"], entries)
    if url is not None:
        _check_url(url, where)
    phone = _optional_str(entry, "phone", where)
    if phone is not None and not _PHONE.match(phone):
        raise RegistryError(f"{where}: phone {phone!r} must be digits and spaces only")
    if url is None and phone is None:
        raise RegistryError(f"{where} needs a url, a phone or a fallback")
    if not isinstance(entry.get("confirmed"), bool):
        raise RegistryError(f"{where}: confirmed must be true or false")
    return Resource(
        id=id_, title=_required_str(entry, "title", where),
        audience=_required_str(entry, "for", where),
        url=url, phone=phone, sms_text=_optional_str(entry, "sms_text", where),
        option=_optional_str(entry, "option", where), hours=_optional_str(entry, "hours", where),
        confirmed=entry["confirmed"],
    )


def _fallback_url(id_: str, fallback: object, entries: Mapping[str, dict]) -> str:
    target = entries.get(fallback) if isinstance(fallback, str) else None
    if not target or not target.get("url") or target.get("confirmed") is not True:
        raise RegistryError(f"resources.yaml: {id_} falls back to {fallback!r}, "
                            "which must be a confirmed entry with a url")
    return target["url"]


def _check_url(url: object, where: str) -> None:
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme != "https" or not parts.hostname or re.search(r"\s", url):
        raise RegistryError(f"{where}: {url!r} is not a valid https:// address")


def _required_str(entry: dict, field: str, where: str) -> str:
    value = _optional_str(entry, field, where)
    if not value:
        raise RegistryError(f"{where} needs a {field}")
    return value


def _optional_str(entry: dict, field: str, where: str) -> str | None:
    value = entry.get(field)
    if value is not None and not isinstance(value, str):
        raise RegistryError(f"{where}: {field} must be text (quote numbers in YAML)")
    return value
