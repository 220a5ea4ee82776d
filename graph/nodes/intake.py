"""intake: checks and screens the user's topic and worries, picks the scenario, opens the session.

The disclosure opens the transcript; a caution adds a check-in; a person who has not yet said they
are 18 or older is asked next (`consent`), before any agent plays.
"""

from __future__ import annotations

import time
from typing import Literal

from langgraph.config import get_config
from langgraph.runtime import Runtime
from langgraph.types import Command

from graph.context import Context, settings
from graph.inputs import validate_text
from graph.nodes._answer import log_screen, safety_update, screen_event
from graph.notices import DISCLOSURE
from graph.offline.library import library
from graph.safety import Screen
from graph.screening import screen
from graph.state import State, add_usage
from graph.tracing import remember_user_text
from graph.transcript import turn


async def intake(state: State, runtime: Runtime[Context]) -> Command[Literal["trigger", "consent", "crisis_support"]]:
    ctx = settings(runtime)
    topic = validate_text(state.get("topic", ""), "topic", max_chars=1000)
    worries = validate_text(state.get("worries") or topic, "worries", max_chars=2000)
    remember_user_text(topic, worries)
    session_id = state.get("session_id") or get_config().get("configurable", {}).get("thread_id", "")
    opening = {"session_id": session_id, "language": state.get("language") or ctx.language, "round": 0,
               "seed": ctx.seed}

    cautions: list[tuple[str, Screen]] = []
    checked: dict = {}  # the LLM check's tokens over both texts
    for source, text in (("topic", topic), ("worries", worries) if worries != topic else ("worries", "")):
        result = await screen(text, ctx) if text else Screen("none")
        log_screen({"session_id": session_id}, source, result, len(text))
        if result.usage:
            checked = add_usage(checked, {"screen": result.usage})
        if result.level == "crisis":
            # The crisis text is dropped from state: it must never reach an agent's prompt.
            event = screen_event(result, source, 0)
            return Command(
                goto="crisis_support",
                update={**opening, "topic": "", "worries": "", "safety_events": [event], "usage": checked},
            )
        if result.level == "caution":
            cautions.append((source, result))

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
        disclosed_at=time.time(), notices=[], usage=checked,
        transcript=[turn("system", f"{DISCLOSURE}\n{scenario['note']}", {**state, "round": 0}, "system",
                         kind="disclosure")],
    )
    if cautions:  # one check-in, however many of the texts raised it
        source, result = cautions[0]
        extra = safety_update({**state, "round": 0}, ctx, result, source)
        extra["safety_events"] += [screen_event(r, s, 0) for s, r in cautions[1:]]
        opening.update(notices=extra["notices"], safety_events=extra["safety_events"],
                       transcript=opening["transcript"] + extra["transcript"])
    return Command(goto="trigger" if state.get("adult_confirmed") else "consent", update=opening)
