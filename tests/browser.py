"""Shared browser-test helpers: a live server, headless Chromium pages, axe-core and screenshots.

The fixtures are registered once for the whole run by ``pytest_plugins`` in tests/conftest.py.
``live_app`` is the app on a migrated SQLite file with CSRF on; override it to serve another app.
"""
from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import upgrade
from werkzeug.serving import WSGIRequestHandler, make_server

from extensions import db
from tests.conftest import ROOT, make_app, need

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ARTIFACTS = ROOT / "test-artifacts"


@dataclass(frozen=True)
class LiveServer:
    """A running server: `url` has no trailing slash."""

    app: Flask
    url: str


class _QuietHandler(WSGIRequestHandler):
    """No access log: it would bury the test output."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


@contextmanager
def serve(app: Flask) -> Iterator[LiveServer]:
    """Serve `app` with werkzeug on a free loopback port in a thread, until the block ends."""
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(app, f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture
def live_app(tmp_path, app_env) -> Iterator[Flask]:
    """The app on a fresh SQLite file, with CSRF checked as in production."""
    app = make_app(f"sqlite:///{tmp_path / 'live.sqlite3'}", tmp_path, app_env)
    app.config["WTF_CSRF_ENABLED"] = True
    with app.app_context():
        upgrade()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def live_server(live_app) -> Iterator[LiveServer]:
    with serve(live_app) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the session (never a downloaded browser build)."""
    need(CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    """A fresh browser context and page; a failing test leaves a screenshot behind."""
    context = browser.new_context(viewport={"width": 1024, "height": 800}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(10_000)
    failed_before = request.session.testsfailed
    yield page
    # The call phase has been reported by teardown time: a new failure is this test's.
    if request.session.testsfailed > failed_before:
        screenshot(page, f"FAILED-{request.node.name}")
    context.close()


def run_axe(page, context: str | dict | None = None) -> list[dict]:
    """Run axe-core in the page; the WCAG 2.2 A/AA violations it finds (empty when none)."""
    need(AXE.exists(), f"{AXE} is missing: run `npm ci`")
    # Evaluated through the DevTools protocol, which the page's CSP (no inline script) allows;
    # a <script> tag would be refused.
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "([context, tags]) => axe.run(context || document, {runOnly: {type: 'tag', values: tags}})",
        [context, AXE_TAGS])
    return result["violations"]


def describe_violations(violations: list[dict]) -> str:
    """A readable assertion message: rule, impact, help and the offending elements."""
    return json.dumps([{"id": v["id"], "impact": v["impact"], "help": v["help"],
                        "nodes": [n["target"] for n in v["nodes"]]} for v in violations], indent=2)


def screenshot(page, name: str) -> Path:
    """Save a full-page PNG under test-artifacts/ (gitignored) and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / (re.sub(r"[^A-Za-z0-9_.-]+", "-", name) + ".png")
    page.screenshot(path=str(path), full_page=True)
    return path
