"""What every node that waits for the person does with the answer: check it, then screen it."""

from __future__ import annotations

from typing import Any

from langgraph.types import Command

from graph.inputs import InputError, validate_text
from graph.safety import screen_text
from graph.state import State
from graph.tracing import remember_user_text


def heard(state: State, answer: Any, node: str, source: str) -> str | Command:
    """The answer as text, or the Command that follows instead: ask again (unusable input, paced by
    the person) or crisis support (a safety event without the text; the text goes nowhere)."""
    try:
        text = validate_text(answer, source)
    except InputError as err:
        return Command(goto=node, update={"input_error": str(err)})
    remember_user_text(text)
    screen = screen_text(text)
    if screen.level == "crisis":
        event = {"kind": "crisis", "source": source, "round": state.get("round"), **screen.as_dict()}
        return Command(goto="crisis_support", update={"input_error": None, "safety_events": [event]})
    return text
