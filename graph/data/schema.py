"""Schemas of the shipped data files. `load_*` validate on read, so a broken file fails loudly.

`python -m graph.data.schema` writes the JSON Schemas next to the data for editors.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graph.state import DistortionType

DATA_DIR = Path(__file__).parent
LifeArea = Literal["family", "work", "relationships", "money", "health_body", "ideals_reality", "misfortune"]
LIFE_AREAS: tuple[str, ...] = LifeArea.__args__  # type: ignore[attr-defined]
TechniqueId = Literal[
    "evidence_check",
    "decatastrophizing",
    "double_standard",
    "continuum",
    "reattribution",
    "behavioural_experiment",
    "self_compassion_phrase",
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Thoughts(Strict):
    """One thought at falling intensity; the Devil picks the variant the comfort has earned."""

    intense: str = Field(min_length=10)
    strong: str = Field(min_length=10)
    moderate: str = Field(min_length=10)
    softened: str = Field(min_length=10)
    reflective: str = Field(min_length=10)


class PatientLines(Strict):
    resist: str = Field(min_length=5)
    partial: str = Field(min_length=5)
    accept: str = Field(min_length=5)


class Scene(Strict):
    title: str = Field(min_length=1, max_length=80)
    text: str = Field(min_length=20)
    distortion: DistortionType
    thoughts: Thoughts
    patient: PatientLines
    evidence_against: list[str] = Field(min_length=1)


class Scenario(Strict):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)+$")
    title: str = Field(min_length=3, max_length=60)
    life_area: LifeArea
    summary: str = Field(min_length=10)
    keywords: list[str] = Field(min_length=4)
    scenes: list[Scene] = Field(min_length=3, max_length=6)

    @field_validator("keywords")
    @classmethod
    def lowercase_keywords(cls, value: list[str]) -> list[str]:
        return [k.lower().strip() for k in value]


class ScenarioFile(Strict):
    life_area: LifeArea
    scenarios: list[Scenario] = Field(min_length=1)

    @model_validator(mode="after")
    def one_area(self) -> "ScenarioFile":
        wrong = [s.id for s in self.scenarios if s.life_area != self.life_area]
        if wrong:
            raise ValueError(f"scenarios outside the file's life area {self.life_area}: {wrong}")
        return self


class Technique(Strict):
    id: TechniqueId
    name: str
    description: str
    hints: list[str] = Field(min_length=2)


class Distortion(Strict):
    id: DistortionType
    name: str
    description: str
    techniques: list[TechniqueId] = Field(min_length=1)
    cues: list[str] = Field(min_length=4)
    comforter_helpful: list[str] = Field(min_length=2)
    comforter_partial: list[str] = Field(min_length=1)


class PatientGeneric(Strict):
    resist: list[str] = Field(min_length=1)
    partial: list[str] = Field(min_length=1)
    accept: list[str] = Field(min_length=1)
    hurt: list[str] = Field(min_length=1)


class Catalogue(Strict):
    techniques: list[Technique]
    distortions: list[Distortion]
    comforter_neutral: list[str] = Field(min_length=2)
    comforter_harmful: list[str] = Field(min_length=2)
    patient_generic: PatientGeneric

    @model_validator(mode="after")
    def techniques_exist(self) -> "Catalogue":
        known = {t.id for t in self.techniques}
        for d in self.distortions:
            missing = set(d.techniques) - known
            if missing:
                raise ValueError(f"distortion {d.id} names unknown techniques {sorted(missing)}")
        return self


class ComfortItem(Strict):
    id: str
    distortion: DistortionType
    thought: str = Field(min_length=5)
    comfort: str = Field(min_length=1)
    label: Literal["helpful", "neutral", "harmful"]
    split: Literal["tune", "held_out"] = Field(description="held_out items were never used to write or tune the rubric.")


class ComfortSet(Strict):
    description: str
    items: list[ComfortItem] = Field(min_length=1)


def _read(path: Path) -> object:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def load_scenario_files(folder: Path = DATA_DIR / "scenarios") -> list[ScenarioFile]:
    files = sorted(folder.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no scenario files in {folder}")
    out = []
    for path in files:
        try:
            out.append(ScenarioFile.model_validate(_read(path)))
        except ValueError as err:  # pydantic's ValidationError and JSON errors are ValueErrors
            raise ValueError(f"{path.name}: {err}") from err
    return out


def load_catalogue(path: Path = DATA_DIR / "catalogue.json") -> Catalogue:
    return Catalogue.model_validate(_read(path))


def load_comfort_set(path: Path = DATA_DIR / "comfort_set.json") -> ComfortSet:
    return ComfortSet.model_validate(_read(path))


def write_json_schemas(folder: Path = DATA_DIR / "schemas") -> list[Path]:
    folder.mkdir(exist_ok=True)
    written = []
    for name, model in {"scenario_file": ScenarioFile, "catalogue": Catalogue, "comfort_set": ComfortSet}.items():
        path = folder / f"{name}.schema.json"
        path.write_text(json.dumps(model.model_json_schema(), indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write_json_schemas():
        print(p)
