"""The resource registry: resources.yaml, environment overrides and validation."""
from __future__ import annotations

import re

import pytest
import yaml

from replies.registry import DEFAULT_PATH, REQUIRED_IDS, RegistryError, env_var, load_registry
from tests.conftest import shared_path

CDOP_PAGE = "https://www.safeguardingpartnership.org.uk/cdop/"
TO_CONFIRM = ["annual_report", "bereavement_services", "cdr_leaflet", "ecdop_notification",
              "nhs_parents_guide"]


@pytest.fixture(scope="module")
def registry():
    return load_registry(env={})


def _domain_table_ids() -> list[str]:
    text = shared_path("DOMAIN.md").read_text(encoding="utf-8")
    section = text.split("## Resources for replies", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| (\w+) \|", section, flags=re.M)[1:]  # [0] is the header's "id"


def test_it_holds_exactly_the_ids_of_the_domain_table(registry):
    ids = _domain_table_ids()
    assert sorted(ids) == sorted(REQUIRED_IDS) == sorted(registry)


def test_every_link_is_https(registry):
    assert registry.urls()
    assert all(url.startswith("https://") for url in registry.urls())


def test_every_entry_says_who_it_is_for_and_how_to_reach_it(registry):
    for res in registry.values():
        assert res.title and res.audience
        assert res.url or res.phone


def test_entries_to_confirm_fall_back_to_the_cdop_page_until_configured(registry):
    assert registry.unconfirmed() == TO_CONFIRM
    assert {registry[id_].url for id_ in TO_CONFIRM} == {CDOP_PAGE}


@pytest.mark.parametrize("id_", TO_CONFIRM)
def test_a_url_from_the_environment_replaces_the_fallback_and_confirms_the_entry(id_):
    url = f"https://www.example.org/{id_}.pdf"
    registry = load_registry(env={env_var(id_): url})
    assert registry[id_].url == url
    assert registry[id_].confirmed
    assert id_ not in registry.unconfirmed()


def test_the_environment_variable_is_named_after_the_id():
    assert env_var("ecdop_notification") == "CDOP_RESOURCE_ECDOP_NOTIFICATION_URL"


def test_an_empty_environment_variable_leaves_the_fallback():
    registry = load_registry(env={env_var("annual_report"): "  "})
    assert registry["annual_report"].url == CDOP_PAGE
    assert "annual_report" in registry.unconfirmed()


@pytest.mark.parametrize("url", [
    "http://www.ecdop.co.uk/lancs/Live/Public",
    "www.ecdop.co.uk/lancs/Live/Public",
    "https://",
    "https://www.ecdop.co.uk/lancs /Live/Public",
    "javascript:alert(1)",
    "ftp://files.example.org/report.pdf",
])
def test_a_bad_url_in_the_environment_is_refused_naming_the_variable(url):
    name = env_var("ecdop_notification")
    with pytest.raises(RegistryError) as error:
        load_registry(env={name: url})
    assert name in str(error.value)
    assert repr(url) in str(error.value)


def test_a_misspelt_resource_variable_is_refused():
    with pytest.raises(RegistryError, match="CDOP_RESOURCE_ECDOP_NOTIFICATON_URL does not name"):
        load_registry(env={"CDOP_RESOURCE_ECDOP_NOTIFICATON_URL": "https://www.ecdop.co.uk/"})


def _without(field):
    def change(entries):
        del entries["cruse"][field]
    return change


def _set(id_, field, value):
    def change(entries):
        entries[id_][field] = value
    return change


def _drop_entry(entries):
    del entries["samaritans"]


@pytest.mark.parametrize("change, message", [
    (_drop_entry, "no entry for: samaritans"),
    (_set("cruse", "url", "http://www.cruse.org.uk/"),
     "cruse: 'http://www.cruse.org.uk/' is not a valid https"),
    (_set("childline", "phone", "0800 1111 (free)"), "childline: phone '0800 1111 (free)' must be digits"),
    (_set("emergency", "phone", 999), "emergency: phone must be text"),
    (_set("cruse", "website", "https://www.cruse.org.uk/"), "cruse has unknown fields: website"),
    (_without("title"), "cruse needs a title"),
    (_without("for"), "cruse needs a for"),
    (_without("confirmed"), "cruse: confirmed must be true or false"),
    (_set("child_death_helpline", "phone", None),
     "child_death_helpline needs a url, a phone or a fallback"),
    (_set("annual_report", "fallback", "cdr_leaflet"), "annual_report falls back to 'cdr_leaflet'"),
    (_set("annual_report", "fallback", "no_such_page"), "annual_report falls back to 'no_such_page'"),
])
def test_a_bad_registry_file_is_refused_with_a_clear_message(tmp_path, change, message):
    entries = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    change(entries)
    path = tmp_path / "resources.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        load_registry(env={}, path=path)
    assert message in str(error.value)


@pytest.mark.parametrize("id_, tel", [
    ("cdop_team_phone", "tel:01772530329"),
    ("child_bereavement_uk", "tel:08000288840"),
    ("samaritans", "tel:116123"),
    ("emergency", "tel:999"),
    ("shout", None),  # text only: a tel: link would ring nobody
    ("cdop_page", None),
])
def test_phone_numbers_become_tel_links_only_when_they_can_be_called(registry, id_, tel):
    assert registry[id_].tel == tel


def test_text_only_services_say_what_to_text(registry):
    assert registry["shout"].sms_text == "SHOUT"
    assert registry["nhs_111_mental_health"].option == "2"
