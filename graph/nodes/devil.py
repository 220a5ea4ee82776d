"""devil: voices the distorted thought at the intensity the last comfort left it."""

from __future__ import annotations

from langgraph.runtime import Runtime

from graph.context import Context
from graph.models import ask_model
from graph.nodes._engine import library_scene, played
from graph.offline.devil import play_devil
from graph.state import DevilOutput, DistortionType, State, next_intensity
from graph.transcript import describe_round, last_complete_round, turn

def opening_intensity(scene_index: int) -> float:
    """Each new scene starts a little softer: the person carries earlier insight with them."""
    return max(0.65, 0.85 - 0.05 * scene_index)


def target_intensity(state: State) -> float:
    if state.get("scene_round", 0) == 0:
        return opening_intensity(state["scene"]["index"])
    return next_intensity(state["distortion"]["intensity"], state["verdicts"][-1]["shift"])


async def devil(state: State, runtime: Runtime[Context]) -> dict:
    scene = library_scene(state)
    target = target_intensity(state)
    same_scene = state.get("scene_round", 0) > 0

    async def ask(ctx: Context):
        return await ask_model("devil", DevilOutput, {
            "language": state.get("language") or ctx.language, "scene": state["scene"]["text"],
            "memory": state.get("memory"), "last_round": describe_round(last_complete_round(state)),
            "target_intensity": target,
            "previous_thought": state["distortion"]["thought"] if same_scene else None,
            "suggested_distortion": state["distortion"]["type"] if same_scene else scene.distortion,
            "thought_directive": state["verdicts"][-1]["next_thought_directive"] if same_scene else None,
            "distortion_types": ", ".join(DistortionType.__args__),  # type: ignore[attr-defined]
        }, ctx)

    turn_ = await played("devil", runtime, state, lambda: play_devil(scene, target), ask, lambda o: o.thought)
    out = turn_.out
    distortion = {"type": out.distortion_type, "thought": out.thought, "intensity": out.intensity}
    return {
        "distortion": distortion,
        "intensity_history": [out.intensity],
        "transcript": [turn("devil", out.thought, state, turn_.engine, type=out.distortion_type,
                            intensity=out.intensity, **turn_.marks())],
        **turn_.usage_update("devil"),
    }
