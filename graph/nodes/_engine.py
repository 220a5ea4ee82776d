"""What every node needs to play its agent: the settings, the engine name, the seeded generator."""

from __future__ import annotations

import random

from langgraph.runtime import Runtime

from graph.context import Context, settings
from graph.data.schema import Scene
from graph.models import OFFLINE, is_offline, model_name_for
from graph.offline.library import library
from graph.offline.text import rng
from graph.state import State


def engine(agent: str, runtime: Runtime[Context]) -> tuple[Context, str, bool]:
    ctx = settings(runtime)
    name = model_name_for(agent, ctx)
    offline = is_offline(name)
    return ctx, (OFFLINE if offline else name), offline


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
