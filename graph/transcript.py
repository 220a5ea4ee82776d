"""Building transcript entries and reading the latest round out of state."""

from __future__ import annotations

from typing import Any

from graph.inputs import as_data
from graph.state import State, Turn, rounds_of


def turn(role: str, text: str, state: State, engine: str, scene: int | None = None, **data: Any) -> Turn:
    entry: Turn = {
        "role": role,  # type: ignore[typeddict-item]
        "text": text,
        "round": state.get("round", 0),
        "scene": state.get("scene", {}).get("index", 0) if scene is None else scene,
        "engine": engine,
    }
    if data:
        entry["data"] = data
    return entry


def last_complete_round(state: State) -> dict[str, Any] | None:
    """The last round that has a verdict, read from the tail of the transcript only."""
    transcript = state.get("transcript", [])
    for end in range(len(transcript) - 1, -1, -1):
        if transcript[end].get("role") == "strategist":
            number = transcript[end].get("round")
            start = end
            while start > 0 and transcript[start - 1].get("round") == number:
                start -= 1
            return rounds_of(transcript[start : end + 1])[-1]
    return None


def describe_round(record: dict[str, Any] | None) -> str:
    """The last round as compact text for prompts: the only piece of history they carry verbatim."""
    if not record:
        return "(this is the first round)"
    d = record.get("distortion") or {}
    v = record.get("verdict") or {}
    return (
        f"Round {record['round']}, scene {record['scene_index'] + 1}. Thought ({d.get('type')}, intensity "
        f"{d.get('intensity')}): {d.get('thought')}\nComfort: <user_text>{as_data(record.get('comfort'))}</user_text>\n"
        f"Inner self: {record.get('patient')}\nVerdict: {v.get('decision')} (shift {v.get('shift')}): {v.get('rationale')}"
    )
