"""What the person is told besides the practice: the AI disclosure, its repetition, and check-ins.

The disclosure opens every session; in a long session the AI notice comes again at least every
NOTICE_EVERY_S (three hours, as recent US state laws on companion chatbots expect). A `caution`
screen lets the practice go on but adds a gentle check-in with the crisis resources. Notices ride
in the next question the person sees (the interrupt payload) and are kept in the transcript.
"""

from __future__ import annotations

import time
from typing import Any

from graph.context import Context
from graph.resources import resources_text
from graph.state import State

NOTICE_EVERY_S = 3 * 3600
DISCLOSURE = (
    "You are talking to an AI: this is self-help practice, not therapy, and the voices here are software, "
    "not people. You will hear a worried inner voice and practise finding kind, true words for it. "
    "If you are in crisis, contact local emergency services or a crisis line now."
)
AI_NOTICE = ("A reminder: you are talking to an AI, not a person. This is self-help practice, not therapy; "
             "take a break whenever you need one.")
CHECK_IN = ("Before we go on: some of what you wrote sounds heavy. How are you doing, really? "
            "You can keep practising, pause at any time, or talk to someone now.")


def region_for(state: State, ctx: Context) -> str | None:
    return state.get("region") or ctx.region


def check_in(state: State, ctx: Context) -> dict[str, Any]:
    return {"kind": "check_in", "text": f"{CHECK_IN}\n{resources_text(region_for(state, ctx))}"}


def ai_notice_due(state: State, now: float | None = None) -> bool:
    last = state.get("disclosed_at")
    return last is None or (time.time() if now is None else now) - last >= NOTICE_EVERY_S


def ai_notice() -> dict[str, Any]:
    return {"kind": "ai_notice", "text": AI_NOTICE}
