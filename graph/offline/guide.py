"""Offline Guide: technique hints for the distortion at hand, and the recursive memory.

The memory is folded one round at a time, M_i = f(M_{i-1}, round i): the newest
round note is appended and older notes collapse into a running count, so the memory
(and every prompt that carries it) stays flat however long the session runs.
"""

from __future__ import annotations

import random
import re
from typing import Any

from graph.data.schema import Distortion, Scene, Technique
from graph.state import GuideOutput

KEPT_NOTES = 3
_EARLIER = re.compile(r"^Earlier: (\d+) rounds?\.")

# The milestone ladder: (name, reached when).
MILESTONES = (
    ("from self-denial to initial reflection", lambda i, adv: i <= 0.7),
    ("from initial reflection to partial acceptance", lambda i, adv: i <= 0.45),
    ("carried a kinder view into a new scene", lambda i, adv: adv),
    ("from partial acceptance to self-compassion", lambda i, adv: i <= 0.18),
)


def hints_for(distortion: Distortion, techniques: dict[str, Technique], scene: Scene, rng: random.Random) -> tuple[list[str], list[str]]:
    chosen = distortion.techniques[:2]
    hints = []
    for technique_id in chosen:
        line = rng.choice(techniques[technique_id].hints)
        hints.append(line.replace("{evidence}", rng.choice(scene.evidence_against)))
    return chosen, hints


def round_note(last: dict[str, Any]) -> str:
    verdict = last.get("verdict") or {}
    distortion = (last.get("distortion") or {}).get("type", "?").replace("_", " ")
    shift = verdict.get("shift", 0.0)
    moved = "softened" if shift > 0 else "hardened" if shift < 0 else "held"
    return (
        f"Round {last['round']} (scene {last['scene_index'] + 1}, {distortion}): the thought {moved} "
        f"({shift:+.2f}); {verdict.get('decision', 'persist')}."
    )


def fold_memory(previous: str, last: dict[str, Any] | None) -> str:
    if last is None:
        return previous
    lines = [ln for ln in previous.splitlines() if ln.strip()]
    earlier = 0
    if lines and (m := _EARLIER.match(lines[0])):
        earlier = int(m.group(1))
        lines = lines[1:]
    lines.append(round_note(last))
    while len(lines) > KEPT_NOTES:
        lines.pop(0)
        earlier += 1
    head = [f"Earlier: {earlier} round{'s' if earlier != 1 else ''}."] if earlier else []
    return "\n".join(head + lines)


def new_milestones(reached: list[str], intensity: float, advanced: bool) -> list[str]:
    return [name for name, test in MILESTONES if name not in reached and test(intensity, advanced)]


def play_guide(
    distortion: Distortion,
    techniques: dict[str, Technique],
    scene: Scene,
    memory: str,
    last_round: dict[str, Any] | None,
    reached: list[str],
    rng: random.Random,
) -> GuideOutput:
    chosen, hints = hints_for(distortion, techniques, scene, rng)
    milestones: list[str] = []
    if last_round and last_round.get("verdict"):
        after = (last_round["distortion"] or {}).get("intensity", 1.0) - last_round["verdict"]["shift"]
        milestones = new_milestones(reached, after, last_round["verdict"]["decision"] == "advance")
    return GuideOutput(
        techniques=list(chosen), hints=hints, memory_summary=fold_memory(memory, last_round), milestones=milestones
    )
