"""How checkpoints, channel values and pending writes are laid out as Redis values.

The Lua scripts read only the first two parts of a checkpoint record (its run and the blob
fields it references, separated by control characters that escaped parts never contain);
everything after is opaque to Redis and produced by the saver's serializer, so with
encryption on no value holds readable state.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from langgraph.checkpoint.base import writes_sort_key

from graph.redis_saver.keys import escape, unescape

RS = b"\x1e"  # between the parts of a checkpoint record
US = b"\x1f"  # between the blob fields a checkpoint references
NUL = b"\x00"  # inside compound hash fields and members
EMPTY = "empty"  # a channel that exists at this version but holds no value

Typed = tuple[str, bytes]


def blob_field(channel: str, version: Any) -> bytes:
    return f"{escape(channel)}\x00{escape(str(version))}".encode()


def write_field(checkpoint_id: str, task_id: str, idx: int) -> bytes:
    return f"{escape(checkpoint_id)}\x00{escape(task_id)}\x00{idx}".encode()


def pack_typed(typed: Typed) -> bytes:
    return typed[0].encode() + NUL + typed[1]


def unpack_typed(raw: bytes) -> Typed:
    typ, _, data = raw.partition(NUL)
    return typ.decode(), data


def pack_checkpoint(run_id: str, refs: list[bytes], parent: str | None, checkpoint: Typed, metadata: Typed) -> bytes:
    header = json.dumps({"parent": parent, "ct": checkpoint[0], "mt": metadata[0], "cl": len(checkpoint[1])},
                        separators=(",", ":")).encode()
    return escape(run_id).encode() + RS + US.join(refs) + RS + header + b"\n" + checkpoint[1] + metadata[1]


class CheckpointRecord(NamedTuple):
    run_id: str
    parent: str | None
    checkpoint: Typed
    metadata: Typed


def unpack_checkpoint(raw: bytes) -> CheckpointRecord:
    run, _, rest = raw.partition(RS)
    _refs, _, rest = rest.partition(RS)
    header_raw, _, body = rest.partition(b"\n")
    header = json.loads(header_raw)
    cut = header["cl"]
    return CheckpointRecord(unescape(run.decode()), header["parent"], (header["ct"], body[:cut]), (header["mt"], body[cut:]))


def pack_write(channel: str, task_path: str, value: Typed) -> bytes:
    return json.dumps([channel, task_path, value[0]], separators=(",", ":")).encode() + b"\n" + value[1]


def unpack_writes(fields: list[bytes], values: list[bytes | None], loads) -> list[tuple[str, str, Any]]:
    """Pending writes as (task_id, channel, value), in the order live execution applies them."""
    rows = []
    for field, raw in zip(fields, values):
        if raw is None:
            continue
        _cp, task, idx = field.decode().split("\x00")
        header, _, data = raw.partition(b"\n")
        channel, task_path, typ = json.loads(header)
        rows.append((writes_sort_key(task_path, unescape(task), int(idx)), unescape(task), channel, (typ, data)))
    rows.sort(key=lambda r: r[0])
    return [(task, channel, loads(typed)) for _key, task, channel, typed in rows]


def channel_of(field: bytes) -> str:
    return unescape(field.split(NUL, 1)[0].decode())
