"""Outbound email over SMTP: transport only."""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate

from config import Settings
from outbox.errors import NotConfigured, TransportError
from store.models import OutboxEntry

LOOP_HEADER = "X-CDOP-Loop"
TIMEOUT = 30


def build_email(entry: OutboxEntry, settings: Settings) -> EmailMessage:
    assert settings.smtp is not None
    mail = EmailMessage()
    mail["From"] = settings.smtp.mail_from
    mail["To"] = entry.recipient
    mail["Subject"] = entry.subject or ""
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = f"<{entry.message_id_header}>"
    if entry.in_reply_to:
        mail["In-Reply-To"] = f"<{entry.in_reply_to.strip('<>')}>"
    if entry.references:
        mail["References"] = " ".join(f"<{r.strip('<>')}>" for r in entry.references[-20:])
    if entry.automatic:
        # RFC 3834, plus the headers Microsoft and list software honour, so robots do not answer.
        mail["Auto-Submitted"] = "auto-replied"
        mail["X-Auto-Response-Suppress"] = "All"
        mail["Precedence"] = "auto_reply"
    mail[LOOP_HEADER] = settings.smtp.mail_from
    mail.set_content(entry.body_text)
    if entry.body_html:
        mail.add_alternative(entry.body_html, subtype="html")
    return mail


def send_email(entry: OutboxEntry, settings: Settings) -> str:
    """Send one entry; returns the Message-ID as the provider id."""
    if settings.smtp is None:
        raise NotConfigured("SMTP is not configured")
    smtp = settings.smtp
    mail = build_email(entry, settings)
    try:
        client = (smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=TIMEOUT, context=ssl.create_default_context())
                  if smtp.security == "ssl" else smtplib.SMTP(smtp.host, smtp.port, timeout=TIMEOUT))
        with client:
            if smtp.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if smtp.user:
                client.login(smtp.user, smtp.password)
            client.send_message(mail)
    except smtplib.SMTPRecipientsRefused as error:
        if not error.recipients:  # the To address parsed into no recipient at all: retrying cannot help
            raise TransportError("no usable recipient address", permanent=True) from None
        code = next(iter(error.recipients.values()))[0]
        raise TransportError(f"recipient refused ({code})", permanent=500 <= code < 600) from None
    except smtplib.SMTPResponseException as error:
        raise TransportError(f"SMTP {error.smtp_code}: {error.smtp_error[:200]!r}",
                             permanent=500 <= error.smtp_code < 600) from None
    except (OSError, smtplib.SMTPException) as error:
        raise TransportError(f"SMTP unavailable: {type(error).__name__}: {error}") from None
    return entry.message_id_header or ""
