"""Structured logs that carry ids, counts and lengths, never what a person wrote.

`configure()` sends JSON lines to stderr: MIND's own loggers (`mind.*`) at MIND_LOG_LEVEL
(default INFO), every other library at WARNING whatever that level, because some of them
(HTTP clients, model SDKs) print request bodies, which hold user text, at DEBUG. Code logs
with `event(logger, "name", session_id=..., chars=len(text))`; a text itself is never a field.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import Any

from graph.checkpointer import SettingsError

LEVEL_ENV = "MIND_LOG_LEVEL"

_CONFIGURED = "_mind_json_handler"


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {"ts": round(record.created, 3), "level": record.levelname.lower(),
                                "logger": record.name, "event": record.getMessage()}
        line.update(getattr(record, "fields", {}))
        if record.exc_info and record.exc_info[0] is not None:
            line["error"] = record.exc_info[0].__name__  # the type only: a message may quote input
        return json.dumps(line, default=str)


def level(default: str = "INFO") -> int:
    name = os.environ.get(LEVEL_ENV, "").strip().upper() or default
    value = logging.getLevelName(name)
    if not isinstance(value, int):
        raise SettingsError(f"{LEVEL_ENV} must be DEBUG, INFO, WARNING or ERROR, got {name!r}")
    return value


def configure(default: str = "INFO") -> None:
    """Idempotent: a second call (another import, a reload) changes nothing. The CLI passes WARNING as
    the default so a chat in a terminal is not interleaved with log lines."""
    root = logging.getLogger()
    if any(getattr(h, _CONFIGURED, False) for h in root.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines())
    setattr(handler, _CONFIGURED, True)
    root.handlers = [handler]
    root.setLevel(logging.WARNING)
    logging.getLogger("mind").setLevel(level(default))
    for noisy in ("uvicorn", "uvicorn.error", "uvicorn.access", "httpx", "httpcore", "openai", "langsmith"):
        lib = logging.getLogger(noisy)
        lib.handlers, lib.propagate = [], True
        lib.setLevel(max(logging.WARNING, lib.level))


def event(logger: logging.Logger, name: str, level_no: int = logging.INFO, **fields: Any) -> None:
    if logger.isEnabledFor(level_no):
        logger.log(level_no, name, extra={"fields": fields})


__all__ = ["LEVEL_ENV", "configure", "event", "level"]
