"""Fixtures: the app on a real SQLite file and on the machine's PostgreSQL."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import psycopg
import pytest
from flask_migrate import upgrade
from sqlalchemy import text

from app import create_app
from extensions import db

# One definition of the browser fixtures for every module, so one Playwright instance serves the run.
pytest_plugins = ["tests.browser"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PG_ADMIN = os.environ.get("CDOP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI") == "true"


def need(condition: bool, reason: str) -> None:
    """Skip outside CI when a real service or file is missing; in CI that is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    need(path.exists(), f"{path} is absent")
    return path


def _pg_available() -> bool:
    try:
        psycopg.connect(PG_ADMIN, connect_timeout=3).close()
        return True
    except psycopg.Error:
        return False


@pytest.fixture(scope="session")
def pg_database():
    """A database of our own on the local PostgreSQL, dropped at the end."""
    need(_pg_available(), f"PostgreSQL not reachable at {PG_ADMIN}")
    name = f"cdop_test_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_schema(pg_database):
    """Migrate the session's PostgreSQL database once."""
    app = create_app({"ENV": {"CDOP_DATABASE_URL": pg_database}, "TESTING": True})
    with app.app_context():
        upgrade()
        db.engine.dispose()
    return pg_database


def make_app(database_url: str, tmp_path: Path, env: dict | None = None):
    config = {"CDOP_DATABASE_URL": database_url, "CDOP_SECRET_KEY": "test-secret",
              "CDOP_TEAM_EMAIL": "team@cdop.test", **(env or {})}
    return create_app({"ENV": config, "TESTING": True, "WTF_CSRF_ENABLED": False})


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'cdop.sqlite3'}"
    return request.getfixturevalue("pg_schema")


@pytest.fixture
def app_env():
    """Extra CDOP_* settings for the app fixture; tests override it."""
    return {}


@pytest.fixture
def app(database_url, tmp_path, app_env):
    app = make_app(database_url, tmp_path, app_env)
    with app.app_context():
        if database_url.startswith("sqlite"):
            upgrade()
        else:
            _truncate_all()
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def sqlite_app(tmp_path, app_env):
    app = make_app(f"sqlite:///{tmp_path / 'cdop.sqlite3'}", tmp_path, app_env)
    with app.app_context():
        upgrade()
        yield app
        db.session.remove()
        db.engine.dispose()


def _truncate_all() -> None:
    tables = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
    db.session.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    db.session.commit()
