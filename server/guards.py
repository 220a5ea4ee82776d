"""What keeps one user or one request from hurting the rest: a body size limit, a per-user rate
limit and a per-session lock. With Redis they are shared by every server process; without it
they hold within one process (and `mind serve` then runs one).
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from graph.redis_saver.keys import escape

MAX_BODY_BYTES = 64 * 1024
LOCK_MS = 15_000  # renewed while a round runs; a crashed server's lock is gone this long after


class BodyLimit:
    """ASGI middleware: a request body over the limit is answered 413 before anything reads it."""

    def __init__(self, app: Any, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            return await self._too_large(send)
        seen = 0

        async def limited():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await self._too_large(send)

    async def _too_large(self, send):
        body = json.dumps({"error": {"code": "payload_too_large",
                                     "message": f"request bodies are limited to {self.max_bytes} bytes"}}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


class RateLimiter:
    """A fixed window per user: at most `limit` requests per `window` seconds."""

    def __init__(self, limit: int, window: int = 60, redis: Any = None, prefix: str = "mind") -> None:
        self.limit, self.window, self.redis, self.prefix = limit, window, redis, prefix
        self.counts: dict[tuple[str, int], int] = {}

    async def allow(self, user: str) -> tuple[bool, int]:
        """(allowed, seconds until the window resets)."""
        now = time.time()
        slot = int(now // self.window)
        retry = int(self.window - now % self.window) + 1
        if self.redis is not None:
            key = f"{self.prefix}:rate:{{{escape(user)}}}:{slot}"
            pipe = self.redis.pipeline(transaction=False)
            pipe.incr(key)
            pipe.expire(key, self.window * 2)
            count, _ = await pipe.execute()
        else:
            self.counts = {k: v for k, v in self.counts.items() if k[1] >= slot}  # forget old windows
            count = self.counts[(user, slot)] = self.counts.get((user, slot), 0) + 1
        return count <= self.limit, retry


_RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
_RENEW = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0"


class SessionBusy(Exception):
    pass


class SessionLocks:
    """One comfort at a time per session. Taking a held lock fails at once (the caller answers 409)."""

    def __init__(self, redis: Any = None, prefix: str = "mind") -> None:
        self.redis, self.prefix = redis, prefix
        self.held: set[str] = set()

    def _key(self, session_id: str) -> str:
        return f"{self.prefix}:{{{escape(session_id)}}}:lock"  # the session's own cluster slot

    @asynccontextmanager
    async def hold(self, session_id: str) -> AsyncIterator[None]:
        if self.redis is None:
            if session_id in self.held:
                raise SessionBusy
            self.held.add(session_id)
            try:
                yield
            finally:
                self.held.discard(session_id)
            return
        key, token = self._key(session_id), uuid.uuid4().hex
        if not await self.redis.set(key, token, nx=True, px=LOCK_MS):
            raise SessionBusy
        renewer = asyncio.create_task(self._renew(key, token))
        try:
            yield
        finally:
            renewer.cancel()
            await self.redis.eval(_RELEASE, 1, key, token)

    async def _renew(self, key: str, token: str) -> None:
        while True:
            await asyncio.sleep(LOCK_MS / 3000)
            await self.redis.eval(_RENEW, 1, key, token, LOCK_MS)
