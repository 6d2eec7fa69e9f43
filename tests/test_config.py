"""Settings: defaults work with nothing set; bad values are named clearly."""
from __future__ import annotations

import pytest

from config import ConfigError, load_settings


def test_it_works_with_no_settings_at_all(tmp_path):
    settings = load_settings(tmp_path, {})
    assert settings.database_url == f"sqlite:///{tmp_path / 'cdop.sqlite3'}"
    assert len(settings.secret_key) == 64
    assert load_settings(tmp_path, {}).secret_key == settings.secret_key, "the generated key is kept"
    assert settings.channel_status() == {"imap": "not configured", "smtp": "not configured",
                                         "twilio": "not configured"}


@pytest.mark.parametrize("env, named", [
    ({"CDOP_IMAP_HOST": "mail", "CDOP_IMAP_USER": "u", "CDOP_IMAP_PASSWORD": "p", "CDOP_IMAP_PORT": "abc"},
     "CDOP_IMAP_PORT"),
    ({"CDOP_IMAP_HOST": "mail"}, "CDOP_IMAP_USER"),
    ({"CDOP_IMAP_HOST": "mail", "CDOP_IMAP_USER": "u", "CDOP_IMAP_PASSWORD": "p",
      "CDOP_IMAP_STALE_MINUTES": "soon"}, "CDOP_IMAP_STALE_MINUTES"),
    ({"CDOP_SMTP_HOST": "mail", "CDOP_SMTP_SECURITY": "tls"}, "CDOP_SMTP_SECURITY"),
    ({"CDOP_SMTP_HOST": "mail"}, "CDOP_MAIL_FROM"),
    ({"CDOP_DATABASE_URL": "mysql://x"}, "CDOP_DATABASE_URL"),
    ({"CDOP_PUBLIC_URL": "example.org"}, "CDOP_PUBLIC_URL"),
    ({"CDOP_REVIEW_THRESHOLD": "2"}, "CDOP_REVIEW_THRESHOLD"),
    ({"CDOP_TEAM_EMAIL": "team"}, "CDOP_TEAM_EMAIL"),
])
def test_it_names_the_variable_with_a_bad_value(tmp_path, env, named):
    with pytest.raises(ConfigError, match=named):
        load_settings(tmp_path, env)


def test_a_postgresql_url_uses_psycopg_3(tmp_path):
    settings = load_settings(tmp_path, {"CDOP_DATABASE_URL": "postgresql://u@h/db"})
    assert settings.database_url == "postgresql+psycopg://u@h/db"


def test_the_mailbox_stall_limit_is_an_imap_setting(tmp_path):
    env = {"CDOP_IMAP_HOST": "mail", "CDOP_IMAP_USER": "u", "CDOP_IMAP_PASSWORD": "p"}
    assert load_settings(tmp_path, env).imap.stale_minutes == 15
    assert load_settings(tmp_path, {**env, "CDOP_IMAP_STALE_MINUTES": "40"}).imap.stale_minutes == 40
