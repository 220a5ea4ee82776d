"""Offline Devil: the scene's distorted thought, at the variant the comfort has earned.

The variant follows the intensity: it softens only as far as comfort moved it, and
hardens again after harmful comfort.
"""

from __future__ import annotations

from graph.data.schema import Scene
from graph.state import DevilOutput

# Lowest intensity at which each variant is still voiced, strongest first.
VARIANT_FLOORS = (("intense", 0.75), ("strong", 0.55), ("moderate", 0.35), ("softened", 0.18), ("reflective", 0.0))


def variant_for(intensity: float) -> str:
    return next(name for name, floor in VARIANT_FLOORS if intensity >= floor)


def play_devil(scene: Scene, intensity: float) -> DevilOutput:
    thought = getattr(scene.thoughts, variant_for(intensity))
    return DevilOutput(distortion_type=scene.distortion, thought=thought, intensity=round(intensity, 2))
