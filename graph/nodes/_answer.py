"""What every node that waits for the person does with the answer: check it, then screen it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from langgraph.types import Command

from graph.context import Context
from graph.inputs import InputError, validate_text
from graph.logs import event
from graph.notices import check_in
from graph.safety import Screen
from graph.screening import screen
from graph.state import State
from graph.tracing import remember_user_text
from graph.transcript import turn


log = logging.getLogger("mind.safety")


def log_screen(state: State, source: str, result: Screen, chars: int) -> None:
    """Ids, labels and a length: the text itself never goes to a log."""
    event(log, "screened", logging.WARNING if result.level == "crisis" else logging.INFO if result.level == "caution"
          else logging.DEBUG, session_id=state.get("session_id"), round=state.get("round", 0), source=source,
          level=result.level, reasons=result.reasons, chars=chars)


@dataclass(frozen=True)
class Heard:
    text: str
    update: dict[str, Any] = field(default_factory=dict)  # a caution's event and check-in, if any


def safety_update(state: State, ctx: Context, result: Screen, source: str) -> dict[str, Any]:
    """A caution: the practice goes on, with a check-in and the resources, and an event without the text."""
    if result.level != "caution":
        return {}
    note = check_in(state, ctx)
    event = {"kind": "caution", "source": source, "round": state.get("round", 0), **result.as_dict()}
    return {"safety_events": [event], "notices": [note],
            "transcript": [turn("system", note["text"], state, "system", kind="check_in")]}


async def heard(state: State, ctx: Context, answer: Any, node: str, source: str) -> Heard | Command:
    """The answer as text, or the Command that follows instead: ask again (unusable input, paced by
    the person) or crisis support (a safety event without the text; the text goes nowhere)."""
    try:
        text = validate_text(answer, source)
    except InputError as err:
        return Command(goto=node, update={"input_error": str(err)})
    remember_user_text(text)
    result = await screen(text, ctx)
    log_screen(state, source, result, len(text))
    if result.level == "crisis":
        event = {"kind": "crisis", "source": source, "round": state.get("round"), **result.as_dict()}
        return Command(goto="crisis_support", update={"input_error": None, "safety_events": [event]})
    return Heard(text, safety_update(state, ctx, result, source))
