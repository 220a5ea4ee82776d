"""Where sessions persist: Redis when REDIS_URL is set, else SQLite at MIND_DB_PATH.

`open_checkpointer` is also the factory `langgraph.json` names, so the CLI, the HTTP server
and `langgraph dev` all store sessions in the same place. MIND_ENCRYPTION_KEY encrypts what
either stores; MIND_SESSION_TTL_DAYS expires idle sessions in Redis.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator

import aiosqlite
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

from graph.encryption import serializer_from_env
from graph.redis_saver import RedisSaver
from graph.redis_saver.connect import redacted

TTL_ENV = "MIND_SESSION_TTL_DAYS"


class SettingsError(ValueError):
    """A persistence setting in the environment that cannot be used."""


def default_db_path() -> Path:
    """MIND_DB_PATH, else the user's data directory (XDG_DATA_HOME or ~/.local/share)/mind/mind.sqlite."""
    if os.environ.get("MIND_DB_PATH"):
        return Path(os.environ["MIND_DB_PATH"]).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "mind" / "mind.sqlite"


def days_setting(env: str) -> int | None:
    """A positive number of days from the environment, in seconds; None if unset."""
    value = os.environ.get(env, "").strip()
    if not value:
        return None
    try:
        days = float(value)
    except ValueError:
        days = -1.0
    if not days > 0 or days != days or days == float("inf"):
        raise SettingsError(f"{env} must be a positive number of days, got {value!r}")
    return max(1, round(days * 86400))


def session_ttl_seconds() -> int | None:
    return days_setting(TTL_ENV)


def redis_url() -> str | None:
    return os.environ.get("REDIS_URL") or None


def describe(path: Path | None = None) -> str:
    url = redis_url()
    return f"Redis at {redacted(url)}" if url and path is None else f"SQLite at {path or default_db_path()}"


@asynccontextmanager
async def open_checkpointer(path: Path | None = None) -> AsyncIterator[BaseCheckpointSaver]:
    """Redis if REDIS_URL is set (unless an explicit SQLite path is given), else SQLite."""
    serde = serializer_from_env()
    url = redis_url()
    if url and path is None:
        async with RedisSaver.afrom_url(url, ttl_seconds=session_ttl_seconds(), serde=serde,
                                        prefix=os.environ.get("MIND_REDIS_PREFIX", "mind")) as saver:
            yield saver
        return
    db = path or default_db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    async with aiosqlite.connect(str(db)) as conn:
        yield AsyncSqliteSaver(conn, serde=serde)


async def thread_ids(saver: BaseCheckpointSaver) -> list[str]:
    """Every thread, newest first where the store knows (Redis keeps a registry)."""
    if isinstance(saver, RedisSaver):
        return await saver.athread_ids()
    seen: dict[str, None] = {}
    async for item in saver.alist(None):
        seen.setdefault(item.config["configurable"]["thread_id"], None)
    return list(seen)
