"""trigger: writes the first scene, or moves the story to its next scene on `advance`."""

from __future__ import annotations

from langgraph.runtime import Runtime

from graph.context import Context
from graph.models import ask_model
from graph.nodes._engine import engine, scene_limit
from graph.offline.library import library
from graph.offline.trigger import play_trigger
from graph.safety import output_is_safe
from graph.state import State, TriggerOutput
from graph.transcript import last_complete_round


async def trigger(state: State, runtime: Runtime[Context]) -> dict:
    ctx, name, offline = engine("trigger", runtime)
    index = state["scene"]["index"] + 1 if state.get("scene") else 0
    scenario = library().scenario(state["scenario"]["id"])
    if offline:
        out = play_trigger(scenario, index)
    else:
        last = last_complete_round(state)
        out = await ask_model("trigger", TriggerOutput, {
            "language": state.get("language") or ctx.language, "topic": state.get("topic"), "worries": state.get("worries"),
            "scene_index": index, "scene_number": index + 1, "max_scenes": scene_limit(state, ctx),
            "previous_scene": state.get("scene", {}).get("text"), "memory": state.get("memory"),
            "scene_directive": (state.get("verdicts") or [{}])[-1].get("next_scene_directive") if last else None,
        }, ctx)
        if not output_is_safe(out.scene):
            out, name = play_trigger(scenario, index), "offline"
    scene = {"index": index, "title": out.scene_title, "text": out.scene, "arc_position": out.arc_position}
    entry = {"role": "trigger", "text": out.scene, "round": state["round"], "scene": index, "engine": name,
             "data": {"title": out.scene_title, "arc_position": out.arc_position}}
    return {"scene": scene, "scene_round": 0, "transcript": [entry]}
