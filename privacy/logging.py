"""Logs without personal data: every record is masked as it is made, and written as JSON lines.

Masking happens in the log record factory rather than in a filter on the root logger, because
a logger's filters never see records that propagate up from child loggers; the factory sees
every record of every logger, whichever handler (console, file, pytest's capture) takes it.
"""
from __future__ import annotations

import json
import logging
import traceback

from triage.pii import mask

_MASKING = "_cdop_masking"


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """Replace the message, traceback and stack of ``record`` by their masked text."""
    try:
        message = record.getMessage()
    except (TypeError, ValueError):  # arguments that do not fit the format: keep both, masked
        message = f"{record.msg} {record.args!r}"
    record.msg, record.args = mask(message), ()
    if record.exc_info and not record.exc_text:
        record.exc_text = mask("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
    if record.stack_info:
        record.stack_info = mask(record.stack_info)
    return record


def install_masking() -> None:
    """Wrap the record factory once per process, however many apps are created."""
    factory = logging.getLogRecordFactory()
    if getattr(factory, _MASKING, False):
        return

    def masked(*args, **kwargs) -> logging.LogRecord:
        return mask_record(factory(*args, **kwargs))

    setattr(masked, _MASKING, True)
    logging.setLogRecordFactory(masked)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message and any traceback."""

    def format(self, record: logging.LogRecord) -> str:
        line = {"at": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"), "level": record.levelname,
                "logger": record.name, "message": record.getMessage()}
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = record.exc_text
        return json.dumps(line, ensure_ascii=False)


def configure_logging(level: int = logging.INFO) -> None:
    """Mask every record; when nothing else handles logs yet, write JSON lines to stderr."""
    install_masking()
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(JsonFormatter())
        root.addHandler(handler)
        root.setLevel(level)
