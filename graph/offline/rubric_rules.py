"""The hand-written rule that turns rubric signals into a label; one feature of the classifier."""

from __future__ import annotations

from typing import Iterable

# Blame, agreement and invalidation wound more than a clumsy "don't worry".
HARM_WEIGHTS = {"invalidation": 2.0, "comparison": 2.0, "toxic_positivity": 2.0, "dismissal": 1.0, "blame": 2.0, "agreement": 2.0}


def help_score(helps: Iterable[str], specific: bool) -> float:
    return len(tuple(helps)) + (0.5 if specific else 0.0)


def harm_score(harms: Iterable[str]) -> float:
    return sum(HARM_WEIGHTS[h] for h in harms)


def rule_label(helps: Iterable[str], harms: Iterable[str], specific: bool, n_words: int) -> str:
    helped, harmed = help_score(helps, specific), harm_score(harms)
    if harmed >= 2.0 and helped < harmed + 1.5:
        return "harmful"
    if harmed > 0 and helped < 1.0:
        return "harmful"
    if helped >= 1.0 and n_words >= 3:
        return "helpful"
    return "neutral"
