"""crisis_support: stops the role-play and shows crisis resources and a grounding step.

The text that raised the alarm is not repeated, stored, or passed on to any agent.
"""

from __future__ import annotations

from langgraph.runtime import Runtime

from graph.context import Context, settings
from graph.notices import region_for
from graph.resources import resources_text
from graph.safety import GROUNDING
from graph.state import State
from graph.transcript import turn

MESSAGE = (
    "I'm going to pause the practice here, because what you wrote sounds like you might be in pain "
    "or in danger, and you deserve support from a real person right now."
)


async def crisis_support(state: State, runtime: Runtime[Context]) -> dict:
    resources = resources_text(region_for(state, settings(runtime)))
    text = f"{MESSAGE}\n\n{resources}\n\n{GROUNDING}"
    return {
        "status": "crisis",
        "closing": {"text": text, "kind_words": [], "milestones": list(state.get("milestones", []))},
        "transcript": [turn("system", text, state, "system", kind="crisis_support")],
    }
