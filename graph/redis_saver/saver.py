"""RedisSaver: a LangGraph checkpointer on core Redis commands (Redis >= 6, Valkey, Cluster).

Sync methods use a `redis.Redis`/`RedisCluster` client, async methods a `redis.asyncio` one;
both run the same operations (ops.py). `get_tuple` is one Lua call: one round trip whatever
the thread's length.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    BaseCheckpointSaver,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
)
from langgraph.checkpoint.serde.base import SerializerProtocol

from graph.redis_saver import ops
from graph.redis_saver.connect import aconnect, connect
from graph.redis_saver.io import aiterate, arun, iterate, run
from graph.redis_saver.keys import check_prefix


class RedisSaver(BaseCheckpointSaver[str]):
    def __init__(self, client: Any = None, *, aclient: Any = None, prefix: str = "mind",
                 ttl_seconds: int | None = None, serde: SerializerProtocol | None = None) -> None:
        super().__init__(serde=serde)
        if client is None and aclient is None:
            raise ValueError("RedisSaver needs a redis client (sync), an aclient (redis.asyncio), or both")
        if ttl_seconds is not None and ttl_seconds <= 0:
            raise ValueError(f"ttl_seconds must be positive, got {ttl_seconds}")
        self.client, self.aclient = client, aclient
        self.settings = ops.Settings(check_prefix(prefix), int(ttl_seconds or 0), self.serde)

    @classmethod
    @contextmanager
    def from_url(cls, url: str, **kwargs: Any) -> Iterator[RedisSaver]:
        """A sync saver on REDIS_URL-style `url` (a cluster is detected); the connection closes on exit."""
        client = connect(url)
        try:
            yield cls(client, **kwargs)
        finally:
            client.close()

    @classmethod
    @asynccontextmanager
    async def afrom_url(cls, url: str, **kwargs: Any) -> AsyncIterator[RedisSaver]:
        client = await aconnect(url)
        try:
            yield cls(aclient=client, **kwargs)
        finally:
            await client.aclose()

    def _sync(self) -> Any:
        if self.client is None:
            raise RuntimeError("this RedisSaver has only an async client; use the a* methods")
        return self.client

    def _async(self) -> Any:
        if self.aclient is None:
            raise RuntimeError("this RedisSaver has only a sync client; use the sync methods")
        return self.aclient

    # sync

    def get_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        return run(self._sync(), ops.get_tuple(self.settings, config))

    def list(self, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
             before: RunnableConfig | None = None, limit: int | None = None) -> Iterator[CheckpointTuple]:
        yield from iterate(self._sync(), ops.list_checkpoints(self.settings, config, filter=filter, before=before,
                                                               limit=limit))

    def put(self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
            new_versions: ChannelVersions) -> RunnableConfig:
        return run(self._sync(), ops.put(self.settings, config, checkpoint, metadata, new_versions))

    def put_writes(self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
                   task_path: str = "") -> None:
        run(self._sync(), ops.put_writes(self.settings, config, writes, task_id, task_path))

    def delete_thread(self, thread_id: str) -> None:
        run(self._sync(), ops.delete_thread(self.settings, thread_id))

    def delete_for_runs(self, run_ids: Sequence[str]) -> None:
        run(self._sync(), ops.delete_for_runs(self.settings, run_ids))

    def copy_thread(self, source_thread_id: str, target_thread_id: str) -> None:
        run(self._sync(), ops.copy_thread(self.settings, source_thread_id, target_thread_id))

    def prune(self, thread_ids: Sequence[str], *, strategy: str = "keep_latest") -> None:
        run(self._sync(), ops.prune(self.settings, thread_ids, strategy))

    def thread_ids(self, limit: int | None = None) -> list[str]:
        return run(self._sync(), ops.thread_ids(self.settings, limit))

    # async

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        return await arun(self._async(), ops.get_tuple(self.settings, config))

    async def alist(self, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
                    before: RunnableConfig | None = None, limit: int | None = None) -> AsyncIterator[CheckpointTuple]:
        op = ops.list_checkpoints(self.settings, config, filter=filter, before=before, limit=limit)
        async for item in aiterate(self._async(), op):
            yield item

    async def aput(self, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
                   new_versions: ChannelVersions) -> RunnableConfig:
        return await arun(self._async(), ops.put(self.settings, config, checkpoint, metadata, new_versions))

    async def aput_writes(self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
                          task_path: str = "") -> None:
        await arun(self._async(), ops.put_writes(self.settings, config, writes, task_id, task_path))

    async def adelete_thread(self, thread_id: str) -> None:
        await arun(self._async(), ops.delete_thread(self.settings, thread_id))

    async def adelete_for_runs(self, run_ids: Sequence[str]) -> None:
        await arun(self._async(), ops.delete_for_runs(self.settings, run_ids))

    async def acopy_thread(self, source_thread_id: str, target_thread_id: str) -> None:
        await arun(self._async(), ops.copy_thread(self.settings, source_thread_id, target_thread_id))

    async def aprune(self, thread_ids: Sequence[str], *, strategy: str = "keep_latest") -> None:
        await arun(self._async(), ops.prune(self.settings, thread_ids, strategy))

    async def athread_ids(self, limit: int | None = None) -> list[str]:
        return await arun(self._async(), ops.thread_ids(self.settings, limit))

    def get_next_version(self, current: str | int | None, channel: None = None) -> str:
        """Zero-padded so versions compare as strings; the random tail keeps forks apart."""
        number = 0 if current is None else current if isinstance(current, int) else int(str(current).split(".")[0])
        return f"{number + 1:032}.{random.random():016}"
