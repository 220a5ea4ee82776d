"""Accuracy of the offline comfort rubric on the labelled comfort set.

The split is fixed in the data: the held-out items were written separately, on
thoughts the tuning items do not contain, and were never read while the rubric's
lexicons were written. `python -m graph.offline.comfort_eval` prints the figures the README quotes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from graph.data.schema import ComfortItem, load_comfort_set
from graph.offline.rubric import score_comfort

def split(items: list[ComfortItem]) -> tuple[list[ComfortItem], list[ComfortItem]]:
    return [i for i in items if i.split == "tune"], [i for i in items if i.split == "held_out"]


@dataclass
class Report:
    name: str
    total: int
    correct: int
    confusion: Counter  # (gold, predicted) -> count
    errors: list[tuple[ComfortItem, str]]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def render(self) -> str:
        labels = ("helpful", "neutral", "harmful")
        lines = [f"{self.name}: {self.correct}/{self.total} correct, accuracy {self.accuracy:.1%}"]
        lines.append("  gold \\ predicted  " + "  ".join(f"{lab:>8}" for lab in labels))
        for gold in labels:
            lines.append(f"  {gold:>17}  " + "  ".join(f"{self.confusion[(gold, p)]:>8}" for p in labels))
        return "\n".join(lines)


def evaluate(items: list[ComfortItem], name: str) -> Report:
    confusion: Counter = Counter()
    errors = []
    for item in items:
        predicted = score_comfort(item.comfort, item.distortion, item.thought).label
        confusion[(item.label, predicted)] += 1
        if predicted != item.label:
            errors.append((item, predicted))
    correct = sum(n for (gold, pred), n in confusion.items() if gold == pred)
    return Report(name, len(items), correct, confusion, errors)


def main(show_errors: bool = False) -> None:
    train, test = split(load_comfort_set().items)
    for report in (evaluate(train, "tuning split"), evaluate(test, "held-out split")):
        print(report.render())
        if show_errors:
            for item, predicted in report.errors:
                print(f"    {item.id} gold={item.label} got={predicted}: {item.comfort}")


if __name__ == "__main__":
    import sys

    main(show_errors="--errors" in sys.argv)
