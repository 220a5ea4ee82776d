"""patient: the inner self hears the comfort and answers in the first person."""

from __future__ import annotations

from langgraph.config import get_stream_writer
from langgraph.runtime import Runtime

from graph.context import Context, settings
from graph.models import ask_model
from graph.nodes._engine import library_scene, played, seeded
from graph.offline.library import library
from graph.offline.patient import play_patient
from graph.offline.rubric import score_comfort
from graph.state import PatientOutput, State
from graph.transcript import turn


def offline_reply(state: State, ctx: Context) -> PatientOutput:
    d = state["distortion"]
    score = score_comfort(state["comfort"], d["type"], d["thought"])
    return play_patient(library_scene(state), score, library().catalogue.patient_generic, seeded(ctx, state, "patient"))


def _stream(text: str) -> None:
    """The reply, checked word by word, to whoever streams the run (`stream_mode="custom"`)."""
    get_stream_writer()({"patient_token": text})


async def patient(state: State, runtime: Runtime[Context]) -> dict:
    d = state["distortion"]

    def offline() -> PatientOutput:
        out = offline_reply(state, settings(runtime))
        _stream(out.reply)
        return out

    async def ask(ctx: Context):
        return await ask_model("patient", PatientOutput, {
            "language": state.get("language") or ctx.language, "scene": state["scene"]["text"],
            "distortion_type": d["type"], "intensity": d["intensity"], "thought": d["thought"],
            "memory": state.get("memory"), "comfort": state["comfort"],
        }, ctx, stream_field="reply", on_text=_stream)

    turn_ = await played("patient", runtime, state, offline, ask, lambda o: o.reply)
    out = turn_.out
    return {"transcript": [turn("patient", out.reply, state, turn_.engine, emotion=out.emotion, **turn_.marks())],
            **turn_.usage_update("patient")}
