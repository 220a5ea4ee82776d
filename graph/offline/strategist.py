"""Offline Strategist: how far the comfort moved the thought, and where the story goes."""

from __future__ import annotations

from graph.offline.rubric import ComfortScore
from graph.state import StrategistOutput, next_intensity

READABLE = {
    "validation": "validated the feeling",
    "evidence": "questioned the evidence",
    "perspective": "offered another perspective",
    "compassion": "brought self-compassion or common humanity",
    "invalidation": "invalidated the feeling",
    "comparison": "compared the pain away",
    "toxic_positivity": "pushed positivity over the feeling",
    "dismissal": "dismissed the worry",
    "blame": "blamed the inner self",
    "agreement": "agreed with the distortion",
}


def shift_for(score: ComfortScore) -> float:
    """Helpful comfort softens by 0.15-0.4; neutral barely moves it; harmful hardens it."""
    if score.label == "helpful":
        return min(0.4, 0.1 + 0.08 * len(score.helps) + (0.06 if score.specific else 0.0))
    if score.label == "harmful":
        return -min(0.2, 0.05 * score.harm)
    return 0.03 if score.helps else 0.0


def _reasons(score: ComfortScore, distortion: str) -> str:
    said = [READABLE[h] for h in score.helps] + [READABLE[h] for h in score.harms]
    if score.specific:
        said.append(f"spoke to the {distortion.replace('_', ' ')} at hand")
    if not said:
        return "The comfort acknowledged the moment but did not engage with the thought"
    return "The comfort " + ", ".join(said[:-1]) + (" and " if len(said) > 1 else "") + said[-1]


def play_strategist(
    score: ComfortScore, distortion: str, intensity: float, last_scene: bool, advance_intensity: float
) -> StrategistOutput:
    shift = round(shift_for(score), 2)
    after = next_intensity(intensity, shift)
    if after <= advance_intensity:
        decision = "resolve" if last_scene else "advance"
    else:
        decision = "persist"
    direction = "softened" if shift > 0 else "hardened" if shift < 0 else "held"
    rationale = f"{_reasons(score, distortion)}; the thought {direction} from {intensity:.2f} to {after:.2f}."
    scene_directive = {
        "advance": "Move the story to its next scene; the insight carries over.",
        "resolve": "The arc is complete; close the story.",
        "persist": "Stay in this scene.",
    }[decision]
    thought_directive = (
        f"Voice the thought at intensity {after:.2f}: "
        + ("softer, as far as the comfort earned." if shift > 0 else "no softer; the comfort did not land.")
    )
    return StrategistOutput(
        rationale=rationale,
        shift=shift,
        next_scene_directive=scene_directive,
        next_thought_directive=thought_directive,
        decision=decision,
    )
