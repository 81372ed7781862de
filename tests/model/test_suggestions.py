"""One 'did you mean' for keys, vocabulary values and ids: the slips people make, guessed."""

from typing import get_args

import pytest

from factsheet.model import vocabulary
from factsheet.model.suggestions import (
    MAX_SPELLING_CANDIDATES,
    NamedIds,
    Spellings,
    did_you_mean,
    id_like,
)

SOURCE_KINDS = get_args(vocabulary.SourceKind)
HANDLING = get_args(vocabulary.Handling)


@pytest.mark.parametrize(
    ("found", "candidates", "meant"),
    [
        # case and separators
        ("Killed", get_args(vocabulary.Outcome), "killed"),
        ("at least", get_args(vocabulary.Qualifier), "at-least"),
        ("at_least", get_args(vocabulary.Qualifier), "at-least"),
        ("tlp:red", HANDLING, "TLP:RED"),
        ("b", get_args(vocabulary.Reliability), "B"),
        ("News Report", SOURCE_KINDS, "news-report"),
        # one word of a longer value
        ("news", SOURCE_KINDS, "news-report"),
        ("statement", SOURCE_KINDS, "official-statement"),
        ("amber", HANDLING, "TLP:AMBER"),  # fewer words than TLP:AMBER+STRICT
        ("hospital", get_args(vocabulary.CountingBasis), "hospital-records"),
        # a near spelling
        ("witnes", get_args(vocabulary.Role), "witness"),
        ("monitr", SOURCE_KINDS, "monitor-report"),
        ("monitor-reprot", ["monitor-report", "news-1"], "monitor-report"),
        ("qualifer", ["id", "qualifier", "count"], "qualifier"),
        ("claimed_no", ["claimed_on", "claimed_on_wording"], "claimed_on"),
    ],
)
def test_the_slip_is_guessed(found: str, candidates: list[str], meant: str) -> None:
    assert did_you_mean(found, candidates) == meant


@pytest.mark.parametrize(
    ("found", "candidates"),
    [
        ("report", SOURCE_KINDS),  # a word of four kinds: any guess would be a coin toss
        ("group", get_args(vocabulary.ActorKind)),  # armed-group or activist-group
        ("colour", ["id", "qualifier", "count"]),
        ("killed", get_args(vocabulary.Outcome)),  # already right
        ("x" * 41, ["qualifier"]),  # a pasted sentence is no slip of a key
        ("", SOURCE_KINDS),
        ("on", ["claimed_on", "period"]),  # too short to stand for a word of a key
    ],
)
def test_no_guess_where_none_is_likely(found: str, candidates: list[str]) -> None:
    assert did_you_mean(found, candidates) is None


def test_no_candidates_no_guess() -> None:
    assert did_you_mean("anything", []) is None


def test_many_candidates_keep_the_cheap_guesses_only() -> None:
    ids = [f"source-{n}" for n in range(MAX_SPELLING_CANDIDATES + 1)] + ["monitor-report"]
    spellings = Spellings(ids)
    assert spellings.guess("Monitor_Report") == "monitor-report"
    assert spellings.guess("monitor-reprot") is None  # a near spelling would cost too much
    assert Spellings(ids[-50:]).guess("monitor-reprot") == "monitor-report"


def test_named_ids_find_an_id_by_its_name_or_alias_whatever_the_case_and_spaces() -> None:
    ids = NamedIds(
        [
            ("trt-world", ["TRT World", "تي آر تي"]),
            ("sohr", ["Syrian Observatory for Human Rights", "the Observatory"]),
            ("observatory-2", ["The Observatory"]),
        ]
    )
    assert ids.id_named("TRT World") == "trt-world"
    assert ids.id_named("trt_world") == "trt-world"
    assert ids.id_named("  TRT   WORLD ") == "trt-world"
    assert ids.id_named("تِي آر تي") == "trt-world"  # a diacritic aside
    assert ids.id_named("SOHR") == "sohr"  # the id itself, in capitals
    assert ids.id_named("the observatory") is None  # two items share the name: no guess
    assert ids.id_named("TRT") is None
    assert ids.id_named("") is None


def test_id_like_writes_text_as_an_id_would() -> None:
    assert id_like("Town retaken (2016)") == "town-retaken-2016"
    assert id_like("SOHR") == "sohr"
    assert id_like("المرصد") is None
    assert id_like("a " * 41) is None  # longer than an id may be
