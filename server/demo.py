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
CLUMSY_ROUNDS = 2  # ...on the scene's next rounds only, so every scene turns kind


def pick_scenario(seed: int, lib: Library | None = None) -> Scenario:
    """Seeds walk the seven life areas in turn, so consecutive seeds show different parts of life."""
    lib = lib or library()
    area = LIFE_AREAS[(seed - 1) % len(LIFE_AREAS)]
    choices = sorted((s for s in lib.scenarios if s.life_area == area), key=lambda s: s.id)
    return rng("demo-scenario", seed).choice(choices)


class ScriptedComforter:
    """Each answer depends only on the seed and the round, so a demo resumed in another
    process plays on exactly as an uninterrupted one would."""

    def __init__(self, seed: int, lib: Library | None = None):
        self.lib = lib or library()
        self.seed = seed

    def clumsy(self, pick: random.Random, distortion: str) -> str:
        kind = pick.choice(("neutral", "harmful", "partial"))
        if kind == "partial":
            return pick.choice(self.lib.distortions[distortion].comforter_partial)
        bank = self.lib.catalogue.comforter_neutral if kind == "neutral" else self.lib.catalogue.comforter_harmful
        return pick.choice(bank)

    def kind(self, pick: random.Random, distortion: str, evidence: list[str]) -> str:
        line = pick.choice(self.lib.distortions[distortion].comforter_helpful)
        return f"{line} And remember: {pick.choice(evidence)}."

    def answer(self, request: dict, evidence: list[str]) -> str:
        """A comfort for the round the `listen` interrupt describes: clumsy on a scene's opening
        round, sometimes clumsy on its next two, kind after that."""
        pick = rng("demo-comforter", self.seed, request.get("round"), request.get("scene_round", 0))
        distortion = request["distortion"]["type"]
        scene_round = request.get("scene_round", 0)
        if scene_round == 0 or (scene_round <= CLUMSY_ROUNDS and pick.random() < CLUMSY_SHARE):
            return self.clumsy(pick, distortion)
        return self.kind(pick, distortion, evidence)
