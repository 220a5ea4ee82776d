"""listen: waits for the user's comfort with `interrupt()`, then checks and screens it.

Resumed with `Command(resume="text")` or `Command(resume={"text": "..."})`. A resumed node runs
again from its top, so nothing here has side effects before the interrupt. Unusable input
does not advance the session: the node asks again with the error, once per answer the user
gives, so this loop is paced (and bounded) by the user.
"""

from __future__ import annotations

from typing import Literal

from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from graph.context import Context, settings
from graph.inputs import MAX_COMFORT_CHARS
from graph.nodes._answer import heard, merged
from graph.state import State
from graph.transcript import turn


def comfort_request(state: State, error: str | None = None) -> dict:
    """The interrupt payload: everything a client needs to show the round and ask for comfort."""
    return {
        "type": "comfort_request",
        "session_id": state.get("session_id"),
        "round": state.get("round"),
        "scene_index": state["scene"]["index"],
        "scene_round": state.get("scene_round", 0),
        "scene": state["scene"]["text"],
        "distortion": state["distortion"],
        "hints": state.get("hints", []),
        "question": "What would you say to your inner self?",
        "max_chars": MAX_COMFORT_CHARS,
        "error": error,
        "notices": state.get("notices", []),  # the AI notice when due, a caution's check-in
    }


async def listen(state: State, runtime: Runtime[Context]) -> Command[Literal["patient", "listen", "crisis_support"]]:
    answer = interrupt(comfort_request(state, state.get("input_error")))
    comfort = await heard(state, settings(runtime), answer, "listen", "comfort")
    if isinstance(comfort, Command):
        return comfort
    # the notices shown are cleared; a caution's check-in becomes the next one
    return Command(goto="patient", update=merged(comfort, input_error=None, comfort=comfort.text, notices=[],
                                                 transcript=[turn("user", comfort.text, state, "user")]))
