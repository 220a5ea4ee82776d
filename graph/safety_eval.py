"""How well the offline crisis screen sorts the labelled set (graph/data/crisis_set.json).

    .venv/bin/python -m graph.safety_eval [--split held_out|tune|all] [--rules-alone] [--errors]

Recall on crisis items (direct and indirect), precision of the crisis level, false alarms on hard
negatives (idioms, hyperbole, films and news, clinicians' questions) flagged as crisis, and false
alarms on practice text (what a session is made of). The held-out split is the honest figure: rules
are written and weights learned on the tune split only. `--rules-alone` leaves out the weighted
lexicon (graph/crisis_weights.py) to show what the hand-written rules do by themselves.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graph.safety import Screen, rules_screen_text, screen_text

DATA = Path(__file__).resolve().parent / "data"
SET_PATH = DATA / "crisis_set.json"
# Life areas of the scenario library kept out of the weighted lexicon's training, so that its false
# alarms on practice text (what users read and write in a session) are measured on unseen text.
PRACTICE_HELD_OUT = ("misfortune", "relationships")


@dataclass(frozen=True)
class Figures:
    items: int
    crisis_recall: float
    crisis_precision: float
    hard_negative_false_alarms: float
    caution_caught: float  # caution items flagged caution or crisis
    practice_false_alarms: float  # practice sentences of the split flagged as crisis
    recall_by_batch: dict[int, float]
    recall_by_kind: dict[str, float]  # direct and indirect crisis
    errors: list[tuple[str, str, str, str]]  # (id, label, screened, text)


def load_items(split: str = "held_out") -> list[dict]:
    items = json.loads(SET_PATH.read_text(encoding="utf-8"))["items"]
    return [i for i in items if split == "all" or i["split"] == split]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    parts = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [s for part in parts for s in _strings(part)]


def practice_groups(split: str = "held_out") -> dict[str, list[str]]:
    """Sentences of practice (scenes, thoughts, replies, comforts) of at least three words, by life area
    (and "comforts"), for the life areas and comfort items of a split. None of them is a crisis."""
    groups: dict[str, list[str]] = {}
    for path in sorted((DATA / "scenarios").glob("*.json")):
        library = json.loads(path.read_text(encoding="utf-8"))
        if split == "all" or (library["life_area"] in PRACTICE_HELD_OUT) == (split == "held_out"):
            groups[library["life_area"]] = _strings(library["scenarios"])
    comforts = json.loads((DATA / "comfort_set.json").read_text(encoding="utf-8"))["items"]
    groups["comforts"] = [c[k] for c in comforts if split == "all" or c["split"] == split
                          for k in ("thought", "comfort")]
    seen = set(practice_texts("tune")) if split == "held_out" else set()  # held out means unseen
    for name, texts in groups.items():
        groups[name] = [t for t in dict.fromkeys(texts) if len(t.split()) >= 3 and t not in seen]
        seen.update(groups[name])
    return groups


def practice_texts(split: str = "held_out") -> list[str]:
    return [t for texts in practice_groups(split).values() for t in texts]


def evaluate(split: str = "held_out", screen: Callable[[str], Screen] = screen_text) -> Figures:
    items = load_items(split)
    screened = {i["id"]: screen(i["text"]).level for i in items}
    crisis = [i for i in items if i["label"] == "crisis"]
    flagged = [i for i in items if screened[i["id"]] == "crisis"]
    hard = [i for i in items if i["category"] == "hard_negative"]
    caution = [i for i in items if i["label"] == "caution"]
    errors = [(i["id"], i["label"], screened[i["id"]], i["text"]) for i in items
              if (i["label"] == "crisis") != (screened[i["id"]] == "crisis")]
    practice = practice_texts(split)
    by_batch = {b: [screened[i["id"]] == "crisis" for i in crisis if i["batch"] == b]
                for b in sorted({i["batch"] for i in crisis})}
    return Figures(
        items=len(items),
        crisis_recall=sum(screened[i["id"]] == "crisis" for i in crisis) / max(1, len(crisis)),
        crisis_precision=sum(i["label"] == "crisis" for i in flagged) / max(1, len(flagged)),
        hard_negative_false_alarms=sum(screened[i["id"]] == "crisis" for i in hard) / max(1, len(hard)),
        caution_caught=sum(screened[i["id"]] != "none" for i in caution) / max(1, len(caution)),
        practice_false_alarms=sum(screen(t).level == "crisis" for t in practice) / max(1, len(practice)),
        recall_by_batch={b: sum(hits) / len(hits) for b, hits in by_batch.items()},
        recall_by_kind={k: sum(screened[i["id"]] == "crisis" for i in crisis if i["category"] == k)
                        / max(1, sum(i["category"] == k for i in crisis)) for k in ("direct", "indirect")},
        errors=errors,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="held_out", choices=["held_out", "tune", "all"])
    parser.add_argument("--rules-alone", action="store_true", help="leave out the weighted lexicon")
    parser.add_argument("--errors", action="store_true", help="list the items the screen gets wrong")
    args = parser.parse_args()
    f = evaluate(args.split, rules_screen_text if args.rules_alone else screen_text)
    print(f"{args.split}: {f.items} items, {'rules alone' if args.rules_alone else 'rules and weighted lexicon'}")
    print(f"crisis recall {f.crisis_recall:.3f} (goal >= 0.95), crisis precision {f.crisis_precision:.3f}, "
          f"false alarms on hard negatives {f.hard_negative_false_alarms:.3f} (goal <= 0.05), "
          f"caution items flagged {f.caution_caught:.3f}, practice sentences flagged {f.practice_false_alarms:.4f}")
    print("crisis recall by kind: " + ", ".join(f"{k} {r:.3f}" for k, r in f.recall_by_kind.items())
          + "; by batch: " + ", ".join(f"{b}: {r:.3f}" for b, r in f.recall_by_batch.items()))
    for item in f.errors if args.errors else []:
        print(item)


if __name__ == "__main__":
    main()
