"""guide: coaching hints for this thought, and the recursive memory M_i = f(M_{i-1}, round i)."""

from __future__ import annotations

from langgraph.runtime import Runtime

from graph.context import Context
from graph.models import ask_model
from graph.nodes._engine import engine, library_scene, seeded
from graph.offline.guide import play_guide
from graph.offline.library import library
from graph.state import GuideOutput, State
from graph.transcript import describe_round, last_complete_round, turn


async def guide(state: State, runtime: Runtime[Context]) -> dict:
    ctx, name, offline = engine("guide", runtime)
    lib = library()
    kind = state["distortion"]["type"]
    last = last_complete_round(state)
    if offline:
        out = play_guide(
            lib.distortions[kind], lib.techniques, library_scene(state), state.get("memory", ""), last,
            state.get("milestones", []), seeded(ctx, state, "guide"),
        )
    else:
        fitting = lib.distortions[kind].techniques
        out = await ask_model("guide", GuideOutput, {
            "language": state.get("language") or ctx.language, "scene": state["scene"]["text"], "distortion_type": kind,
            "thought": state["distortion"]["thought"], "memory": state.get("memory") or "(empty)",
            "last_round": describe_round(last), "memory_max_chars": ctx.memory_max_chars,
            "techniques": "; ".join(f"{t}: {lib.techniques[t].description}" for t in fitting),
        }, ctx)
    memory = out.memory_summary[: ctx.memory_max_chars]  # the bound that keeps every prompt flat
    milestones = [m for m in out.milestones if m not in state.get("milestones", [])]
    return {
        "hints": out.hints,
        "techniques": out.techniques,
        "memory": memory,
        "milestones": milestones,
        "transcript": [turn("guide", "\n".join(out.hints), state, name, hints=out.hints, techniques=out.techniques)],
    }
