"""notices: right before the person is asked for comfort, repeats the AI notice when it is due.

The node sits between the Guide and `listen`, so the notice is decided once, stored, and shown in
the question that follows; `listen` clears the notices when it takes an answer.
"""

from __future__ import annotations

import time

from graph.notices import ai_notice, ai_notice_due
from graph.state import State
from graph.transcript import turn


async def notices(state: State) -> dict:
    now = time.time()
    if not ai_notice_due(state, now):
        return {}
    notice = ai_notice()
    return {"notices": [*state.get("notices", []), notice], "disclosed_at": now,
            "transcript": [turn("system", notice["text"], state, "system", kind="ai_notice")]}
