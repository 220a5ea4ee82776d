"""trigger: writes the first scene, or moves the story to its next scene on `advance`."""

from __future__ import annotations

from langgraph.runtime import Runtime

from graph.context import Context
from graph.models import ask_model
from graph.nodes._engine import played, scene_limit
from graph.offline.library import library
from graph.offline.trigger import play_trigger
from graph.state import State, TriggerOutput
from graph.transcript import last_complete_round


async def trigger(state: State, runtime: Runtime[Context]) -> dict:
    index = state["scene"]["index"] + 1 if state.get("scene") else 0
    scenario = library().scenario(state["scenario"]["id"])

    async def ask(ctx: Context):
        last = last_complete_round(state)
        return await ask_model("trigger", TriggerOutput, {
            "language": state.get("language") or ctx.language, "topic": state.get("topic"),
            "worries": state.get("worries"), "scene_index": index, "scene_number": index + 1,
            "max_scenes": scene_limit(state, ctx), "previous_scene": state.get("scene", {}).get("text"),
            "memory": state.get("memory"),
            "scene_directive": (state.get("verdicts") or [{}])[-1].get("next_scene_directive") if last else None,
        }, ctx)

    turn_ = await played("trigger", runtime, state, lambda: play_trigger(scenario, index), ask, lambda o: o.scene)
    out = turn_.out
    scene = {"index": index, "title": out.scene_title, "text": out.scene, "arc_position": out.arc_position}
    entry = {"role": "trigger", "text": out.scene, "round": state["round"], "scene": index, "engine": turn_.engine,
             "data": {"title": out.scene_title, "arc_position": out.arc_position, **turn_.marks()}}
    return {"scene": scene, "scene_round": 0, "transcript": [entry], **turn_.usage_update("trigger")}
