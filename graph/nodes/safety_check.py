"""safety_check: after crisis support, the practice waits until the person says they are safe.

The answer is screened like every user text: a crisis again brings the support again; a clear
"I'm safe" resumes the practice where it stopped (the inner self speaks again); anything else
asks once more, gently. Each pass waits for the person, so the loop is paced by them.
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
from graph.transcript import turn

QUESTION = ("The practice is paused. When you feel safe to go on, tell me, for example \"I'm safe now, "
            "let's continue\". If you are not safe, please reach out to the people and lines above.")
NOT_SURE = "I'll wait here. Take the time you need, and reach out to someone if it gets hard."
_SAFE = re.compile(r"\b(i'?m|i am|im|feeling|feel) (safe|ok(ay)?|alright|all right|better)\b|"
                   r"\b(yes|yeah|yep)\b.*\b(safe|continue|go on)\b|\b(let'?s|lets) (continue|go on|carry on)\b")
_NOT = re.compile(r"\b(not|n'?t|never|no longer)\b")


def says_safe(text: str) -> bool:
    """An explicit statement of being safe; a negation anywhere makes it not one."""
    flat = text.lower().replace("\u2019", "'")
    return bool(_SAFE.search(flat)) and not _NOT.search(flat)


def safety_request(state: State, note: str | None = None, ctx: Context | None = None) -> dict:
    return {"type": "safety_check", "session_id": state.get("session_id"), "round": state.get("round"),
            "question": QUESTION, "resources": resources_text(region_for(state, ctx or Context())), "error": note}


async def safety_check(state: State, runtime: Runtime[Context],
                       ) -> Command[Literal["crisis_support", "safety_check", "devil", "__end__"]]:
    ctx = settings(runtime)
    answer = interrupt(safety_request(state, state.get("input_error"), ctx))
    said = await heard(state, ctx, answer, "safety_check", "safety_check")
    if isinstance(said, Command):  # unusable, or a crisis again: support again, never the text
        return said
    text = said.text
    if not says_safe(text):
        return Command(goto="safety_check", update={"input_error": NOT_SURE})
    resumed = {"kind": "resumed", "source": "safety_check", "round": state.get("round")}
    if not state.get("distortion"):  # the crisis came before the practice began: nothing to resume
        closing = {"text": "Thank you for telling me you are safe. When you are ready, start a new session.",
                   "kind_words": [], "milestones": []}
        return Command(goto=END, update={"status": "closed", "closing": closing, "input_error": None,
                                         "safety_events": [resumed]})
    note = turn("system", "Welcome back. We'll pick up where we paused.", state, "system", kind="resumed")
    # "I'm safe, just exhausted": back to practice, with a check-in on the way
    return Command(goto="devil", update=merged(said, status="active", closing=None, input_error=None, notices=[],
                                               safety_events=[resumed], transcript=[note]))
