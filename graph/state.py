"""Session state, its reducers, and the structured outputs of the five agents.

One source of truth: the transcript. Every agent appends one entry per round;
round records for the CLI, the JSON demo and exports are derived from it
(`rounds_of`), never stored twice.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, Literal, TypedDict

from pydantic import BaseModel, Field

DistortionType = Literal[
    "catastrophizing",
    "black_and_white",
    "emotional_reasoning",
    "overgeneralization",
    "mind_reading",
    "fortune_telling",
    "labeling",
    "personalization",
    "should_statements",
    "magnification_minimization",
    "mental_filter",
    "disqualifying_the_positive",
]
Decision = Literal["advance", "persist", "resolve"]
Status = Literal["active", "resolved", "max_rounds", "crisis", "closed"]
ArcPosition = Literal["opening", "rising", "turning", "resolution"]


# --- the agents' structured outputs ---------------------------------------------------
# Reasoning fields come before verdict fields so a model writes its reasons first.


class TriggerOutput(BaseModel):
    """The Trigger writes (or moves on) the scene the inner self lives in."""

    scene_title: str = Field(description="A short heading for the scene, e.g. 'Tuesday, 11 pm'.")
    scene: str = Field(description="2-4 sentences, second person, present tense, concrete.", min_length=1)
    scene_index: int = Field(ge=0, description="0-based position of this scene in the story.")
    arc_position: ArcPosition = Field(description="Where the scene stands in the story arc.")


class DevilOutput(BaseModel):
    """The Devil voices the inner critic: one first-person distorted thought."""

    distortion_type: DistortionType = Field(description="The cognitive distortion the thought shows.")
    thought: str = Field(description="One first-person distorted thought about the scene.", min_length=1)
    intensity: float = Field(ge=0.0, le=1.0, description="How strongly the thought is held, 0..1.")


class GuideOutput(BaseModel):
    """The Guide coaches the user and keeps the recursive memory M_i = f(M_{i-1}, round i)."""

    techniques: list[str] = Field(description="1-2 restructuring technique ids used for the hints.")
    hints: list[str] = Field(min_length=1, max_length=3, description="1-3 concrete coaching lines to the user.")
    memory_summary: str = Field(description="Updated summary of the session so far, at most a few sentences.")
    milestones: list[str] = Field(
        default_factory=list,
        description="New therapeutic milestones reached in the last round, e.g. 'from self-denial to initial reflection'.",
    )


class PatientOutput(BaseModel):
    """The Patient (the inner self) answers the user's comfort in the first person."""

    reply: str = Field(description="First-person reply to the comfort.", min_length=1)
    emotion: str = Field(description="The feeling the inner self has after hearing the comfort, one or two words.")


class StrategistOutput(BaseModel):
    """The Strategist judges whether the thinking shifted and directs the next step."""

    rationale: str = Field(description="Why the thought did or did not shift, citing the comfort.")
    shift: float = Field(ge=-1.0, le=1.0, description="How far the thought moved: >0 softened, <0 hardened.")
    next_scene_directive: str = Field(description="What the Trigger should do with the story next.")
    next_thought_directive: str = Field(description="How the Devil's next thought should change.")
    decision: Decision = Field(description="advance (next scene), persist (same scene), resolve (end).")


# The Devil never voices a thought as fully resolved or fully absolute.
INTENSITY_FLOOR, INTENSITY_CEILING = 0.05, 0.95


def next_intensity(intensity: float, shift: float) -> float:
    """Where the thought stands after a comfort that moved it by `shift`."""
    return round(min(INTENSITY_CEILING, max(INTENSITY_FLOOR, intensity - shift)), 2)


# --- state ------------------------------------------------------------------------------


class Turn(TypedDict, total=False):
    role: Literal["system", "trigger", "devil", "guide", "user", "patient", "strategist", "closing"]
    text: str
    round: int
    scene: int
    engine: str  # "offline" or the model name: offline text is always labelled as such
    data: dict[str, Any]


def keep_last(_old: Any, new: Any) -> Any:
    return new


class State(TypedDict, total=False):
    # input
    topic: str
    worries: str
    scenario_id: str | None
    adult_confirmed: bool  # the person said they are 18 or older (asked once, by the client or by `consent`)
    region: str | None  # ISO 3166 code choosing crisis resources (graph/data/resources.json)
    # session
    session_id: str
    language: str
    notices: list[dict[str, Any]]  # shown with the next question (check-in, AI notice), cleared once answered
    disclosed_at: float  # epoch seconds the AI notice was last shown; it repeats every NOTICE_EVERY_S
    seed: int  # the offline engine's seed, fixed at intake so a resumed session replays the same way
    status: Status
    scenario: dict[str, Any]  # id, title, life_area, score, matched, note
    scene: dict[str, Any]  # index, title, text, arc_position
    distortion: dict[str, Any]  # type, thought, intensity
    transcript: Annotated[list[Turn], operator.add]
    intensity_history: Annotated[list[float], operator.add]
    hints: list[str]
    techniques: list[str]
    memory: str
    milestones: Annotated[list[str], operator.add]
    verdicts: Annotated[list[dict[str, Any]], operator.add]
    safety_events: Annotated[list[dict[str, Any]], operator.add]
    mood: Annotated[list[dict[str, Any]], operator.add]
    usage: Annotated[dict[str, dict[str, int]], add_usage]  # model tokens per agent
    # counters (bounds live in Context)
    round: int  # completed rounds so far + 1 while a round is open
    scene_round: int  # rounds played in the current scene
    comfort: str  # the comfort of the open round, once heard
    input_error: str | None  # why the last answer to `listen` could not be taken
    closing: dict[str, Any]


class InputState(TypedDict, total=False):
    """What a caller supplies to start a session."""

    topic: str
    worries: str
    scenario_id: str | None
    language: str
    session_id: str
    adult_confirmed: bool
    region: str | None


def add_usage(left: dict[str, dict[str, int]] | None, right: dict[str, dict[str, int]] | None):
    """Token counts per agent, summed over the session."""
    total = {agent: dict(counts) for agent, counts in (left or {}).items()}
    for agent, counts in (right or {}).items():
        mine = total.setdefault(agent, {})
        for key, n in counts.items():
            mine[key] = mine.get(key, 0) + int(n or 0)
    return total


def rounds_of(transcript: list[Turn]) -> list[dict[str, Any]]:
    """Group the transcript into round records (the `mind demo --json` round shape)."""
    rounds: dict[int, dict[str, Any]] = {}
    current_scene = ""  # a persist round plays on in the scene written earlier
    for turn in transcript:
        if turn.get("role") == "trigger":
            current_scene = turn["text"]
        number = turn.get("round", 0)
        if number < 1:
            continue
        record = rounds.setdefault(
            number,
            {"round": number, "scene_index": turn.get("scene", 0), "scene": current_scene, "distortion": None,
             "hints": [], "comfort": None, "patient": None, "verdict": None},
        )
        role, data = turn.get("role"), turn.get("data", {})
        if role == "devil":
            record["distortion"] = {"type": data["type"], "thought": turn["text"], "intensity": data["intensity"]}
        elif role == "guide":
            record["hints"] = data.get("hints", [])
        elif role == "user":
            record["comfort"] = turn["text"]
        elif role == "patient":
            record["patient"] = turn["text"]
        elif role == "strategist":
            record["verdict"] = {"decision": data["decision"], "shift": data["shift"], "rationale": turn["text"]}
    return [rounds[k] for k in sorted(rounds)]
