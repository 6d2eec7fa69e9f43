"""The Flask application factory."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from config import ConfigError, load_settings
from replies.registry import RegistryError, load_registry
from extensions import csrf, db, limiter, login_manager, migrate
from privacy.logging import configure_logging
from services import Services
from store.engine import configure_engine, engine_options

ROOT = Path(__file__).resolve().parent
logger = logging.getLogger(__name__)


def create_app(test_config: dict | None = None) -> Flask:
    configure_logging()  # first, so nothing is logged unmasked
    app = Flask(__name__, instance_path=str(ROOT / "instance"), template_folder="templates")
    env = dict(os.environ) | (test_config or {}).get("ENV", {})
    try:
        settings = load_settings(Path(app.instance_path), env)
        registry = load_registry(env)
    except (ConfigError, RegistryError) as error:
        raise SystemExit(f"configuration error: {error}") from None
    app.config.update(SECRET_KEY=settings.secret_key, SQLALCHEMY_DATABASE_URI=settings.database_url,
                      SQLALCHEMY_ENGINE_OPTIONS=engine_options(settings.database_url),
                      MAX_CONTENT_LENGTH=settings.max_message_bytes)
    app.config.update({k: v for k, v in (test_config or {}).items() if k != "ENV"})
    app.extensions["cdop"] = Services(settings, registry)
    if settings.trusted_proxies:
        # Rate limits and logs need the visitor's address, not the proxy's; without a trusted
        # proxy the header is ignored, so no visitor can choose their own address.
        hops = settings.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
    register_extensions(app)
    register_blueprints(app)
    register_commands(app)
    for channel, state in settings.channel_status().items():
        if state != "configured":
            logger.info("%s: %s", channel, state)
    return app


def register_extensions(app: Flask) -> None:
    from privacy.crypto import install as install_encryption
    from web.security import init_security

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    init_security(app, app.extensions["cdop"].settings.public_url)
    install_encryption(app, app.extensions["cdop"].settings.encryption_keys)
    with app.app_context():
        configure_engine(db.engine)


def register_blueprints(app: Flask) -> None:
    from intake.sms import bp as sms_bp
    from web.chat import bp as chat_bp
    from web.enquiry_form import bp as enquiry_bp
    from team import create_blueprint as team_blueprint
    from web.health import bp as health_bp
    from web.metrics import bp as metrics_bp

    app.register_blueprint(health_bp)
    app.register_blueprint(metrics_bp)
    app.register_blueprint(team_blueprint())
    app.register_blueprint(sms_bp)
    app.register_blueprint(enquiry_bp)
    app.register_blueprint(chat_bp)


def register_commands(app: Flask) -> None:
    from commands.corrections import corrections
    from commands.enquiries import enquiries
    from commands.intake import intake
    from commands.outbox import outbox
    from commands.privacy import backup, contacts, encryption, retention
    from commands.users import users
    from commands.worker import worker

    for group in (corrections, enquiries, intake, outbox, users, worker, retention, contacts, backup, encryption):
        app.cli.add_command(group)
