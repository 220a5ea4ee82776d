"""What every node needs to play its agent: the settings, the engine name, the seeded generator."""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from langgraph.runtime import Runtime

from graph.context import Context, settings
from graph.data.schema import Scene
from graph.models import OFFLINE, is_offline, model_name_for
from graph.offline.library import library
from graph.offline.text import rng
from graph.safety import output_problems
from graph.state import State, add_usage
from graph.tracing import agent_run

log = logging.getLogger("mind.agents")
T = TypeVar("T")


def engine(agent: str, runtime: Runtime[Context]) -> tuple[Context, str, bool]:
    ctx = settings(runtime)
    name = model_name_for(agent, ctx)
    offline = is_offline(name)
    return ctx, (OFFLINE if offline else name), offline


@dataclass(frozen=True)
class Played(Generic[T]):
    """An agent's turn: its output, who played it, the model tokens, and why the offline engine stood in."""

    out: T
    engine: str
    usage: dict[str, int] | None = None
    fallback: str | None = None
    guarded: list[str] | None = None  # why the output guard turned the model's text down, if it did

    def marks(self) -> dict[str, str]:
        """For the transcript entry: a turn the offline engine took over says so."""
        return {"fallback": self.fallback} if self.fallback else {}

    def usage_update(self, agent: str) -> dict[str, Any]:
        """The state update every agent adds: its tokens, and an output-guard event (never the text)."""
        update: dict[str, Any] = {"usage": {agent: self.usage}} if self.usage else {}
        if self.guarded:
            update["safety_events"] = [{"kind": "output_guard", "agent": agent, "reasons": self.guarded,
                                        "action": "replaced" if self.engine == OFFLINE else "regenerated"}]
        return update


async def played(agent: str, runtime: Runtime[Context], state: State, offline: Callable[[], T],
                 ask: Callable[[Context], Awaitable[tuple[T, dict[str, int]]]],
                 shown: Callable[[T], str]) -> Played[T]:
    """The model plays the agent if it answers, fits the schema (after one repair round) and passes
    the safety screen; otherwise the offline engine plays this turn and the transcript says why.
    A model fault never reaches the user as an error, and never loses the turn. Traced as a run
    named for the agent (graph/tracing.py)."""
    with agent_run(agent, state) as meta:
        turn = await _play(agent, runtime, offline, ask, shown)
        meta["engine"] = turn.engine
        for key, attr in (("scene", "scene_index"), ("distortion_type", "distortion_type")):
            if meta.get(key) is None and hasattr(turn.out, attr):  # the first scene and thought are made here
                meta[key] = getattr(turn.out, attr)
    return turn


async def _play(agent: str, runtime: Runtime[Context], offline: Callable[[], T],
                ask: Callable[[Context], Awaitable[tuple[T, dict[str, int]]]], shown: Callable[[T], str]) -> Played[T]:
    ctx, name, is_offline_run = engine(agent, runtime)
    if is_offline_run:
        return Played(offline(), OFFLINE)
    usage: dict[str, int] = {}
    guarded: list[str] = []
    for _attempt in range(2):  # a text the output guard turns down is regenerated once
        try:
            out, more = await ask(ctx)
        except Exception as err:  # timeouts and HTTP errors after retries, answers that never fit
            log.warning("%s: the model's turn failed (%s); the offline engine plays it", agent, type(err).__name__)
            return Played(offline(), OFFLINE, usage or None, fallback=type(err).__name__, guarded=guarded or None)
        usage = add_usage({agent: usage}, {agent: more})[agent]
        problems = output_problems(shown(out))
        if not problems:
            return Played(out, name, usage, guarded=guarded or None)
        guarded = problems
        log.warning("%s: the output guard turned the answer down (%s)", agent, ", ".join(problems))
    return Played(offline(), OFFLINE, usage, fallback="output guard", guarded=guarded)


def library_scene(state: State, index: int | None = None) -> Scene:
    """The matched scenario's scene at the story's position (clamped to its arc)."""
    scenario = library().scenario(state["scenario"]["id"])
    position = state.get("scene", {}).get("index", 0) if index is None else index
    return scenario.scenes[min(position, len(scenario.scenes) - 1)]


def seeded(ctx: Context, state: State, agent: str) -> random.Random:
    """Deterministic per seed, scenario, round and agent: the same seed replays the same session."""
    return rng(state.get("seed", ctx.seed), state.get("scenario", {}).get("id"), state.get("round"), agent)


def scene_limit(state: State, ctx: Context) -> int:
    """Scenes this session can have: the library arc offline, the setting with a model Trigger."""
    if not is_offline(model_name_for("trigger", ctx)):
        return ctx.max_scenes
    scenario = library().scenario(state["scenario"]["id"])
    return min(ctx.max_scenes, len(scenario.scenes))
