"""closing: mirrors the user's own kindest words back to them, lists the milestones, offers a mood check-out."""

from __future__ import annotations

from graph.state import State, rounds_of
from graph.transcript import turn

KIND_WORDS = 3


def kindest_words(state: State) -> list[str]:
    """The comforts that moved the thought most, in the order the user said them."""
    landed = [r for r in rounds_of(state.get("transcript", [])) if r["verdict"] and r["verdict"]["shift"] > 0]
    best = sorted(landed, key=lambda r: -r["verdict"]["shift"])[:KIND_WORDS]
    return [r["comfort"] for r in sorted(best, key=lambda r: r["round"])]


async def closing(state: State) -> dict:
    words = kindest_words(state)
    milestones = list(state.get("milestones", []))
    lines = []
    if state.get("status") == "resolved":
        lines.append("Your inner self has found a kinder way to see this.")
    else:
        lines.append("We have reached the end of this session's rounds; the practice can continue another time.")
    if words:
        lines.append("The words you found for your inner self apply to you too:")
        lines += [f'  "{w}"' for w in words]
    if milestones:
        lines.append("Along the way: " + "; ".join(milestones) + ".")
    lines.append("How do you feel now? A short mood check-out helps you notice the change.")
    text = "\n".join(lines)
    closing_doc = {"text": text, "kind_words": words, "milestones": milestones,
                   "mood_checkout": "How do you feel now, compared with the start?"}
    return {"closing": closing_doc, "transcript": [turn("closing", text, state, "system")]}
