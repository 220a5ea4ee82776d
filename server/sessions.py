"""Running sessions on a checkpointer: start, resume, read, list, export, delete.

Shared by the CLI and the HTTP server, so both speak the same documents.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import asdict, dataclass
from collections.abc import AsyncIterator
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.types import Command

from graph.checkpointer import thread_ids
from graph.context import Context
from graph.graph import builder
from graph.inputs import InputError, validate_text
from graph.logs import event
from graph.resources import validate_region
from graph.safety_retention import retain
from graph.models import OFFLINE, is_offline, model_name_for
from graph.nodes.consent import age_request
from graph.nodes.listen import comfort_request
from graph.nodes.safety_check import safety_request
from graph.state import rounds_of


log = logging.getLogger("mind.sessions")


class SessionNotFound(LookupError):
    pass


class SessionConflict(RuntimeError):
    """The request does not fit the session's state (closed, another round, another comfort)."""


@dataclass(frozen=True)
class ComfortPlan:
    session_id: str
    round: int  # the round this comfort answers
    graph_input: tuple[Any] | None  # what to run the graph with; None: already applied, nothing to run
    config: dict
    chars: int = 0  # the answer's length, for the logs (never the answer)


# the nodes that wait for the person, and what they ask (the safety question names the server's region)
ASKING = {("listen",): lambda values, error, _: comfort_request(values, error),
          ("safety_check",): safety_request,
          ("consent",): lambda values, error, _: age_request(values, error)}
LOCAL_USER = "local"  # the one user of a server run without API keys, and of the CLI
PREPARING = frozenset({"intake", "trigger", "devil", "guide", "notices"})  # the nodes that set a round up, before listen


class Sessions:
    def __init__(self, checkpointer: BaseCheckpointSaver, context: Context | None = None):
        self.checkpointer = checkpointer
        self.context = context or Context()
        self.graph = builder.compile(checkpointer=checkpointer)

    def _config(self, session_id: str, owner: str | None = None) -> dict:
        """`owner` rides in `configurable`, so LangGraph copies it into every checkpoint's metadata."""
        configurable = {"thread_id": session_id, **({"owner": owner} if owner else {})}
        return {"configurable": configurable, "recursion_limit": self.context.recursion_limit()}

    async def start(self, topic: str, worries: str = "", scenario_id: str | None = None,
                    session_id: str | None = None, owner: str | None = None,
                    language: str | None = None, adult_confirmed: bool = False,
                    region: str | None = None) -> dict[str, Any]:
        """Runs the opening up to the first question. `adult_confirmed`: the client already asked the
        person whether they are 18 or older (else the session asks first)."""
        topic = validate_text(topic, "topic", max_chars=1000)
        worries = validate_text(worries or topic, "worries", max_chars=2000)
        if scenario_id:
            from graph.offline.library import library

            try:
                library().scenario(scenario_id)
            except KeyError as err:
                raise InputError(str(err.args[0])) from None
        if language is not None:
            language = validate_text(language, "language", max_chars=40)
        session_id = session_id or uuid.uuid4().hex[:12]
        if region is not None:
            region = validate_region(region)
        start = {"topic": topic, "worries": worries, "scenario_id": scenario_id, "session_id": session_id,
                 "adult_confirmed": adult_confirmed, **({"region": region} if region else {})}
        await self.graph.ainvoke({**start, **({"language": language} if language else {})},
                                 self._config(session_id, owner), context=self.context)
        values = await self.state(session_id, owner)
        event(log, "session started", session_id=session_id, status=values["status"], topic_chars=len(topic),
              worries_chars=len(worries), waiting=(values["waiting"] or {}).get("type"))
        return values

    async def _snapshot(self, session_id: str, owner: str | None):
        snapshot = await self.graph.aget_state(self._config(session_id))
        stored_owner = (snapshot.metadata or {}).get("owner") if snapshot.values else None
        visible = owner is None or stored_owner == owner or (owner == LOCAL_USER and stored_owner is None)
        if not snapshot.values or not visible:  # another user's session looks exactly like a missing one
            raise SessionNotFound(f"no session with id {session_id!r}; `mind sessions list` shows yours")
        return snapshot, stored_owner

    async def state(self, session_id: str, owner: str | None = None) -> dict[str, Any]:
        snapshot, _ = await self._snapshot(session_id, owner)
        return self._values(snapshot)

    def _values(self, snapshot) -> dict[str, Any]:
        values = dict(snapshot.values)
        interrupts = [i.value for task in snapshot.tasks for i in task.interrupts]
        if interrupts:
            values["waiting"] = interrupts[0]
        elif tuple(snapshot.next) in ASKING:  # a state update (mood) or a crash re-queued it before it asked
            values["waiting"] = ASKING[tuple(snapshot.next)](values, values.get("input_error"), self.context)
        else:
            values["waiting"] = None
        values["status"] = values.get("status", "active")
        # a round cut off mid-way (the process died) waits to be finished with its own comfort
        values["unfinished"] = bool(snapshot.next) and not values["waiting"]
        return values

    async def plan_comfort(self, session_id: str, text: str, owner: str | None = None,
                           round_number: int | None = None) -> ComfortPlan:
        """Checks a comfort against the session before anything runs, so every refusal is an error here.

        Safe to retry: a comfort for a round already answered with the same words changes
        nothing, and a round cut off by a crash is finished with its comfort, not re-applied.
        """
        text = validate_text(text, "comfort")  # before the graph sees it: bad input changes nothing
        snapshot, stored_owner = await self._snapshot(session_id, owner)
        config = self._config(session_id, stored_owner)
        if set(snapshot.next) and set(snapshot.next) <= PREPARING:  # cut off while setting up the round
            await self.graph.ainvoke(None, config, context=self.context)  # finish setting it up first
            snapshot, stored_owner = await self._snapshot(session_id, owner)
        current = self._values(snapshot)
        if round_number is not None and round_number != current.get("round"):
            done = next((r for r in rounds_of(current.get("transcript", [])) if r["round"] == round_number), None)
            if done and done["verdict"] and done["comfort"] == text:
                return ComfortPlan(session_id, round_number, None, config, len(text))  # already applied: a retry
            raise SessionConflict(f"round {round_number} is not the round waiting for comfort "
                                  f"(round {current.get('round')})")
        if current["unfinished"]:
            if current.get("comfort") != text:
                raise SessionConflict("this round is already being answered with another comfort")
            return ComfortPlan(session_id, current["round"], (None,), config, len(text))  # finish from its last checkpoint
        if current["waiting"]:
            return ComfortPlan(session_id, current["round"], (Command(resume=text),), config, len(text))
        raise SessionConflict(f"session {session_id} is {current['status']}; it is not waiting for comfort")

    async def run_comfort(self, plan: ComfortPlan) -> AsyncIterator[str]:
        """Runs a planned round, yielding the Patient's reply as it comes (checked word by word)."""
        if plan.graph_input is None:
            return
        async for chunk in self.graph.astream(plan.graph_input[0], plan.config, context=self.context,
                                              stream_mode="custom"):
            if isinstance(chunk, dict) and "patient_token" in chunk:
                yield chunk["patient_token"]
        event(log, "answer taken", session_id=plan.session_id, round=plan.round, chars=plan.chars)

    async def comfort(self, session_id: str, text: str, owner: str | None = None,
                      round_number: int | None = None) -> dict[str, Any]:
        plan = await self.plan_comfort(session_id, text, owner, round_number)
        async for _ in self.run_comfort(plan):
            pass
        return await self.state(session_id, owner)

    async def add_mood(self, session_id: str, entry: dict[str, Any], owner: str | None = None) -> dict[str, Any]:
        """Record a check-in without moving the session: the update is filed as the node before the one waiting."""
        snapshot, stored_owner = await self._snapshot(session_id, owner)
        current = self._values(snapshot)
        if current["waiting"]:  # filed as the node before the one waiting, so it keeps waiting
            if current["waiting"]["type"] == "age_check":
                raise SessionConflict("the session is waiting for the age question; answer it first")
            as_node = "notices" if current["waiting"]["type"] == "comfort_request" else "crisis_support"
        elif not snapshot.next:
            as_node = "closing"
        else:
            raise SessionConflict("a round is being answered; check in again in a moment")
        await self.graph.aupdate_state(self._config(session_id, stored_owner), {"mood": [entry]}, as_node=as_node)
        return await self.state(session_id, owner)

    async def list(self, owner: str | None = None) -> list[dict[str, Any]]:
        out = []
        for thread in await thread_ids(self.checkpointer):
            latest = await self.checkpointer.aget_tuple({"configurable": {"thread_id": thread, "checkpoint_ns": ""}})
            if latest is None:  # listed by an index but already gone
                continue
            stored_owner = latest.metadata.get("owner")
            if owner is not None and stored_owner != owner and not (owner == LOCAL_USER and stored_owner is None):
                continue
            values = latest.checkpoint["channel_values"]
            out.append({"session_id": thread, "status": values.get("status", "active"),
                        "scenario": (values.get("scenario") or {}).get("title"), "round": values.get("round", 0)})
        return out

    async def delete(self, session_id: str, owner: str | None = None) -> None:
        """Erases every checkpoint of the session; its safety events (never text) survive only in the
        retention log, and only if the operator configured one (graph/safety_retention.py)."""
        snapshot, _ = await self._snapshot(session_id, owner)  # unknown ids are an error, not a silent no-op
        kept = await retain(self.checkpointer, session_id, snapshot.values.get("safety_events", []))
        await self.checkpointer.adelete_thread(session_id)
        event(log, "session deleted", session_id=session_id, safety_events_retained=kept)

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
        safety_events=values.get("safety_events", []), usage=values.get("usage", {}), settings=asdict(context),
        adult_confirmed=values.get("adult_confirmed"), region=values.get("region"),
    )
    return doc
