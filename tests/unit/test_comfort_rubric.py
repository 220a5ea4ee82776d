import re
from pathlib import Path

from graph.data.schema import load_comfort_set
from graph.offline.comfort_eval import evaluate, split
from graph.offline.rubric import score_comfort
from graph.offline.strategist import shift_for

README = Path(__file__).resolve().parents[2] / "README.md"


def test_comfort_set_is_large_enough_and_split():
    items = load_comfort_set().items
    tune, held_out = split(items)
    assert len(items) >= 150 and len(held_out) >= 100
    assert not {i.thought for i in tune} & {i.thought for i in held_out}, "held-out thoughts must be unseen"


def test_readme_reports_the_measured_held_out_accuracy():
    _, held_out = split(load_comfort_set().items)
    report = evaluate(held_out, "held-out")
    quoted = re.search(r"held-out accuracy: \*\*(\d+\.\d)%\*\* \((\d+)/(\d+)\)", README.read_text())
    assert quoted, "README must quote the held-out accuracy"
    assert (int(quoted.group(2)), int(quoted.group(3))) == (report.correct, report.total)
    assert report.accuracy >= 0.8


def test_helpful_comfort_softens_and_harmful_hardens():
    thought = "If I miss this deadline I'll be fired and never work again."
    kind = score_comfort("That fear makes sense. What is most likely to happen? Even if it goes badly, you'll cope.",
                         "catastrophizing", thought)
    cruel = score_comfort("Stop whining, it's your own fault.", "catastrophizing", thought)
    assert kind.label == "helpful" and shift_for(kind) > 0
    assert cruel.label == "harmful" and shift_for(cruel) < 0


def test_blank_comfort_is_neutral():
    assert score_comfort("...", "labeling").label == "neutral"
