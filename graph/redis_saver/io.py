"""Running operations against Redis: one module for sync and async, so the logic is written once.

Operations (ops.py) are generators that yield a `Batch` of commands and receive its replies;
anything else they yield is a result for the caller (a listed checkpoint). A batch of one
command is sent directly, larger ones as one pipeline: one round trip either way.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator
from dataclasses import dataclass
from typing import Any

from redis.exceptions import NoScriptError

from graph.redis_saver.keys import ThreadKeys
from graph.redis_saver.scripts import SCRIPTS

Command = tuple[Any, ...]
Op = Generator[Any, Any, Any]


@dataclass(frozen=True)
class Batch:
    commands: list[Command]


def evalsha(name: str, keys: ThreadKeys, *argv: Any) -> Command:
    return ("EVALSHA", SCRIPTS[name].sha, 1, keys.namespaces, keys.base, *argv)


def _send(client: Any, batch: Batch) -> Any:
    """Queue a batch; returns a reply list (sync) or an awaitable of one (async)."""
    if len(batch.commands) == 1:
        return client.execute_command(*batch.commands[0])
    pipe = client.pipeline(transaction=False)
    for command in batch.commands:
        pipe.execute_command(*command)
    return pipe.execute()


def execute(client: Any, batch: Batch) -> list[Any]:
    try:
        reply = _send(client, batch)
    except NoScriptError:  # a restarted or failed-over server has an empty script cache
        for script in SCRIPTS.values():
            client.script_load(script.source)
        reply = _send(client, batch)
    return [reply] if len(batch.commands) == 1 else reply


async def aexecute(client: Any, batch: Batch) -> list[Any]:
    try:
        reply = await _send(client, batch)
    except NoScriptError:
        for script in SCRIPTS.values():
            await client.script_load(script.source)
        reply = await _send(client, batch)
    return [reply] if len(batch.commands) == 1 else reply


def _advance(op: Op, reply: Any) -> tuple[str, Any]:
    """One step of an operation: ("io", batch), ("item", value) or ("done", its return value)."""
    try:
        step = op.send(reply)
    except StopIteration as stop:
        return "done", stop.value
    return ("io" if isinstance(step, Batch) else "item"), step


def _returning(op: Op, box: list[Any]) -> Op:
    box.append((yield from op))


def iterate(client: Any, op: Op) -> Iterator[Any]:
    reply = None
    while (step := _advance(op, reply))[0] != "done":
        # an item goes to the caller, whose next() sends None back as the reply
        reply = execute(client, step[1]) if step[0] == "io" else (yield step[1])


async def aiterate(client: Any, op: Op) -> AsyncIterator[Any]:
    reply = None
    while (step := _advance(op, reply))[0] != "done":
        if step[0] == "io":
            reply = await aexecute(client, step[1])
        else:
            reply = None
            yield step[1]


def run(client: Any, op: Op) -> Any:
    box: list[Any] = []
    for _ in iterate(client, _returning(op, box)):
        pass
    return box[0]


async def arun(client: Any, op: Op) -> Any:
    box: list[Any] = []
    async for _ in aiterate(client, _returning(op, box)):
        pass
    return box[0]
