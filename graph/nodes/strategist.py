"""strategist: judges the shift and directs the story; the bounds of the loop are enforced here.

Whatever the engine says, the session stays within Context's bounds: a scene ends after
`max_rounds_per_scene`, the story after its last scene, the session after `max_total_rounds`,
and it resolves only once the thought has really softened (conservative about ending).
"""

from __future__ import annotations

from typing import Any, Literal

from langgraph.runtime import Runtime

from graph.context import Context, settings
from graph.models import ask_model
from graph.nodes._engine import played, scene_limit
from graph.offline.rubric import score_comfort
from graph.offline.strategist import play_strategist
from graph.state import State, StrategistOutput, next_intensity
from graph.transcript import turn

Route = Literal["trigger", "devil", "closing"]


def bounded(decision: str, after: float, last_scene: bool, state: State, ctx: Context) -> tuple[str, str, str | None]:
    """(decision, route, note): the engine's decision held to the session's bounds."""
    softened = after <= ctx.advance_intensity
    note = None
    if decision == "resolve" and not (softened and (last_scene or state["scene"]["index"] >= 1)):
        decision, note = "persist", "not resolved yet: the thought has not softened enough"
    if decision == "advance" and last_scene:
        decision = "resolve" if softened else "persist"
    if decision == "persist" and state.get("scene_round", 0) + 1 >= ctx.max_rounds_per_scene:
        if not last_scene:
            decision, note = "advance", f"moving on: {ctx.max_rounds_per_scene} rounds is this scene's limit"
        else:
            return decision, "closing", f"ending: {ctx.max_rounds_per_scene} rounds in the last scene"
    if decision != "resolve" and state["round"] >= ctx.max_total_rounds:
        return decision, "closing", f"ending: {ctx.max_total_rounds} rounds is the session's limit"
    route = {"advance": "trigger", "persist": "devil", "resolve": "closing"}[decision]
    return decision, route, note


async def strategist(state: State, runtime: Runtime[Context]) -> dict:
    ctx = settings(runtime)
    d = state["distortion"]
    limit = scene_limit(state, ctx)
    last_scene = state["scene"]["index"] + 1 >= limit

    def offline() -> StrategistOutput:
        score = score_comfort(state["comfort"], d["type"], d["thought"])
        return play_strategist(score, d["type"], d["intensity"], last_scene, ctx.advance_intensity)

    async def ask(ctx: Context):
        return await ask_model("strategist", StrategistOutput, {
            "language": state.get("language") or ctx.language, "scene": state["scene"]["text"],
            "scene_index": state["scene"]["index"] + 1, "max_scenes": limit, "distortion_type": d["type"],
            "intensity": d["intensity"], "thought": d["thought"], "memory": state.get("memory"),
            "comfort": state["comfort"], "patient_reply": state["transcript"][-1]["text"],
        }, ctx)

    turn_ = await played("strategist", runtime, state, offline, ask, lambda o: o.rationale)
    out, name = turn_.out, turn_.engine
    after = next_intensity(d["intensity"], out.shift)
    decision, route, note = bounded(out.decision, after, last_scene, state, ctx)
    rationale = out.rationale + (f" ({note})" if note else "")
    verdict: dict[str, Any] = {
        "round": state["round"], "decision": decision, "shift": out.shift, "rationale": rationale, "route": route,
        "next_scene_directive": out.next_scene_directive, "next_thought_directive": out.next_thought_directive,
    }
    update: dict[str, Any] = {
        "verdicts": [verdict],
        "transcript": [turn("strategist", rationale, state, name, decision=decision, shift=out.shift,
                            **turn_.marks())],
        **turn_.usage_update("strategist"),
    }
    if route == "closing":
        update["status"] = "resolved" if decision == "resolve" else "max_rounds"
    else:
        update["round"] = state["round"] + 1
        update["scene_round"] = state.get("scene_round", 0) + 1
    return update


def after_strategist(state: State) -> Route:
    return state["verdicts"][-1]["route"]
