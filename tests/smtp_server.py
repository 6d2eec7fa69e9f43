"""A real SMTP server for tests (aiosmtpd) that keeps what it receives and can be switched off."""
from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

from tests.dovecot import free_port, wait_for_port


class Collector:
    """The SMTP handler: refuses listed recipients with 550, keeps every accepted message."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.refused: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refused:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


class SmtpServer:
    """One port for its whole life; stop() makes it refuse connections until start()."""

    def __init__(self) -> None:
        self.port = free_port()
        self.handler = Collector()
        self._controller: Controller | None = None

    @property
    def messages(self) -> list[EmailMessage]:
        return self.handler.messages

    def refuse(self, address: str) -> None:
        self.handler.refused.add(address.lower())

    def start(self) -> None:
        # A fresh controller each time: a stopped one does not restart cleanly.
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                      data_size_limit=60 * 1024 * 1024)
        self._controller.start()
        wait_for_port(self.port, up=True)

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
            wait_for_port(self.port, up=False)

    def env(self, mail_from: str = "cdop@cdop.test") -> dict[str, str]:
        """CDOP_SMTP_* settings for the app."""
        return {"CDOP_SMTP_HOST": "127.0.0.1", "CDOP_SMTP_PORT": str(self.port),
                "CDOP_SMTP_SECURITY": "none", "CDOP_MAIL_FROM": mail_from}


@pytest.fixture
def smtp_server():
    """A running SMTP server collecting messages, stopped afterwards."""
    server = SmtpServer()
    server.start()
    yield server
    server.stop()
