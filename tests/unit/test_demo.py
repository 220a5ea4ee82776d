"""`mind demo --json --seed N`: the Step 1 contract over seeds 1..10."""

import json


from server.cli import main

CONTRACT_KEYS = {"session_id", "engine", "scenario", "status", "rounds", "closing"}
ROUND_KEYS = {"round", "scene_index", "scene", "distortion", "hints", "comfort", "patient", "verdict"}


def demo(capsys, seed: int) -> dict:
    assert main(["demo", "--seed", str(seed), "--json"]) == 0
    return json.loads(capsys.readouterr().out)




def test_ten_seeds_show_every_verdict_and_resolve(capsys):
    kinds, areas = set(), set()
    for seed in range(1, 11):
        doc = demo(capsys, seed)
        assert set(doc) == CONTRACT_KEYS and doc["engine"] == "offline"
        decisions = [r["verdict"]["decision"] for r in doc["rounds"]]
        assert "persist" in decisions and "advance" in decisions, (seed, decisions)
        assert doc["status"] == "resolved" and decisions[-1] == "resolve"
        assert doc["closing"]["text"] and doc["closing"]["kind_words"]
        assert all(set(r) == ROUND_KEYS for r in doc["rounds"])
        kinds |= {r["distortion"]["type"] for r in doc["rounds"]}
        areas.add(doc["scenario"]["life_area"])
    assert len(kinds) >= 5 and len(areas) >= 4


def test_same_seed_same_document_but_the_session_id(capsys):
    first, second = demo(capsys, 4), demo(capsys, 4)
    assert first.pop("session_id") != second.pop("session_id")
    assert first == second
