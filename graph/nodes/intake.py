"""intake: checks and screens the user's topic and worries, picks the scenario, opens the session."""

from __future__ import annotations

from typing import Literal

from langgraph.config import get_config
from langgraph.runtime import Runtime
from langgraph.types import Command

from graph.context import Context, settings
from graph.inputs import validate_text
from graph.offline.library import library
from graph.safety import screen_text
from graph.state import State
from graph.tracing import remember_user_text
from graph.transcript import turn

DISCLOSURE = (
    "This is self-help practice, not therapy, and the voices here are software, not people. "
    "You will hear a worried inner voice and practise finding kind, true words for it. "
    "If you are in crisis, contact local emergency services or a crisis line now."
)


async def intake(state: State, runtime: Runtime[Context]) -> Command[Literal["trigger", "crisis_support"]]:
    ctx = settings(runtime)
    topic = validate_text(state.get("topic", ""), "topic", max_chars=1000)
    worries = validate_text(state.get("worries") or topic, "worries", max_chars=2000)
    remember_user_text(topic, worries)
    session_id = state.get("session_id") or get_config().get("configurable", {}).get("thread_id", "")
    opening = {"session_id": session_id, "language": state.get("language") or ctx.language, "round": 0,
               "seed": ctx.seed}

    for source, text in (("topic", topic), ("worries", worries)):
        screen = screen_text(text)
        if screen.level == "crisis":
            # The crisis text is dropped from state: it must never reach an agent's prompt.
            event = {"kind": "crisis", "source": source, "round": 0, **screen.as_dict()}
            return Command(
                goto="crisis_support",
                update={**opening, "topic": "", "worries": "", "safety_events": [event]},
            )

    lib = library()
    if state.get("scenario_id"):
        chosen = lib.scenario(state["scenario_id"])
        scenario = {"id": chosen.id, "title": chosen.title, "life_area": chosen.life_area, "matched": True,
                    "score": None, "note": f"Practising with '{chosen.title}', as chosen."}
    else:
        match = lib.match(topic, worries)
        scenario = {"id": match.scenario.id, "title": match.scenario.title, "life_area": match.scenario.life_area,
                    "matched": match.matched, "score": round(match.score, 2), "note": match.note}
    opening.update(
        topic=topic, worries=worries, scenario=scenario, status="active", round=1, scene_round=0,
        transcript=[turn("system", f"{DISCLOSURE}\n{scenario['note']}", {**state, "round": 0}, "system")],
    )
    return Command(goto="trigger", update=opening)
