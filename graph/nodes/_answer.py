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
from graph.state import State, add_usage
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


def usage_update(result: Screen) -> dict[str, Any]:
    """The LLM check's tokens, counted in the session's usage under "screen"."""
    return {"usage": {"screen": result.usage}} if result.usage else {}


def screen_event(result: Screen, source: str, round_number: int | None) -> dict[str, Any]:
    """A safety event: what the screen found and where, never the text."""
    return {"kind": result.level, "source": source, "round": round_number, **result.as_dict()}


def safety_update(state: State, ctx: Context, result: Screen, source: str) -> dict[str, Any]:
    """A caution: the practice goes on, with a check-in and the resources, and an event without the text."""
    if result.level != "caution":
        return usage_update(result)
    note = check_in(state, ctx)
    return {**usage_update(result), "safety_events": [screen_event(result, source, state.get("round", 0))],
            "notices": [note], "transcript": [turn("system", note["text"], state, "system", kind="check_in")]}


def merged(said: Heard, **update: Any) -> dict[str, Any]:
    """A node's update with a caution's check-in added: its event, transcript entry and notice are
    appended to the node's own (pass `notices=[]` to clear the notices already shown)."""
    for key, extra in said.update.items():
        update[key] = add_usage(update.get(key), extra) if key == "usage" else [*update.get(key, []), *extra]
    return update


async def heard(state: State, ctx: Context, answer: Any, node: str, source: str) -> Heard | Command:
    """The answer as text, or the Command that follows instead: ask again (unusable input, paced by
    the person) or crisis support (a safety event without the text; the text goes nowhere)."""
    try:
        text = validate_text(answer, source)
    except InputError as err:
        return Command(goto=node, update={"input_error": str(err)})
    result = await screen(text, ctx)  # which remembers the text, so traces mask it
    log_screen(state, source, result, len(text))
    if result.level == "crisis":
        crisis = screen_event(result, source, state.get("round"))
        return Command(goto="crisis_support", update={"input_error": None, "safety_events": [crisis],
                                                      **usage_update(result)})
    return Heard(text, safety_update(state, ctx, result, source))
