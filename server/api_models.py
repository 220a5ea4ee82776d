"""Request and response bodies of the /v1 API (they make /openapi.json). Field names match `mind demo --json`."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from graph.inputs import MAX_COMFORT_CHARS

# A short PANAS-style check-in (the ten items of the international short form), each rated 1-5.
POSITIVE = ("active", "determined", "attentive", "inspired", "alert")
NEGATIVE = ("upset", "hostile", "ashamed", "nervous", "afraid")
MoodItem = Literal["active", "determined", "attentive", "inspired", "alert",
                   "upset", "hostile", "ashamed", "nervous", "afraid"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


Waiting = Literal["comfort", "safety_check", "age_check"] | None
WAITING_HELP = ("What the session waits for, always answered at /comfort: a comfort; after crisis support the person "
                "saying they are safe to go on; at the start, whether the person is 18 or older. Absent once closed.")
NOTICES_HELP = ("Show these before the question: the AI notice (repeated every three hours) and, after a worrying "
                "message, a gentle check-in with crisis resources.")


class Notice(BaseModel):
    kind: Literal["ai_notice", "check_in"]
    text: str


class SessionCreate(Strict):
    topic: str = Field(min_length=1, max_length=1000, description="What is on your mind, in a line or two.")
    worries: str = Field("", max_length=2000, description="The worry in your own words (defaults to the topic).")
    language: str | None = Field(None, min_length=1, max_length=40, description="Language the agents write in.")
    scenario_id: str | None = Field(None, min_length=1, max_length=100, description="A scenario from `mind scenarios`.")
    adult_confirmed: bool = Field(False, description=(
        "The person has told your app they are 18 or older (ask once and remember it). If false, the session "
        "first waits for that answer (`waiting_for: age_check`), sent to /comfort."))
    region: str | None = Field(None, min_length=2, max_length=2, description=(
        "Two-letter country code for crisis resources, e.g. 'GB'; default: the server's MIND_REGION."))


class ComfortIn(Strict):
    text: str = Field(min_length=1, max_length=MAX_COMFORT_CHARS, description="Your words to the inner self.")
    round: int | None = Field(None, ge=1, le=10_000, description=(
        "The round you are answering. Optional; with it a retry of an answered round changes nothing."))


class MoodIn(Strict):
    when: Literal["before", "after"]
    scores: dict[MoodItem, Annotated[int, Field(ge=1, le=5)]] = Field(
        min_length=1, description="Item -> 1 (not at all) .. 5 (extremely).")

    def entry(self) -> dict[str, Any]:
        pos = [s for k, s in self.scores.items() if k in POSITIVE]
        neg = [s for k, s in self.scores.items() if k in NEGATIVE]
        return {"when": self.when, "scores": dict(self.scores),
                "positive_affect": round(sum(pos) / len(pos), 2) if pos else None,
                "negative_affect": round(sum(neg) / len(neg), 2) if neg else None}


class Distortion(BaseModel):
    type: str
    thought: str
    intensity: float


class RoundView(BaseModel):
    round: int
    scene_index: int
    scene: str
    distortion: Distortion
    hints: list[str]


class Verdict(BaseModel):
    decision: Literal["advance", "persist", "resolve"]
    shift: float
    rationale: str


class Closing(BaseModel):
    text: str
    kind_words: list[str] = []
    milestones: list[str] = []


class SessionCreated(BaseModel):
    session_id: str
    status: str
    round: RoundView | None = Field(None, description="The first round; absent if the session closed at once.")
    closing: Closing | None = None
    waiting_for: Waiting = Field(None, description=WAITING_HELP)
    notices: list[Notice] = Field([], description=NOTICES_HELP)


class ComfortResult(BaseModel):
    patient: str | None = Field(None, description="The inner self's answer to your comfort.")
    verdict: Verdict | None = None
    status: str
    round: RoundView | None = Field(None, description="The next round; absent once the session is closed.")
    closing: Closing | None = Field(None, description="Once the session is closed, or crisis support.")
    waiting_for: Waiting = Field(None, description=WAITING_HELP)
    notices: list[Notice] = Field([], description=NOTICES_HELP)


class MoodEntry(BaseModel):
    when: Literal["before", "after"]
    scores: dict[str, int]
    positive_affect: float | None = Field(None, description="Mean of the positive items given; absent if none.")
    negative_affect: float | None = Field(None, description="Mean of the negative items given; absent if none.")


class SessionView(BaseModel):
    session_id: str
    engine: str
    scenario: dict[str, Any]
    status: str
    rounds: list[dict[str, Any]]
    round: RoundView | None = Field(None, description="The round waiting for comfort, if any.")
    closing: Closing | None = None
    mood: list[MoodEntry] = []
    waiting_for: Waiting = Field(None, description=WAITING_HELP)
    notices: list[Notice] = Field([], description=NOTICES_HELP)


class SessionSummary(BaseModel):
    session_id: str
    status: str
    scenario: str | None
    round: int


class Health(BaseModel):
    status: str
    storage: str | None = None


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody
