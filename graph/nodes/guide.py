"""guide: coaching hints for this thought, and the recursive memory M_i = f(M_{i-1}, round i)."""

from __future__ import annotations

from langgraph.runtime import Runtime

from graph.context import Context, settings
from graph.models import ask_model
from graph.nodes._engine import library_scene, played, seeded
from graph.offline.guide import play_guide
from graph.offline.library import library
from graph.state import GuideOutput, State
from graph.transcript import describe_round, last_complete_round, turn


async def guide(state: State, runtime: Runtime[Context]) -> dict:
    lib = library()
    kind = state["distortion"]["type"]
    last = last_complete_round(state)

    def offline() -> GuideOutput:
        return play_guide(lib.distortions[kind], lib.techniques, library_scene(state), state.get("memory", ""), last,
                          state.get("milestones", []), seeded(settings(runtime), state, "guide"))

    async def ask(ctx: Context):
        fitting = lib.distortions[kind].techniques
        return await ask_model("guide", GuideOutput, {
            "language": state.get("language") or ctx.language, "scene": state["scene"]["text"],
            "distortion_type": kind, "thought": state["distortion"]["thought"],
            "memory": state.get("memory") or "(empty)", "last_round": describe_round(last),
            "memory_max_chars": ctx.memory_max_chars,
            "techniques": "; ".join(f"{t}: {lib.techniques[t].description}" for t in fitting),
        }, ctx)

    turn_ = await played("guide", runtime, state, offline, ask, lambda o: " ".join([*o.hints, o.memory_summary]))
    out = turn_.out
    memory = out.memory_summary[: settings(runtime).memory_max_chars]  # the bound that keeps every prompt flat
    milestones = [m for m in out.milestones if m not in state.get("milestones", [])]
    return {
        "hints": out.hints,
        "techniques": out.techniques,
        "memory": memory,
        "milestones": milestones,
        "transcript": [turn("guide", "\n".join(out.hints), state, turn_.engine, hints=out.hints,
                            techniques=out.techniques, **turn_.marks())],
        **turn_.usage_update("guide"),
    }
