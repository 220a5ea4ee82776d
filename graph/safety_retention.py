"""Safety events an operator chose to keep after a session is deleted.

By default `delete` erases everything of a session, its safety events included. With
MIND_SAFETY_RETENTION_DAYS set, a delete first copies the session's safety events (kinds,
sources, rounds, reason labels: never the person's text) into a retention log kept beside the
sessions (a Redis sorted set, or a table in the SQLite file), each entry expiring after that many
days. Expired entries are dropped on every write and read.
"""

from __future__ import annotations

import json
import time
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from graph.checkpointer import SettingsError, days_setting
from graph.redis_saver import RedisSaver

RETENTION_ENV = "MIND_SAFETY_RETENTION_DAYS"
_FIELDS = ("kind", "source", "round", "level", "reasons", "agent", "action")  # what an event may carry
_TABLE = ("CREATE TABLE IF NOT EXISTS mind_safety_retained "
          "(session_id TEXT NOT NULL, event TEXT NOT NULL, expires_at REAL NOT NULL)")


def retention_seconds() -> int | None:
    return days_setting(RETENTION_ENV)


def _clean(event: dict[str, Any]) -> dict[str, Any]:
    return {k: event[k] for k in _FIELDS if k in event}


def _redis_key(saver: RedisSaver) -> str:
    return f"{saver.settings.prefix}:safety-retained"


async def retain(saver: BaseCheckpointSaver, session_id: str, events: list[dict[str, Any]]) -> int:
    """Keeps the session's safety events if retention is configured; returns how many were kept."""
    keep = retention_seconds()
    if not keep or not events:
        return 0
    now = time.time()
    rows = [json.dumps({"session_id": session_id, "at": int(now), **_clean(e)}, sort_keys=True) for e in events]
    if isinstance(saver, RedisSaver):
        key = _redis_key(saver)
        async with saver.aclient.pipeline(transaction=True) as pipe:
            pipe.zremrangebyscore(key, "-inf", now)
            pipe.zadd(key, {f"{n}:{row}": now + keep for n, row in enumerate(rows)})
            await pipe.execute()
        return len(rows)
    conn = _sqlite(saver)
    await conn.execute(_TABLE)
    await conn.execute("DELETE FROM mind_safety_retained WHERE expires_at <= ?", (now,))
    await conn.executemany("INSERT INTO mind_safety_retained VALUES (?, ?, ?)",
                           [(session_id, row, now + keep) for row in rows])
    await conn.commit()
    return len(rows)


async def retained(saver: BaseCheckpointSaver) -> list[dict[str, Any]]:
    """The retained events that have not expired, oldest first."""
    now = time.time()
    if isinstance(saver, RedisSaver):
        members = await saver.aclient.zrangebyscore(_redis_key(saver), now, "+inf")
        return [json.loads((m.decode() if isinstance(m, bytes) else m).split(":", 1)[1]) for m in members]
    conn = _sqlite(saver)
    await conn.execute(_TABLE)
    async with conn.execute("SELECT event FROM mind_safety_retained WHERE expires_at > ? ORDER BY rowid",
                            (now,)) as cursor:
        return [json.loads(row[0]) async for row in cursor]


def _sqlite(saver: BaseCheckpointSaver):
    conn = getattr(saver, "conn", None)
    if conn is None:
        raise SettingsError(f"{RETENTION_ENV}: this checkpointer ({type(saver).__name__}) cannot keep a retention log")
    return conn
