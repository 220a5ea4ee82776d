"""The CLI's 18+ confirmation: asked once per person (per data directory), then remembered.

Only the answer and when it was given are stored, next to the session database.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from graph.checkpointer import default_db_path
from graph.nodes.consent import QUESTION, adult_answer


def consent_file() -> Path:
    return default_db_path().with_name("consent.json")


def already_confirmed() -> bool:
    try:
        return json.loads(consent_file().read_text(encoding="utf-8")).get("adult_confirmed") is True
    except (OSError, ValueError, AttributeError):
        return False


def remember() -> None:
    path = consent_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"adult_confirmed": True, "at": int(time.time())}), encoding="utf-8")
    os.replace(tmp, path)


__all__ = ["QUESTION", "adult_answer", "already_confirmed", "consent_file", "remember"]
