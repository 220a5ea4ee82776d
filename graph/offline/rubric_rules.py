"""The hand-written rule that turns rubric signals into a label; one feature of the classifier."""

from __future__ import annotations

from typing import Iterable

# Blame, agreement and invalidation wound more than a clumsy "don't worry".
HARM_WEIGHTS = {"invalidation": 2.0, "comparison": 2.0, "toxic_positivity": 2.0, "dismissal": 1.0, "blame": 2.0, "agreement": 2.0}


def rule_label(helps: Iterable[str], harms: Iterable[str], specific: bool, n_words: int) -> str:
    help_score = len(tuple(helps)) + (0.5 if specific else 0.0)
    harm_score = sum(HARM_WEIGHTS[h] for h in harms)
    if harm_score >= 2.0 and help_score < harm_score + 1.5:
        return "harmful"
    if harm_score > 0 and help_score < 1.0:
        return "harmful"
    if help_score >= 1.0 and n_words >= 3:
        return "helpful"
    return "neutral"
