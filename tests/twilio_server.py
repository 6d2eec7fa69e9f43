"""A local HTTP server that answers like Twilio's Messages resource, for the real twilio SDK to call."""
from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from twilio.request_validator import RequestValidator

ACCOUNT_SID = "AC" + "0" * 31 + "1"
AUTH_TOKEN = "test-auth-token-0123456789abcdef"
FROM_NUMBER = "+441772000000"


@dataclass(frozen=True)
class Answer:
    """One scripted answer: HTTP status, Twilio error code (None for success), delay before answering."""

    status: int = 201
    code: int | None = None
    message: str = ""
    delay: float = 0.0


# Twilio's answers for the cases outbound delivery must tell apart (twilio.com/docs/errors).
UNSUBSCRIBED = Answer(400, 21610, "Attempt to send to unsubscribed recipient")
INVALID_NUMBER = Answer(400, 21211, "The 'To' number {to} is not a valid phone number.")
RATE_LIMITED = Answer(429, 20429, "Too Many Requests")
SERVER_ERROR = Answer(500, 20500, "Internal Server Error")


class TwilioServer:
    """Serves POST /2010-04-01/Accounts/{AccountSid}/Messages.json on 127.0.0.1."""

    def __init__(self, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN) -> None:
        self.account_sid, self.auth_token = account_sid, auth_token
        self.requests: list[dict[str, str]] = []  # the form fields of each accepted call
        self.answers: list[Answer] = []  # scripted answers, used in order, then 201
        self._sids = (f"SM{n:032x}" for n in itertools.count(0xA000))
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def script(self, *answers: Answer) -> None:
        self.answers.extend(answers)

    def start(self) -> TwilioServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, path: str, authorization: str, form: dict[str, str]) -> tuple[int, dict]:
        """What Twilio would say to this call."""
        expected = "Basic " + base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if authorization != expected:
            return _error(Answer(401, 20003, "Authentication Error - invalid username"))
        if path != f"/2010-04-01/Accounts/{self.account_sid}/Messages.json":
            return _error(Answer(404, 20404, "The requested resource was not found"))
        self.requests.append(form)
        scripted = self.answers.pop(0) if self.answers else Answer()
        time.sleep(scripted.delay)
        if scripted.code is not None:
            return _error(scripted, form.get("To", ""))
        return 201, self._message(form)

    def _message(self, form: dict[str, str]) -> dict:
        sid, now = next(self._sids), dt.datetime.now(dt.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S +0000")
        return {
            "account_sid": self.account_sid, "api_version": "2010-04-01", "body": form.get("Body", ""),
            "date_created": now, "date_updated": now, "date_sent": None, "direction": "outbound-api",
            "error_code": None, "error_message": None, "from": form.get("From"),
            "messaging_service_sid": form.get("MessagingServiceSid"), "num_media": "0", "num_segments": "1",
            "price": None, "price_unit": "GBP", "sid": sid, "status": "queued", "to": form.get("To"),
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
            "subresource_uris": {"media": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}/Media.json"},
        }


def _error(answer: Answer, to: str = "") -> tuple[int, dict]:
    return answer.status, {"code": answer.code, "message": answer.message.format(to=to),
                           "more_info": f"https://www.twilio.com/docs/errors/{answer.code}",
                           "status": answer.status}


def _handler(twilio: TwilioServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (the name http.server calls)
            length = int(self.headers.get("Content-Length", 0))
            fields = parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
            form = {name: values[-1] for name, values in fields.items()}
            status, body = twilio.answer(self.path, self.headers.get("Authorization", ""), form)
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            """Quiet: the tests read `requests` instead."""

    return Handler


@pytest.fixture
def twilio_api() -> Iterator[TwilioServer]:
    server = TwilioServer().start()
    yield server
    server.stop()


def twilio_env(api: TwilioServer, public_url: str = "https://cdop.example.org") -> dict[str, str]:
    """CDOP_* settings that point the app's Twilio client at `api`."""
    return {"CDOP_TWILIO_ACCOUNT_SID": api.account_sid, "CDOP_TWILIO_AUTH_TOKEN": api.auth_token,
            "CDOP_TWILIO_FROM": FROM_NUMBER, "CDOP_TWILIO_API_BASE": api.url, "CDOP_PUBLIC_URL": public_url}


def post_signed(app, path: str, form: dict[str, str], url: str, token: str = AUTH_TOKEN):
    """POST `form` to the app the way Twilio does, signed for the public `url`."""
    signature = RequestValidator(token).compute_signature(url, form)
    return app.test_client().post(path, data=form, headers={"X-Twilio-Signature": signature})
