"""A weighted lexicon for the crisis screen: word and letter-sequence weights learned from the tune split.

Hand-written rules catch plain statements well but miss indirect signs worded in ways nobody listed
("put on my good jacket so I look decent when they find me"). This lexicon weighs every word, run
of two or three words and three-to-five letter sequence by how strongly it separated crisis from the rest of the
labelled set's tune split (graph/data/crisis_set.json), and flags a text whose weighted sum passes a
threshold chosen on batches the weights had not seen (graph/crisis_weights_train.py). It is a linear
model over counted features with no model call: it runs in pure Python, offline, in well under a
millisecond, and it is deterministic. Like the rules, it is one table per language
(graph/data/crisis_weights_<code>.json).

Featurising is shared with the trainer so both see a text the same way.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en",)

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_WORD = re.compile(r"\b\w\w+\b")


def weights_path(code: str) -> Path:
    return DATA / f"crisis_weights_{code}.json"


def normalise(text: str) -> str:
    """Lower case, straight quotes, apostrophes dropped ("don't" and "dont" are one word)."""
    return text.lower().translate(_QUOTES).replace("'", "")


def counts(text: str) -> tuple[Counter, Counter]:
    """Raw feature counts of a text: (words and runs of two or three words, letter sequences of 3 to 5
    within words)."""
    flat = normalise(text)
    words = _WORD.findall(flat)
    word_counts = Counter(words)
    word_counts.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    word_counts.update(f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:]))
    chars: Counter = Counter()
    for token in flat.split():
        padded = f" {token} "
        for n in (3, 4, 5):
            chars.update(padded[k:k + n] for k in range(len(padded) - n + 1))
    return word_counts, chars


def weighted(raw: Counter, idf: dict[str, float]) -> dict[str, float]:
    """Sublinear term frequency times inverse document frequency, scaled to unit length; features
    the table does not know are dropped."""
    vec = {f: (1.0 + math.log(c)) * idf[f] for f, c in raw.items() if f in idf}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {f: v / norm for f, v in vec.items()} if norm else {}


def vector(text: str, word_idf: dict[str, float], char_idf: dict[str, float]) -> dict[str, float]:
    """The text as the model sees it: two unit-length blocks, words ("w:") and letter sequences ("c:")."""
    word_counts, char_counts = counts(text)
    out = {f"w:{f}": v for f, v in weighted(word_counts, word_idf).items()}
    out.update({f"c:{f}": v for f, v in weighted(char_counts, char_idf).items()})
    return out


@dataclass(frozen=True)
class Weights:
    code: str
    word_idf: dict[str, float]
    char_idf: dict[str, float]
    weights: dict[str, float]  # keyed like vector(): "w:..." and "c:..."
    bias: float
    threshold: float

    def score(self, text: str) -> float:
        vec = vector(text, self.word_idf, self.char_idf)
        return self.bias + sum(self.weights.get(f, 0.0) * v for f, v in vec.items())

    def flags(self, text: str) -> bool:
        return self.score(text) >= self.threshold

    @classmethod
    def from_json(cls, data: dict) -> Weights:
        """From the shipped file, whose "features" map "w:..." and "c:..." to [idf] or [idf, weight]."""
        idf: dict[str, dict[str, float]] = {"w": {}, "c": {}}
        weights = {}
        for feature, values in data["features"].items():
            idf[feature[0]][feature[2:]] = values[0]
            if len(values) > 1:
                weights[feature] = values[1]
        return cls(code=data["language"], word_idf=idf["w"], char_idf=idf["c"], weights=weights,
                   bias=data["bias"], threshold=data["threshold"])


@cache
def load(code: str) -> Weights:
    return Weights.from_json(json.loads(weights_path(code).read_text(encoding="utf-8")))


def weighted_reasons(text: str) -> list[str]:
    """["weighted lexicon"] if any language's table flags the text as crisis, else []. The label names
    no words of the text: reasons go into safety events and logs."""
    return ["weighted lexicon"] if any(load(code).flags(text) for code in LANGUAGES) else []
