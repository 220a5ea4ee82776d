from collections import Counter

from graph.data.schema import LIFE_AREAS, load_catalogue, load_scenario_files
from graph.offline.library import library


def test_every_data_file_validates_against_its_schema():
    files = load_scenario_files()
    assert {f.life_area for f in files} == set(LIFE_AREAS)
    load_catalogue()


def test_library_covers_what_step_1_asks():
    lib = library()
    assert len(lib.scenarios) >= 60
    areas = Counter(s.life_area for s in lib.scenarios)
    assert set(areas) == set(LIFE_AREAS) and min(areas.values()) >= 8
    kinds = {scene.distortion for s in lib.scenarios for scene in s.scenes}
    assert len(kinds) >= 10
    for s in lib.scenarios:
        assert len(s.scenes) >= 3, s.id
        for scene in s.scenes:
            variants = [scene.thoughts.intense, scene.thoughts.strong, scene.thoughts.moderate,
                        scene.thoughts.softened, scene.thoughts.reflective]
            assert len(set(variants)) == 5, f"{s.id}: thought variants must differ"
    for kind in kinds:
        assert lib.distortions[kind].techniques, kind


def test_topic_matching_picks_a_fitting_scenario():
    match = library().match("My boss hasn't answered about the report I handed in late", "I think I'll get fired")
    assert match.matched and match.scenario.life_area == "work"


def test_topic_matching_says_when_nothing_fits():
    match = library().match("zxqv blorp", "quasar telemetry")
    assert not match.matched
    assert "No scenario in the library fits" in match.note
