"""A small naive Bayes classifier that labels comfort helpful / neutral / harmful.

Features: the words and word pairs of the message, plus the rubric's own categories
(validation, evidence, blame, ...). It is trained when first used, in milliseconds, on the
'tune' split of the labelled comfort set only; the 'held_out' split measures it. The
lexicon alone generalised poorly to new thoughts (67.5% held out); learning how much
each signal counts from the tuning set lifted that, see README.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

from graph.data.schema import load_comfort_set
from graph.offline.rubric_rules import rule_label

LABELS = ("helpful", "neutral", "harmful")
_WORD = re.compile(r"[a-z]+|[!?]")


def features(flat_text: str, helps: Iterable[str], harms: Iterable[str], specific: bool) -> set[str]:
    words = _WORD.findall(flat_text)
    found = set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:])}
    found |= {f"help:{h}" for h in helps} | {f"harm:{h}" for h in harms}
    found.add(f"rule:{rule_label(helps, harms, specific, len(words))}")
    found.add(f"length:{min(len(words) // 6, 4)}")
    if specific:
        found.add("specific")
    return found


class NaiveBayes:
    def __init__(self, examples: list[tuple[set[str], str]], alpha: float = 1.0):
        self.alpha = alpha
        self.class_counts = Counter(label for _, label in examples)
        self.feature_counts: dict[str, Counter] = defaultdict(Counter)
        for found, label in examples:
            self.feature_counts[label].update(found)
        self.vocabulary = set().union(*(found for found, _ in examples)) if examples else set()
        self.total = sum(self.class_counts.values())

    def log_scores(self, found: set[str]) -> dict[str, float]:
        known = found & self.vocabulary
        scores = {}
        for label in LABELS:
            n = self.class_counts[label]
            if not n:
                continue
            score = math.log(n / self.total)
            for f in known:
                score += math.log((self.feature_counts[label][f] + self.alpha) / (n + 2 * self.alpha))
            scores[label] = score
        return scores

    def predict(self, found: set[str]) -> str:
        scores = self.log_scores(found)
        return max(LABELS, key=lambda lab: scores.get(lab, -math.inf))


@lru_cache(maxsize=1)
def classifier() -> NaiveBayes:
    from graph.offline.rubric import signals  # the rubric's categories are features

    examples = []
    for item in load_comfort_set().items:
        if item.split == "tune":
            flat, helps, harms, specific = signals(item.comfort, item.distortion, item.thought)
            examples.append((features(flat, helps, harms, specific), item.label))
    return NaiveBayes(examples)
