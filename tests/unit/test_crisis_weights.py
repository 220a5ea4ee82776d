"""The weighted crisis lexicon (graph/crisis_weights.py): learned from the tune split only, the same
table every time, only ever raising the screen's level, and never naming the text in its reasons."""

from __future__ import annotations

import json
import math

import pytest

from graph import crisis_weights_train as train
from graph.crisis_weights import Weights, load, weights_path
from graph.safety import output_problems, rules_screen_text, screen_text
from graph.safety_eval import load_items, practice_texts


def test_the_shipped_table_was_learned_from_the_current_tune_split():
    """Editing the labelled set or the practice text without relearning fails here
    (relearn with `python -m graph.crisis_weights_train`)."""
    shipped = json.loads(weights_path("en").read_text(encoding="utf-8"))
    items, practice = train.training_set()
    assert shipped["trained_on"] == train.fingerprint(items + practice)
    assert {i["split"] for i in items} == {"tune"}
    held_out = {i["text"] for i in load_items("held_out")} | set(practice_texts("held_out"))
    assert not held_out & {i["text"] for i in items + practice}


def test_learning_is_deterministic_and_the_shipped_file_scores_as_the_trainer_does():
    items, practice = train.training_set()
    sample = items[::12] + practice[::12]
    first, second = train.fit(sample), train.fit(sample)
    assert first == second
    fitted = train.as_weights(first)  # as the trainer scores unseen batches
    shipped = Weights.from_json({"language": "en", "bias": first["bias"], "threshold": 0.0,
                                 "features": train.features_json(first)})  # as the screen reads the file
    for item in load_items("held_out")[:50]:
        assert abs(shipped.score(item["text"]) - fitted.score(item["text"])) < 1e-9


def test_features_are_scaled_by_how_much_more_often_crisis_texts_hold_them():
    """Naive-Bayes log-count ratios: a feature only crisis texts hold weighs up, one only other texts
    hold weighs down, one both hold alike stays at zero (smoothed, so none is infinite)."""
    rows = [[0, 2], [0], [1, 2], [1]]
    ratio = train.log_count_ratios(rows, [1.0, 1.0, -1.0, -1.0], 3)
    assert ratio[0] == pytest.approx(math.log(9)) and ratio[1] == pytest.approx(-ratio[0]) and ratio[2] == 0.0


def test_the_fitted_weights_separate_what_they_were_fitted_on():
    """The ratios are folded into the written weights; folded wrongly, the table would not score its own
    training texts apart."""
    items, practice = train.training_set()
    sample = items[::8] + practice[::8]
    table = train.as_weights(train.fit(sample))
    right = [(table.score(i["text"]) > 0) == (i["label"] == "crisis") for i in sample]
    assert sum(right) / len(right) > 0.97


def test_the_threshold_is_set_on_unseen_batches():
    """Scores of batches left out of fitting decide the threshold: at most the target share of their
    hard negatives and of the practice sentences reach it."""
    items = [{"label": "crisis", "category": "indirect"}] * 4 + [{"label": "none", "category": "hard_negative"}] * 100 \
        + [{"label": "none", "category": "practice"}] * 1000
    scores = [2.0, 1.5, 0.5, -1.0] + [1.0, 0.9, 0.8] + [-2.0] * 97 + [0.6] * 5 + [-3.0] * 995
    threshold, unseen = train.choose_threshold(items, scores)
    assert 0.8 < threshold < 0.9  # two of a hundred hard negatives may pass, the third may not
    assert unseen == {"crisis_recall": 0.5, "hard_negative_false_alarms": 0.02, "practice_false_alarms": 0.0}



def test_unseen_scores_come_from_fits_without_the_whole_batch(monkeypatch):
    """Batches are dealt whole into folds, and every item is scored by weights fitted without its fold:
    the threshold is set on wordings the weights had not seen."""
    tune = load_items("tune")
    batches = sorted({i["batch"] for i in tune})[:5]
    items = [i for b in batches for i in [i for i in tune if i["batch"] == b][::12]]
    monkeypatch.setattr(train, "FOLDS", 2)
    fitted_on: list[set] = []
    real_fit = train.fit

    def spy(part: list[dict]) -> dict:
        fitted_on.append({i["batch"] for i in part})
        return real_fit(part)

    monkeypatch.setattr(train, "fit", spy)
    scores = train.unseen_scores(items)
    fold = train.folds_of(items)
    assert sorted(fold) == batches and set(fold.values()) == {0, 1}
    assert len(fitted_on) == 2
    for seen in fitted_on:  # each fit leaves out exactly one fold's batches, whole
        left_out = set(batches) - seen
        assert left_out and len({fold[b] for b in left_out}) == 1
        assert not {b for b in seen if fold[b] == fold[next(iter(left_out))]}
    assert len(scores) == len(items) and len(set(scores)) > 1

def _weighed_only() -> list[str]:
    """Tune texts the rules let pass and the weights flag."""
    table = load("en")
    return [i["text"] for i in load_items("tune")
            if rules_screen_text(i["text"]).level != "crisis" and table.flags(i["text"])]


def test_the_weights_raise_the_level_with_a_label_that_names_no_words():
    caught = _weighed_only()
    assert len(caught) > 50
    for text in caught:
        screen = screen_text(text)
        assert screen.level == "crisis" and screen.reasons == ["weighted lexicon"]


def test_the_weights_never_lower_what_the_rules_found():
    for item in load_items("tune")[:400]:
        rules = rules_screen_text(item["text"])
        if rules.level == "crisis":
            assert screen_text(item["text"]) == rules


def test_the_output_guard_reads_agent_text_with_the_rules_alone():
    """The weights learned what users write; an agent's voiced distortion is judged by the rules."""
    assert not [text for text in _weighed_only() if "weighted lexicon" in output_problems(text)]


def test_practice_sentences_of_unseen_life_areas_rarely_stop_a_session():
    """At most three in two hundred sentences of the held-out life areas and comforts are flagged as
    crisis. The bound was one in a hundred until the naive-Bayes-scaled weights measured 11 of 948
    (README): a false stop costs the person a question, a missed crisis far more."""
    texts = practice_texts("held_out")
    assert len(texts) > 800
    assert sum(screen_text(t).level == "crisis" for t in texts) / len(texts) <= 0.015
