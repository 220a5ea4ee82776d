"""Offline Trigger: the matched scenario's scenes, in order, as the story arc."""

from __future__ import annotations

from graph.data.schema import Scenario
from graph.state import TriggerOutput


def arc_position(index: int, total: int) -> str:
    if index == 0:
        return "opening"
    if index >= total - 1:
        return "resolution"
    return "rising" if index < (total - 1) / 2 else "turning"


def play_trigger(scenario: Scenario, scene_index: int) -> TriggerOutput:
    index = min(scene_index, len(scenario.scenes) - 1)
    scene = scenario.scenes[index]
    return TriggerOutput(
        scene_title=scene.title,
        scene=scene.text,
        scene_index=index,
        arc_position=arc_position(index, len(scenario.scenes)),
    )
