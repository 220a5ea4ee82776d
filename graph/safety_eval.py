"""How well the rule-based crisis screen sorts the labelled set (graph/data/crisis_set.json).

    .venv/bin/python -m graph.safety_eval [--split held_out|tune|all] [--errors]

Recall on crisis items (direct and indirect), precision of the crisis level, and false alarms
on hard negatives (idioms, hyperbole, films and news, clinicians' questions) flagged as crisis.
The held-out split is the honest figure: rules are tuned on the tune split only.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from graph.safety import screen_text

SET_PATH = Path(__file__).resolve().parent / "data" / "crisis_set.json"


@dataclass(frozen=True)
class Figures:
    items: int
    crisis_recall: float
    crisis_precision: float
    hard_negative_false_alarms: float
    caution_caught: float  # caution items flagged caution or crisis
    errors: list[tuple[str, str, str, str]]  # (id, label, screened, text)


def load_items(split: str = "held_out") -> list[dict]:
    items = json.loads(SET_PATH.read_text(encoding="utf-8"))["items"]
    return [i for i in items if split == "all" or i["split"] == split]


def evaluate(split: str = "held_out") -> Figures:
    items = load_items(split)
    screened = {i["id"]: screen_text(i["text"]).level for i in items}
    crisis = [i for i in items if i["label"] == "crisis"]
    flagged = [i for i in items if screened[i["id"]] == "crisis"]
    hard = [i for i in items if i["category"] == "hard_negative"]
    caution = [i for i in items if i["label"] == "caution"]
    errors = [(i["id"], i["label"], screened[i["id"]], i["text"]) for i in items
              if (i["label"] == "crisis") != (screened[i["id"]] == "crisis")]
    return Figures(
        items=len(items),
        crisis_recall=sum(screened[i["id"]] == "crisis" for i in crisis) / max(1, len(crisis)),
        crisis_precision=sum(i["label"] == "crisis" for i in flagged) / max(1, len(flagged)),
        hard_negative_false_alarms=sum(screened[i["id"]] == "crisis" for i in hard) / max(1, len(hard)),
        caution_caught=sum(screened[i["id"]] != "none" for i in caution) / max(1, len(caution)),
        errors=errors,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="held_out", choices=["held_out", "tune", "all"])
    parser.add_argument("--errors", action="store_true", help="list the items the screen gets wrong")
    args = parser.parse_args()
    f = evaluate(args.split)
    print(f"{args.split}: {f.items} items")
    print(f"crisis recall {f.crisis_recall:.3f} (goal >= 0.95), crisis precision {f.crisis_precision:.3f}, "
          f"false alarms on hard negatives {f.hard_negative_false_alarms:.3f} (goal <= 0.05), "
          f"caution items flagged {f.caution_caught:.3f}")
    for item in f.errors if args.errors else []:
        print(item)


if __name__ == "__main__":
    main()
