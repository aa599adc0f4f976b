"""Log lines as one JSON object each (for journald and log shippers), with the request id of
the request they were written for; or plain text for a terminal (`SWITCHBOARD_LOG_FORMAT=text`).

Secrets never reach a log: settings hold them as SecretStr, and no log call passes a token,
password or Authorization header (the access log names the path, not the query string).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from provider.operations import request_ids

ACCESS = "switchboard.access"
# LogRecord's own attributes; anything else on a record came from `extra=` and is a field.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = request_ids.current()
        if request_id is not None:
            line["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, default=str, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        request_id = request_ids.current()
        return f"{text} [request {request_id}]" if request_id else text


def configure(log_format: str = "json", level: int = logging.WARNING, access_log: bool = False) -> None:
    """Root logging to stderr in `log_format`; the access log at INFO when it is on."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else TextFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger(ACCESS).setLevel(logging.INFO if access_log else logging.WARNING)
