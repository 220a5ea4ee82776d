"""The scenario library and catalogue the offline engine plays from, and topic matching."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from graph.data.schema import Catalogue, Distortion, Scenario, Technique, load_catalogue, load_scenario_files
from graph.offline.text import normalize, tokens

# A score at or above this means the scenario really is about the user's topic.
MATCH_THRESHOLD = 2.0


@dataclass(frozen=True)
class Match:
    scenario: Scenario
    score: float
    matched: bool
    note: str


class Library:
    def __init__(self, scenarios: list[Scenario], catalogue: Catalogue):
        self.scenarios = scenarios
        self.by_id = {s.id: s for s in scenarios}
        if len(self.by_id) != len(scenarios):
            raise ValueError("duplicate scenario ids in the library")
        self.catalogue = catalogue
        self.distortions: dict[str, Distortion] = {d.id: d for d in catalogue.distortions}
        self.techniques: dict[str, Technique] = {t.id: t for t in catalogue.techniques}

    def scenario(self, scenario_id: str) -> Scenario:
        try:
            return self.by_id[scenario_id]
        except KeyError:
            raise KeyError(f"unknown scenario id {scenario_id!r}; `mind scenarios` lists them") from None

    def score(self, scenario: Scenario, text: str) -> float:
        """Keyword phrases weigh most, then single keyword words, then words of the title and summary."""
        lowered = normalize(text)
        words = set(tokens(text))
        score = 0.0
        for keyword in scenario.keywords:
            if " " in keyword and keyword in lowered:
                score += 2.0
            elif set(tokens(keyword)) & words:
                score += 1.0
        score += 0.25 * len(words & set(tokens(scenario.title + " " + scenario.summary)))
        return score

    def match(self, topic: str, worries: str = "") -> Match:
        text = f"{topic} {worries}"
        ranked = sorted(self.scenarios, key=lambda s: (-self.score(s, text), s.id))
        best = ranked[0]
        score = self.score(best, text)
        if score >= MATCH_THRESHOLD:
            return Match(best, score, True, f"Practising with '{best.title}', closest to what you described.")
        return Match(
            best,
            score,
            False,
            "No scenario in the library fits your topic closely; practising with "
            f"'{best.title}' ({best.life_area.replace('_', ' ')}), the nearest one. "
            "With a language model configured (MIND_MODEL) the scene is written for your own topic.",
        )


@lru_cache(maxsize=1)
def library() -> Library:
    scenarios = [s for f in load_scenario_files() for s in f.scenarios]
    return Library(scenarios, load_catalogue())
