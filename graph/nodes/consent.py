"""consent: asks once whether the person is 18 or older, before any agent plays.

Clients that already asked (the CLI remembers the answer; the HTTP API takes
`adult_confirmed`) start the session with `adult_confirmed: true` and this node never asks.
The answer is screened like every user text. "No" closes the session and keeps nothing the
person wrote; anything unclear asks again, paced by the person.
"""

from __future__ import annotations

import re
from typing import Literal

from langgraph.graph import END
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from graph.context import Context, settings
from graph.nodes._answer import heard, merged
from graph.notices import region_for
from graph.resources import resources_text
from graph.state import State

QUESTION = "MIND is made for adults. Are you 18 or older? (yes / no)"
UNCLEAR = "Please answer yes or no."
YES = re.compile(r"^\s*(yes|y|yeah|yep|i am|i'?m (18|over 18|an adult))\b", re.IGNORECASE)
NO = re.compile(r"^\s*(no|n|nope|not yet|i'?m (not|under))\b", re.IGNORECASE)


def adult_answer(text: str) -> bool | None:
    """True for yes, False for no, None if unclear."""
    if YES.search(text) and not NO.search(text):
        return True
    return False if NO.search(text) else None


def age_request(state: State, error: str | None = None) -> dict:
    return {"type": "age_check", "session_id": state.get("session_id"), "question": QUESTION, "error": error}


async def consent(state: State, runtime: Runtime[Context]) -> Command[Literal["trigger", "consent", "crisis_support",
                                                                               "__end__"]]:
    ctx = settings(runtime)
    said = await heard(state, ctx, interrupt(age_request(state, state.get("input_error"))), "consent", "age_check")
    if isinstance(said, Command):
        return said
    adult = adult_answer(said.text)
    if adult:
        return Command(goto="trigger", update=merged(said, adult_confirmed=True, input_error=None))
    if adult is None:
        return Command(goto="consent", update={"input_error": UNCLEAR})
    text = ("MIND is made for adults, so we will stop here. If things feel hard, please talk to someone you "
            f"trust, or reach out:\n{resources_text(region_for(state, ctx))}")
    return Command(goto=END, update={"status": "closed", "topic": "", "worries": "", "input_error": None,
                                     "adult_confirmed": False, "scenario": {},
                                     "closing": {"text": text, "kind_words": [], "milestones": []}})
