"""Small text helpers shared by topic matching and the comfort rubric."""

from __future__ import annotations

import hashlib
import random
import re

_WORD = re.compile(r"[a-z0-9']+")
STOPWORDS = frozenset(
    "a an and are as at be been but by for from had has have i i'm im in is it it's its me my of on or so that the "
    "their them then there this to was we were what when with you your just really very about after again all am "
    "because before can could did do does don't got if into like more most much not now out over some still than "
    "they too up want will would".split()
)


def normalize(text: str) -> str:
    """Lowercase with curly quotes folded, so lexicons match typed and pasted text alike."""
    return text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def stem(word: str) -> str:
    """A deliberately crude stemmer: enough to match 'deadlines' with 'deadline', 'worried' with 'worry'."""
    for suffix in ("ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base + "y" if suffix in ("ied", "ies") else base
    return word


def tokens(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(normalize(text)) if w not in STOPWORDS]


def rng(*parts: object) -> random.Random:
    """A generator seeded from the parts with a stable hash (Python's hash() is salted per process)."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))
