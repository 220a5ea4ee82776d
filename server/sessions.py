"""Running sessions on a checkpointer: start, resume, read, list, export, delete.

Shared by the CLI and (from Step 3) the HTTP server, so both speak the same documents.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.types import Command

from graph.checkpointer import thread_ids
from graph.context import Context
from graph.graph import builder
from graph.inputs import InputError, validate_text
from graph.models import OFFLINE, is_offline, model_name_for
from graph.state import rounds_of


class SessionNotFound(LookupError):
    pass


class Sessions:
    def __init__(self, checkpointer: BaseCheckpointSaver, context: Context | None = None):
        self.checkpointer = checkpointer
        self.context = context or Context()
        self.graph = builder.compile(checkpointer=checkpointer)

    def _config(self, session_id: str) -> dict:
        return {"configurable": {"thread_id": session_id}, "recursion_limit": self.context.recursion_limit()}

    async def start(self, topic: str, worries: str = "", scenario_id: str | None = None,
                    session_id: str | None = None) -> dict[str, Any]:
        topic = validate_text(topic, "topic", max_chars=1000)
        worries = validate_text(worries or topic, "worries", max_chars=2000)
        if scenario_id:
            from graph.offline.library import library

            try:
                library().scenario(scenario_id)
            except KeyError as err:
                raise InputError(str(err.args[0])) from None
        session_id = session_id or uuid.uuid4().hex[:12]
        await self.graph.ainvoke(
            {"topic": topic, "worries": worries, "scenario_id": scenario_id, "session_id": session_id},
            self._config(session_id), context=self.context,
        )
        return await self.state(session_id)

    async def comfort(self, session_id: str, text: str) -> dict[str, Any]:
        """Validated before the graph sees it: bad input changes nothing."""
        current = await self.state(session_id)
        if not current["waiting"]:
            raise InputError(f"session {session_id} is {current['status']}; it is not waiting for comfort")
        text = validate_text(text, "comfort")
        await self.graph.ainvoke(Command(resume=text), self._config(session_id), context=self.context)
        return await self.state(session_id)

    async def state(self, session_id: str) -> dict[str, Any]:
        snapshot = await self.graph.aget_state(self._config(session_id))
        if not snapshot.values:
            raise SessionNotFound(f"no session with id {session_id!r}; `mind sessions list` shows yours")
        values = dict(snapshot.values)
        interrupts = [i.value for task in snapshot.tasks for i in task.interrupts]
        values["waiting"] = interrupts[0] if interrupts else None
        values["status"] = values.get("status", "active")
        return values

    async def list(self) -> list[dict[str, Any]]:
        out = []
        for thread in await thread_ids(self.checkpointer):
            latest = await self.checkpointer.aget_tuple({"configurable": {"thread_id": thread, "checkpoint_ns": ""}})
            if latest is None:  # listed by an index but already gone
                continue
            values = latest.checkpoint["channel_values"]
            out.append({"session_id": thread, "status": values.get("status", "active"),
                        "scenario": (values.get("scenario") or {}).get("title"), "round": values.get("round", 0)})
        return out

    async def delete(self, session_id: str) -> None:
        await self.state(session_id)  # unknown ids are an error, not a silent no-op
        await self.checkpointer.adelete_thread(session_id)

    def engine_label(self) -> str:
        names = {model_name_for(a, self.context) for a in ("trigger", "devil", "guide", "patient", "strategist")}
        return OFFLINE if all(is_offline(n) for n in names) else ", ".join(sorted(names))


def document(values: dict[str, Any], engine: str) -> dict[str, Any]:
    """The session as the `mind demo --json` contract: scenario, rounds, status, closing."""
    scenario = values.get("scenario") or {}
    rounds = [r for r in rounds_of(values.get("transcript", [])) if r["distortion"]]
    return {
        "session_id": values.get("session_id"),
        "engine": engine,
        "scenario": {k: scenario.get(k) for k in ("id", "title", "life_area")},
        "status": values.get("status", "active"),
        "rounds": rounds,
        "closing": values.get("closing"),
    }


def export(values: dict[str, Any], engine: str, context: Context) -> dict[str, Any]:
    """Everything stored about a session, for the user who owns it."""
    doc = document(values, engine)
    doc.update(
        topic=values.get("topic"), worries=values.get("worries"), transcript=values.get("transcript", []),
        memory=values.get("memory"), milestones=values.get("milestones", []), mood=values.get("mood", []),
        safety_events=values.get("safety_events", []), settings=asdict(context),
    )
    return doc
