"""Learn the weighted crisis lexicon (graph/crisis_weights.py) from the tune split of the labelled set.

    .venv/bin/python -m graph.crisis_weights_train [--check]

A linear classifier, crisis against everything else, fitted by dual coordinate descent on the
squared hinge loss with L2 regularisation (Hsieh et al., 2008), classes weighted by their size, on
features scaled by their naive-Bayes log-count ratio (NBSVM, Wang and Manning, 2012): a feature held
mostly by crisis texts, or mostly by the others, weighs more before the fit begins. On tune batches
left out of fitting this raised the weights' recall from 0.823 to 0.889 (same data, same false-alarm
limits). The ratio is folded into the written weights, so the screen scores as before. Pure Python
and deterministic: the same set gives the same table, byte for byte (`--check` verifies the shipped
table instead of writing it).

The threshold is not fitted on the texts it is judged on: the tune batches and practice life areas are
dealt into FOLDS groups, whole (a batch is never split), and each group in turn is left out, the
weights are fitted on the rest, and the left-out part is scored. The
threshold is the lowest score that flags at most TARGET_FALSE_ALARMS of the hard negatives and
TARGET_PRACTICE_ALARMS of the practice sentences scored this way, so it is set for wordings the
weights have never seen, as the held-out batches and real users are.
Practice text (the scenario library and the comfort set, graph/safety_eval.py's tune part) is added
as negatives. The held-out split and the held-out practice text are never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from collections import Counter

from graph.crisis_weights import Weights, counts, vector, weights_path
from graph.safety_eval import load_items, practice_groups

C = 0.5  # regularisation: smaller is smoother (with the ratios, 0.25 and 0.5 did alike, 1 and 2 worse)
EPOCHS = 12
MIN_DOCS = 2  # a feature must appear in this many training texts to be weighed
TARGET_FALSE_ALARMS = 0.02  # of hard negatives from unseen batches; the rules add their own
TARGET_PRACTICE_ALARMS = 0.005  # of practice sentences from unseen life areas; a session holds a dozen texts
SEED = 0
FOLDS = 10  # groups of whole batches left out in turn to score unseen wordings (one fit each)
DIGITS = 6
NB_SMOOTHING = 0.25  # added to each feature's count of crisis texts and of other texts (0.1 and 1 did worse)


def _round(x: float) -> float:
    return float(f"{x:.{DIGITS}g}")


def idf_tables(texts: list[str]) -> tuple[dict[str, float], dict[str, float]]:
    """Smoothed inverse document frequency of each feature seen in at least MIN_DOCS texts."""
    word_df: Counter = Counter()
    char_df: Counter = Counter()
    for text in texts:
        words, chars = counts(text)
        word_df.update(words.keys())
        char_df.update(chars.keys())
    n = len(texts)

    def table(df: Counter) -> dict[str, float]:
        return {f: _round(math.log((1 + n) / (1 + d)) + 1.0) for f, d in sorted(df.items()) if d >= MIN_DOCS}

    return table(word_df), table(char_df)


def log_count_ratios(rows: list[list[int]], labels: list[float], size: int) -> list[float]:
    """Each feature's log ratio of its share of crisis texts' features to its share of other texts'
    features, counting a text once per feature it holds, smoothed by NB_SMOOTHING."""
    pos = [NB_SMOOTHING] * size
    neg = [NB_SMOOTHING] * size
    for idx, y in zip(rows, labels):
        tally = pos if y > 0 else neg
        for j in idx:
            tally[j] += 1
    pos_total, neg_total = sum(pos), sum(neg)
    return [math.log((p / pos_total) / (q / neg_total)) for p, q in zip(pos, neg)]


def fit(items: list[dict]) -> dict:
    """Weights, bias and idf tables fitted on `items` (dicts with "text" and "label")."""
    word_idf, char_idf = idf_tables([i["text"] for i in items])
    names: dict[str, int] = {}
    vectors = []
    for item in items:
        vec = vector(item["text"], word_idf, char_idf)
        vectors.append(([names.setdefault(f, len(names)) for f in vec], list(vec.values())))
    labels = [1.0 if i["label"] == "crisis" else -1.0 for i in items]
    ratio = log_count_ratios([idx for idx, _ in vectors], labels, len(names))
    # -1: the bias, a constant feature
    rows = [(idx + [-1], [v * ratio[j] for j, v in zip(idx, vals)] + [1.0]) for idx, vals in vectors]
    n_pos = sum(y > 0 for y in labels)
    per_class = {1.0: C * len(items) / (2 * n_pos), -1.0: C * len(items) / (2 * (len(items) - n_pos))}
    w = [0.0] * (len(names) + 1)  # the last is the bias (index -1)
    alpha = [0.0] * len(items)
    diag = [1.0 / (2 * per_class[y]) for y in labels]
    q = [sum(v * v for v in vals) + d for (_, vals), d in zip(rows, diag)]
    order = list(range(len(items)))
    shuffle = random.Random(SEED).shuffle
    for _ in range(EPOCHS):
        shuffle(order)
        for i in order:
            idx, vals = rows[i]
            y = labels[i]
            grad = y * sum(w[j] * v for j, v in zip(idx, vals)) - 1.0 + diag[i] * alpha[i]
            if alpha[i] == 0.0 and grad >= 0.0:
                continue
            new = max(alpha[i] - grad / q[i], 0.0)
            step = (new - alpha[i]) * y
            alpha[i] = new
            for j, v in zip(idx, vals):
                w[j] += step * v
    # features seen only in texts the fit never needed keep a weight of rounding noise (1e-19): dropped
    # the ratio folded in: the screen weighs the plain tf-idf vector
    weights = {f: _round(w[k] * ratio[k]) for f, k in sorted(names.items()) if abs(w[k]) >= 1e-9}
    return {"word_idf": word_idf, "char_idf": char_idf, "weights": weights, "bias": _round(w[-1])}


def as_weights(table: dict) -> Weights:
    """A fitted table as the screen scores with it (the threshold is chosen later)."""
    return Weights(code="en", word_idf=table["word_idf"], char_idf=table["char_idf"], weights=table["weights"],
                   bias=table["bias"], threshold=0.0)


def folds_of(items: list[dict]) -> dict:
    """Batch (a labelled-set batch or a practice life area) -> its fold: whole batches dealt in turn."""
    return {batch: k % FOLDS for k, batch in enumerate(sorted({i["batch"] for i in items}, key=str))}


def unseen_scores(items: list[dict]) -> list[float]:
    """Each item's score from weights fitted without its batch's fold, so without its batch."""
    fold = folds_of(items)
    scores = [0.0] * len(items)
    for left_out in sorted(set(fold.values())):
        table = as_weights(fit([i for i in items if fold[i["batch"]] != left_out]))
        for k, item in enumerate(items):
            if fold[item["batch"]] == left_out:
                scores[k] = table.score(item["text"])
    return scores


def _lowest_passing(scores: list[float], allowed_share: float) -> float:
    """The lowest threshold that at most `allowed_share` of `scores` reach."""
    ranked = sorted(scores, reverse=True)
    return ranked[int(allowed_share * len(ranked))] + 1e-6


def choose_threshold(items: list[dict], scores: list[float]) -> tuple[float, dict]:
    """The lowest threshold flagging at most TARGET_FALSE_ALARMS of the hard negatives and at most
    TARGET_PRACTICE_ALARMS of the practice sentences, and what it does on the unseen-batch scores."""
    def of(kind: str) -> list[float]:
        return [s for i, s in zip(items, scores) if i["category"] == kind or (kind == "crisis" and i["label"] == kind)]

    threshold = _round(max(_lowest_passing(of("hard_negative"), TARGET_FALSE_ALARMS),
                           _lowest_passing(of("practice"), TARGET_PRACTICE_ALARMS)))

    def share(kind: str) -> float:
        return round(sum(s >= threshold for s in of(kind)) / len(of(kind)), 4)

    return threshold, {"crisis_recall": share("crisis"), "hard_negative_false_alarms": share("hard_negative"),
                       "practice_false_alarms": share("practice")}


def training_set() -> tuple[list[dict], list[dict]]:
    """The tune split of the labelled set, and the tune split of the practice text as plain negatives:
    without them the weights learn that any short message about a family quarrel is a crisis."""
    practice = [{"id": f"{area}/{k}", "text": t, "label": "none", "category": "practice", "batch": area}
                for area, texts in practice_groups("tune").items() for k, t in enumerate(texts)]
    return load_items("tune"), practice


def fingerprint(items: list[dict]) -> str:
    """What the table was fitted on: a hash of the items' ids, texts, labels and batches."""
    body = json.dumps([[i["id"], i["text"], i["label"], i["category"], i["batch"]] for i in items], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def train(code: str = "en") -> dict:
    items, practice = training_set()
    scores = unseen_scores(items + practice)
    threshold, unseen = choose_threshold(items + practice, scores)
    table = fit(items + practice)
    return {
        "language": code,
        "about": "Weighted crisis lexicon learned from the tune split of graph/data/crisis_set.json by "
                 "graph/crisis_weights_train.py; regenerate with `python -m graph.crisis_weights_train`.",
        "trained_on": fingerprint(items + practice),
        "settings": {"C": C, "epochs": EPOCHS, "min_docs": MIN_DOCS, "target_false_alarms": TARGET_FALSE_ALARMS,
                     "target_practice_alarms": TARGET_PRACTICE_ALARMS, "seed": SEED, "folds": FOLDS,
                     "nb_smoothing": NB_SMOOTHING},
        "threshold": threshold,
        "unseen_batches": unseen,
        "bias": table["bias"],
        "features": features_json(table),
    }


def features_json(table: dict) -> dict[str, list[float]]:
    """Each known feature with its idf and, if it has one, its weight (graph/crisis_weights.py reads this)."""
    out = {}
    for prefix, idf in (("w", table["word_idf"]), ("c", table["char_idf"])):
        for feature, value in idf.items():
            key = f"{prefix}:{feature}"
            out[key] = [value, table["weights"][key]] if key in table["weights"] else [value]
    return out


def dumps(table: dict) -> str:
    return json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="verify the shipped table instead of writing it")
    args = parser.parse_args()
    path = weights_path("en")
    text = dumps(train("en"))
    if args.check:
        same = path.exists() and path.read_text(encoding="utf-8") == text
        print(f"{path.name}: {'up to date' if same else 'STALE: run python -m graph.crisis_weights_train'}")
        sys.exit(0 if same else 1)
    path.write_text(text, encoding="utf-8")
    table = json.loads(text)
    weighed = sum(len(values) > 1 for values in table["features"].values())
    print(f"wrote {path.name}: {weighed} weights, threshold {table['threshold']}, "
          f"on unseen tune batches {table['unseen_batches']}")


if __name__ == "__main__":
    main()
