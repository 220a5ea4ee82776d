"""Checkpointer benchmark: our RedisSaver side by side with AsyncSqliteSaver (and the official
AsyncRedisSaver where a Redis with RedisJSON and RediSearch is reachable), in one run.

    .venv/bin/python bench/checkpointer.py [--redis-url URL] [--stack-url URL] [--sizes 10,100,1000]

Without --redis-url it starts a throwaway Debian redis-server on a free port. Every figure is
the median of repeated calls on a thread already holding N checkpoints; a bare PING on the
same client is timed too, the floor for any Redis call.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiosqlite  # noqa: E402
import redis.asyncio as aredis  # noqa: E402
from langgraph.checkpoint.base import empty_checkpoint  # noqa: E402
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver  # noqa: E402

from graph.redis_saver import RedisSaver  # noqa: E402

REPEAT = 200
TURN = "You forgot the deadline and now everyone knows you cannot be trusted with anything. " * 3


def checkpoint_for(step: int) -> tuple[dict, dict]:
    """A checkpoint shaped like a MIND session's: a few small channels and a growing-but-capped transcript."""
    cp = empty_checkpoint()
    values = {"round": step, "status": "active", "memory": TURN[:600],
              "transcript": [{"role": "devil", "text": TURN, "round": i} for i in range(min(step, 12))],
              "scene": {"index": step % 4, "text": TURN}}
    cp["id"] = str(uuid.uuid1())  # time-ordered, like LangGraph's uuid6 ids
    cp["channel_values"] = values
    return cp, values


async def fill(saver: Any, thread: str, n: int) -> dict:
    config = {"configurable": {"thread_id": thread, "checkpoint_ns": ""}}
    versions: dict[str, Any] = {}
    for step in range(n):
        cp, values = checkpoint_for(step)
        new = {}
        for channel in values:  # round and transcript change every step, the rest rarely
            if channel in ("round", "transcript") or channel not in versions or step % 10 == 0:
                versions[channel] = saver.get_next_version(versions.get(channel), None)
                new[channel] = versions[channel]
        cp["channel_versions"] = dict(versions)
        config = await saver.aput(config, cp, {"source": "loop", "step": step, "parents": {}}, new)
    return config


async def interleaved_us(calls: dict[Any, Any], repeat: int) -> dict[Any, float]:
    """Median time of each call, taking turns so that drift on a busy machine hits all alike."""
    times: dict[Any, list[float]] = {name: [] for name in calls}
    gc.disable()  # as timeit does: a collection landing in one sample is noise
    try:
        for _ in range(repeat):
            for name, call in calls.items():
                start = time.perf_counter()
                await call()
                times[name].append(time.perf_counter() - start)
    finally:
        gc.enable()
    return {name: statistics.median(t) * 1e6 for name, t in times.items()}


def operations(saver: Any, n: int, thread: str, latest: dict) -> dict[str, Any]:
    head = {"configurable": {"thread_id": thread, "checkpoint_ns": ""}}

    async def get_tuple():
        assert await saver.aget_tuple(head) is not None

    async def list_10():
        assert len([t async for t in saver.alist(head, limit=10)]) == min(10, n)

    async def put_writes():
        await saver.aput_writes(latest, [("comfort", TURN), ("branch:to:patient", None)], str(uuid.uuid4()))

    async def put():
        cp, _ = checkpoint_for(n)
        version = saver.get_next_version(None, None)
        cp["channel_versions"] = {"round": version}
        await saver.aput(head, cp, {"source": "loop", "step": n, "parents": {}}, {"round": version})

    return {"get_tuple": get_tuple, "list(limit=10)": list_10, "put_writes": put_writes, "put": put}


async def measure(saver: Any, sizes: list[int], ping: Any) -> dict[int, dict[str, float]]:
    """Every operation on threads of every size, the sizes (and a PING) taking turns."""
    threads = {}
    for n in sizes:
        thread = f"bench-{n}-{uuid.uuid4().hex[:6]}"
        threads[n] = operations(saver, n, thread, await fill(saver, thread, n))
    results: dict[int, dict[str, float]] = {n: {} for n in sizes}
    for op in threads[sizes[0]]:
        calls: dict[Any, Any] = {n: threads[n][op] for n in sizes}
        if ping is not None and op == "get_tuple":
            calls["PING"] = ping
        timed = await interleaved_us(calls, REPEAT if op == "get_tuple" else REPEAT // 2)
        for n in sizes:
            results[n][op] = timed[n]
        if "PING" in timed:
            for n in sizes:
                results[n]["PING"] = timed["PING"]
    return results


@asynccontextmanager
async def backends(redis_url: str, stack_url: str | None, workdir: Path):
    async with AsyncExitStack() as stack:
        found: dict[str, Any] = {}
        found["RedisSaver"] = await stack.enter_async_context(RedisSaver.afrom_url(redis_url, prefix="bench"))
        conn = await stack.enter_async_context(aiosqlite.connect(str(workdir / "bench.sqlite")))
        sqlite = AsyncSqliteSaver(conn)
        await sqlite.setup()
        found["AsyncSqliteSaver"] = sqlite
        official = await official_saver(stack, stack_url or redis_url)
        if official is not None:
            found["AsyncRedisSaver (official)"] = official
        yield found


async def official_saver(stack: AsyncExitStack, url: str) -> Any:
    client = aredis.Redis.from_url(url)
    try:
        modules = {m[b"name"].decode().lower() for m in await client.execute_command("MODULE", "LIST")}
    finally:
        await client.aclose()
    if not {"search", "rejson"} <= modules:
        print(f"official AsyncRedisSaver: skipped, the Redis at {url} has no RedisJSON/RediSearch "
              f"(modules: {sorted(modules) or 'none'}); pass --stack-url to a Redis 8 or Redis Stack")
        return None
    from langgraph.checkpoint.redis.aio import AsyncRedisSaver

    saver = await stack.enter_async_context(AsyncRedisSaver.from_conn_string(url))
    await saver.asetup()
    return saver


def report(results: dict[str, dict[int, dict[str, float]]], sizes: list[int]) -> None:
    names = list(results)
    ours = results["RedisSaver"]
    ops = [op for op in ours[sizes[0]] if op != "PING"]
    ping = ours[max(sizes)]["PING"]
    print(f"\nPING (bare Redis round trip, timed in turn with RedisSaver.get_tuple): {ping:.0f} us\n")
    header = f"{'operation':<16}{'N':>6}" + "".join(f"{n[:26]:>28}" for n in names) + "".join(
        f"{'x ' + n.split()[0][:18]:>22}" for n in names[1:])
    print(header + "\n" + "-" * len(header))
    for op in ops:
        for n in sizes:
            row = f"{op:<16}{n:>6}" + "".join(f"{results[name][n][op]:>25.0f} us" for name in names)
            row += "".join(f"{results[name][n][op] / ours[n][op]:>22.2f}" for name in names[1:])
            print(row)
    print("\n(x <backend>: that backend's time divided by RedisSaver's; above 1 means RedisSaver is faster)\n")
    small, large = min(sizes), max(sizes)
    for name in names:
        growth = results[name][large]["get_tuple"] / results[name][small]["get_tuple"]
        print(f"{name}: get_tuple at N={large} vs N={small}: {growth:.2f}x")
    floor = ours[large]["get_tuple"] / ping
    print(f"RedisSaver: get_tuple (N={large}) / PING: {floor:.2f}x")
    growth = ours[large]["get_tuple"] / ours[small]["get_tuple"]
    print(f"\ngoals: growth <= 1.5 -> {'met' if growth <= 1.5 else 'MISSED'}; "
          f"get_tuple <= 3 x PING -> {'met' if floor <= 3 else 'MISSED'}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--redis-url", help="a Redis to use (default: start a throwaway redis-server)")
    parser.add_argument("--stack-url", help="a Redis with RedisJSON+RediSearch for the official saver")
    parser.add_argument("--sizes", default="10,100,1000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        server = None
        if not args.redis_url:
            from tests.integration.services import RedisServer

            server = RedisServer(Path(tmp) / "redis").start()
        url = args.redis_url or server.url
        try:
            async with backends(url, args.stack_url, Path(tmp)) as found:
                ping_client = aredis.Redis.from_url(url)
                try:
                    results = {name: await measure(saver, sizes, ping_client.ping if name == "RedisSaver" else None)
                               for name, saver in found.items()}
                finally:
                    await ping_client.aclose()
        finally:
            if server:
                server.stop()
    report(results, sizes)


if __name__ == "__main__":
    asyncio.run(main())
