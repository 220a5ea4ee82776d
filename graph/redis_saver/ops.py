"""The saver's operations, free of I/O: each yields command batches and builds results.

Every change to one thread is a single Lua call (atomic, one slot). The global indexes
(the thread registry and run index) are updated in the same round trip, registry first,
so a thread with data is always listed; an index entry whose thread is gone is harmless.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    WRITES_IDX_MAP,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    get_checkpoint_id,
    get_serializable_checkpoint_metadata,
)
from langgraph.checkpoint.serde.base import SerializerProtocol

from graph.redis_saver.io import Batch, Command, evalsha
from graph.redis_saver.keys import ThreadKeys, escape, registry_key, run_key, unescape
from graph.redis_saver.records import (
    EMPTY,
    NUL,
    blob_field,
    channel_of,
    pack_checkpoint,
    pack_typed,
    pack_write,
    unpack_checkpoint,
    unpack_typed,
    unpack_writes,
    write_field,
)

LOAD_CHUNK = 50  # checkpoints fetched per script call while listing


@dataclass(frozen=True)
class Settings:
    prefix: str
    ttl_seconds: int
    serde: SerializerProtocol

    def keys(self, thread_id: Any) -> ThreadKeys:
        return ThreadKeys(self.prefix, str(thread_id))

    def registered(self, thread_id: str) -> list[Command]:
        """Registry and TTL bookkeeping for a write to this thread."""
        return [("ZADD", registry_key(self.prefix), int(time.time() * 1000), thread_id)]

    def run_indexed(self, run_ids: set[str], thread_id: str) -> list[Command]:
        commands: list[Command] = []
        for run in sorted(run_ids):
            commands.append(("SADD", run_key(self.prefix, run), thread_id))
            if self.ttl_seconds:
                commands.append(("EXPIRE", run_key(self.prefix, run), self.ttl_seconds))
        return commands


def _address(config: RunnableConfig) -> tuple[str, str, str | None]:
    conf = config["configurable"]
    return str(conf["thread_id"]), conf.get("checkpoint_ns", "") or "", get_checkpoint_id(config)


def _run_of(member: bytes) -> str:
    return unescape(member.split(NUL, 1)[0].decode())


def _tuple(s: Settings, thread_id: str, ns: str, entry: list[Any]) -> CheckpointTuple:
    cid, rec, refs, blobs, wfields, wvalues = entry
    record = unpack_checkpoint(rec)
    checkpoint: Checkpoint = s.serde.loads_typed(record.checkpoint)
    values = {}
    for ref, raw in zip(refs, blobs):
        if raw is None:
            continue
        typed = unpack_typed(raw)
        if typed[0] != EMPTY:
            values[channel_of(ref)] = s.serde.loads_typed(typed)
    checkpoint_id = unescape(cid.decode())

    def address(checkpoint_id: str) -> RunnableConfig:
        return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ns, "checkpoint_id": checkpoint_id}}

    return CheckpointTuple(
        config=address(checkpoint_id),
        checkpoint={**checkpoint, "channel_values": values},
        metadata=s.serde.loads_typed(record.metadata),
        parent_config=address(record.parent) if record.parent else None,
        pending_writes=unpack_writes(wfields, wvalues, s.serde.loads_typed),
    )


def get_tuple(s: Settings, config: RunnableConfig):
    thread_id, ns, checkpoint_id = _address(config)
    keys = s.keys(thread_id)
    (entries,) = yield Batch([evalsha("load", keys, escape(ns), escape(checkpoint_id) if checkpoint_id else "")])
    return _tuple(s, thread_id, ns, entries[0]) if entries[0] else None


def put(s: Settings, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata,
        new_versions: ChannelVersions):
    thread_id, ns, parent = _address(config)
    stored = checkpoint.copy()
    values: dict[str, Any] = stored.pop("channel_values", {})  # type: ignore[misc]
    blobs: list[bytes] = []
    for channel, version in new_versions.items():
        typed = s.serde.dumps_typed(values[channel]) if channel in values else (EMPTY, b"")
        blobs += [blob_field(channel, version), pack_typed(typed)]
    refs = [blob_field(channel, version) for channel, version in stored["channel_versions"].items()]
    meta = get_serializable_checkpoint_metadata(config, metadata)
    run = str(meta.get("run_id") or "")
    record = pack_checkpoint(run, refs, parent, s.serde.dumps_typed(stored), s.serde.dumps_typed(meta))
    put_call = evalsha("put", s.keys(thread_id), s.ttl_seconds, escape(ns), escape(checkpoint["id"]), record,
                       escape(run), *blobs)
    yield Batch(s.registered(thread_id) + [put_call] + (s.run_indexed({run}, thread_id) if run else []))
    return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ns, "checkpoint_id": checkpoint["id"]}}


def put_writes(s: Settings, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str,
               task_path: str = ""):
    thread_id, ns, checkpoint_id = _address(config)
    if checkpoint_id is None:
        raise ValueError("put_writes needs a config with a checkpoint_id")
    argv: list[Any] = []
    for idx, (channel, value) in enumerate(writes):
        slot = WRITES_IDX_MAP.get(channel, idx)  # special channels overwrite, others are kept on retry
        argv += [write_field(checkpoint_id, task_id, slot),
                 pack_write(channel, task_path, s.serde.dumps_typed(value)), "1" if slot < 0 else "0"]
    yield Batch(s.registered(thread_id) + [evalsha("put_writes", s.keys(thread_id), s.ttl_seconds, escape(ns), *argv)])


def thread_ids(s: Settings, limit: int | None = None):
    """Threads, most recently written first; threads past their TTL are dropped from the registry."""
    registry = registry_key(s.prefix)
    commands: list[Command] = []
    if s.ttl_seconds:
        commands.append(("ZREMRANGEBYSCORE", registry, "-inf", f"({int((time.time() - s.ttl_seconds) * 1000)}"))
    commands.append(("ZREVRANGE", registry, 0, -1 if limit is None else limit - 1))
    replies = yield Batch(commands)
    return [t.decode() for t in replies[-1]]


def list_checkpoints(s: Settings, config: RunnableConfig | None, *, filter: dict[str, Any] | None = None,
                     before: RunnableConfig | None = None, limit: int | None = None):
    """Newest first within a thread (across its namespaces unless one is named)."""
    if limit is not None and limit <= 0:
        return
    threads = [str(config["configurable"]["thread_id"])] if config else (yield from thread_ids(s))
    wanted_ns = config["configurable"].get("checkpoint_ns") if config else None
    wanted_id = get_checkpoint_id(config) if config else None
    before_id = get_checkpoint_id(before) if before else None
    remaining = limit
    for thread_id in threads:
        keys = s.keys(thread_id)
        if wanted_ns is None:
            (members,) = yield Batch([("SMEMBERS", keys.namespaces)])
            spaces = sorted(m.decode() for m in members)
        else:
            spaces = [escape(wanted_ns)]
        if not spaces:
            continue
        upper = f"({escape(before_id)}" if before_id else "+"
        page = ("LIMIT", 0, remaining) if remaining is not None and not filter and not wanted_id else ()
        id_lists = yield Batch([("ZREVRANGEBYLEX", keys.ns("idx", ens), upper, "-", *page) for ens in spaces])
        found = sorted(((cid, ens) for ens, ids in zip(spaces, id_lists) for cid in ids), reverse=True)
        if wanted_id:
            found = [(cid, ens) for cid, ens in found if cid == escape(wanted_id).encode()]
        for start in range(0, len(found), LOAD_CHUNK):
            chunk = found[start : start + LOAD_CHUNK]
            by_ns: dict[str, list[bytes]] = {}
            for cid, ens in chunk:
                by_ns.setdefault(ens, []).append(cid)
            order = list(by_ns)
            replies = yield Batch([evalsha("load", keys, ens, *by_ns[ens]) for ens in order])
            loaded = {(entry[0], ens): entry for ens, entries in zip(order, replies) for entry in entries if entry}
            for cid, ens in chunk:
                entry = loaded.get((cid, ens))
                if entry is None:  # deleted between the two round trips
                    continue
                item = _tuple(s, thread_id, unescape(ens), entry)
                if filter and not all(item.metadata.get(k) == v for k, v in filter.items()):
                    continue
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return


def delete_thread(s: Settings, thread_id: str):
    keys = s.keys(thread_id)
    (members,) = yield Batch([evalsha("delete", keys)])
    runs = {_run_of(m) for m in members}
    yield Batch([("ZREM", registry_key(s.prefix), keys.thread_id)]
                + [("SREM", run_key(s.prefix, run), keys.thread_id) for run in sorted(runs)])


def delete_for_runs(s: Settings, run_ids: Sequence[str]):
    run_ids = [str(r) for r in run_ids]
    if not run_ids:
        return
    member_sets = yield Batch([("SMEMBERS", run_key(s.prefix, run)) for run in run_ids])
    threads = sorted({m.decode() for members in member_sets for m in members})
    emptied: list[str] = []
    if threads:
        escaped = [escape(run) for run in run_ids]
        left = yield Batch([evalsha("drop_runs", s.keys(t), s.ttl_seconds, *escaped) for t in threads])
        emptied = [t for t, n in zip(threads, left) if n == 0]
    yield Batch([("DEL", run_key(s.prefix, run)) for run in run_ids]
                + [("ZREM", registry_key(s.prefix), t) for t in emptied])


def prune(s: Settings, thread_ids: Sequence[str], strategy: str = "keep_latest"):
    if strategy == "delete":
        for thread_id in thread_ids:
            yield from delete_thread(s, thread_id)
        return
    if strategy != "keep_latest":
        raise ValueError(f"unknown prune strategy {strategy!r}; use 'keep_latest' or 'delete'")
    threads = [str(t) for t in thread_ids]
    if not threads:
        return
    replies = yield Batch([evalsha("keep_latest", s.keys(t), s.ttl_seconds) for t in threads])
    cleanup: list[Command] = []
    for thread_id, (gone_runs, spaces_left) in zip(threads, replies):
        cleanup += [("SREM", run_key(s.prefix, unescape(r.decode())), thread_id) for r in gone_runs]
        if spaces_left == 0:
            cleanup.append(("ZREM", registry_key(s.prefix), thread_id))
    if cleanup:
        yield Batch(cleanup)


def copy_thread(s: Settings, source_id: str, target_id: str):
    """Copy every checkpoint, value and write of a thread; the target is written atomically."""
    src, dst = s.keys(source_id), s.keys(target_id)
    (spaces,) = yield Batch([("SMEMBERS", src.namespaces)])
    if not spaces:
        return
    spaces = sorted(spaces)
    commands: list[Command] = [("ZRANGE", src.runs, 0, -1)]
    for ens in spaces:
        commands += [("HGETALL", src.ns(kind, ens.decode())) for kind in ("cp", "blobs", "writes")]
    replies = yield Batch(commands)
    quads: list[Any] = []
    for member in replies[0]:
        quads += ["runs", "", member, ""]
    for i, ens in enumerate(spaces):
        checkpoints, blobs, writes = replies[1 + 3 * i : 4 + 3 * i]
        quads += ["ns", ens, "", ""]
        for field, value in checkpoints.items():
            quads += ["idx", ens, field, "", "cp", ens, field, value]
        for field, value in blobs.items():
            quads += ["blobs", ens, field, value]
        for field, value in writes.items():
            quads += ["w", ens, field, "", "writes", ens, field, value]
    runs = {_run_of(m) for m in replies[0]}
    yield Batch(s.registered(dst.thread_id) + [evalsha("restore", dst, s.ttl_seconds, *quads)]
                + s.run_indexed(runs, dst.thread_id))
