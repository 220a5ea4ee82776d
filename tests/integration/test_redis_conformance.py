"""LangGraph's checkpointer conformance suite against our RedisSaver, on real servers."""

from __future__ import annotations

import asyncio
import uuid
from contextlib import asynccontextmanager

import pytest
from langgraph.checkpoint.conformance import checkpointer_test, validate
from langgraph.checkpoint.conformance.capabilities import ALL_CAPABILITIES

from graph.redis_saver import RedisSaver
from graph.redis_saver.connect import connect

pytestmark = pytest.mark.integration


class ThreadedSyncSaver(RedisSaver):
    """Runs the suite through the sync methods: each async method calls its sync twin in a thread."""

    async def aget_tuple(self, config):
        return await asyncio.to_thread(self.get_tuple, config)

    async def alist(self, config, *, filter=None, before=None, limit=None):
        for item in await asyncio.to_thread(lambda: list(self.list(config, filter=filter, before=before, limit=limit))):
            yield item

    async def aput(self, config, checkpoint, metadata, new_versions):
        return await asyncio.to_thread(self.put, config, checkpoint, metadata, new_versions)

    async def aput_writes(self, config, writes, task_id, task_path=""):
        return await asyncio.to_thread(self.put_writes, config, writes, task_id, task_path)

    async def adelete_thread(self, thread_id):
        return await asyncio.to_thread(self.delete_thread, thread_id)

    async def adelete_for_runs(self, run_ids):
        return await asyncio.to_thread(self.delete_for_runs, run_ids)

    async def acopy_thread(self, source_thread_id, target_thread_id):
        return await asyncio.to_thread(self.copy_thread, source_thread_id, target_thread_id)

    async def aprune(self, thread_ids, *, strategy="keep_latest"):
        return await asyncio.to_thread(self.prune, thread_ids, strategy=strategy)


@asynccontextmanager
async def open_saver(url: str, mode: str):
    prefix = f"conformance-{uuid.uuid4().hex[:8]}"
    if mode == "async":
        async with RedisSaver.afrom_url(url, prefix=prefix) as saver:
            yield saver
    else:
        client = connect(url)
        try:
            yield ThreadedSyncSaver(client, prefix=prefix)
        finally:
            client.close()


@pytest.mark.parametrize("mode", ["async", "sync"])
@pytest.mark.parametrize("target", ["standalone", "cluster"])
async def test_conformance_suite_passes_in_full(target, mode, request, capsys):
    server = request.getfixturevalue("redis_server" if target == "standalone" else "redis_cluster")

    @checkpointer_test(name=f"RedisSaver ({mode}, {target} Redis)")
    async def factory():
        async with open_saver(server.url, mode) as saver:
            yield saver

    report = await validate(factory)
    with capsys.disabled():
        report.print_report()
    failures = [f for result in report.results.values() for f in result.failures]
    assert not failures, "\n".join(failures)
    assert {name for name, r in report.results.items() if r.detected} == {c.value for c in ALL_CAPABILITIES}
    assert report.conformance_level() == "FULL"
    assert sum(r.tests_passed for r in report.results.values()) >= 81  # the whole suite of 0.0.2
