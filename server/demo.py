"""`mind demo`: a whole session played by a scripted comforter of mixed skill.

The comforter opens each scene clumsily (neutral, dismissive or vague words), then finds
better ones, so a newcomer sees `persist`, `advance` and `resolve`. Same seed, same session.
"""

from __future__ import annotations

import random

from graph.data.schema import LIFE_AREAS, Scenario
from graph.offline.library import Library, library
from graph.offline.text import rng

CLUMSY_SHARE = 0.2  # chance of a clumsy answer after a scene's opening round


def pick_scenario(seed: int, lib: Library | None = None) -> Scenario:
    """Seeds walk the seven life areas in turn, so consecutive seeds show different parts of life."""
    lib = lib or library()
    area = LIFE_AREAS[(seed - 1) % len(LIFE_AREAS)]
    choices = sorted((s for s in lib.scenarios if s.life_area == area), key=lambda s: s.id)
    return rng("demo-scenario", seed).choice(choices)


class ScriptedComforter:
    def __init__(self, seed: int, lib: Library | None = None):
        self.lib = lib or library()
        self.random: random.Random = rng("demo-comforter", seed)
        self.clumsy_in_scene = 0

    def clumsy(self, distortion: str) -> str:
        kind = self.random.choice(("neutral", "harmful", "partial"))
        if kind == "partial":
            return self.random.choice(self.lib.distortions[distortion].comforter_partial)
        bank = self.lib.catalogue.comforter_neutral if kind == "neutral" else self.lib.catalogue.comforter_harmful
        return self.random.choice(bank)

    def kind(self, distortion: str, evidence: list[str]) -> str:
        line = self.random.choice(self.lib.distortions[distortion].comforter_helpful)
        return f"{line} And remember: {self.random.choice(evidence)}."

    def answer(self, request: dict, evidence: list[str]) -> str:
        """A comfort for the round the `listen` interrupt describes."""
        distortion = request["distortion"]["type"]
        opening_round = request.get("scene_round", 0) == 0
        if opening_round:
            self.clumsy_in_scene = 0
        if opening_round or (self.clumsy_in_scene < 2 and self.random.random() < CLUMSY_SHARE):
            self.clumsy_in_scene += 1
            return self.clumsy(distortion)
        return self.kind(distortion, evidence)
