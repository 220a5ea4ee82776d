"""Offline Patient: the inner self answers as the comfort landed (or wounded)."""

from __future__ import annotations

import random

from graph.data.schema import PatientGeneric, Scene
from graph.offline.rubric import ComfortScore
from graph.state import PatientOutput

EMOTIONS = {
    "hurt": ("hurt", "withdrawn", "dismissed"),
    "resist": ("anxious", "defensive", "unconvinced"),
    "partial": ("uncertain", "a little lighter", "tentative"),
    "accept": ("relieved", "calmer", "seen"),
}


def reaction(score: ComfortScore) -> str:
    if score.label == "harmful":
        return "hurt"
    if score.label == "neutral":
        return "resist"
    return "accept" if score.quality >= 0.5 else "partial"


def play_patient(scene: Scene, score: ComfortScore, generic: PatientGeneric, rng: random.Random) -> PatientOutput:
    kind = reaction(score)
    # The scene's own line first; the generic bank varies repeated rounds in one scene.
    if kind == "hurt":
        reply = rng.choice(generic.hurt)
    elif rng.random() < 0.6:
        reply = getattr(scene.patient, kind)
    else:
        reply = rng.choice(getattr(generic, kind))
    return PatientOutput(reply=reply, emotion=rng.choice(EMOTIONS[kind]))
