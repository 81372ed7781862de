"""A misspelt key is one slip: one error, at the key written, naming the key meant."""

from pathlib import Path

import pytest
from minimal_incident import MINIMAL, changed, position, write

from factsheet.loading import IncidentLoadError, load_incident
from factsheet.loading.problems import Problem


def _errors(tmp_path: Path, text: str) -> list[Problem]:
    with pytest.raises(IncidentLoadError) as caught:
        load_incident(write(tmp_path, text))
    return list(caught.value.errors)


def test_a_misspelt_required_key_is_one_error_at_the_misspelling(tmp_path: Path) -> None:
    text = changed("    qualifier: exact\n", "    qualifer: exact\n")
    (error,) = _errors(tmp_path, text)
    assert (error.line, error.column) == position(text, "qualifer")
    assert error.path == "claims[1].qualifer"
    assert error.message == "unknown key 'qualifer' — did you mean 'qualifier' (which is missing)?"


def test_each_misspelling_is_reported_once(tmp_path: Path) -> None:
    text = MINIMAL.replace("    qualifier: ", "    qualifer: ")
    errors = _errors(tmp_path, text)
    assert [e.path for e in errors] == [f"claims[{i}].qualifer" for i in range(3)]
    assert all("(which is missing)" in e.message for e in errors)


def test_a_misspelt_optional_key_puts_the_guess_before_the_allowed_keys(tmp_path: Path) -> None:
    text = changed("    revises: monitor-total\n", "    revise: monitor-total\n")
    (error,) = _errors(tmp_path, text)
    assert error.message.startswith(
        "unknown key 'revise'; did you mean 'revises'? (allowed: id, claimant, sources, "
    )


def test_an_unknown_key_unlike_any_missing_one_leaves_both_errors(tmp_path: Path) -> None:
    text = changed("    qualifier: exact\n", "    colour: exact\n")
    messages = sorted(e.message for e in _errors(tmp_path, text))
    assert messages[0] == "expected a key 'qualifier' here; it is missing"
    assert messages[1].startswith("unknown key 'colour' (allowed: id, claimant, ")


def test_two_misspellings_of_one_missing_key_merge_only_once(tmp_path: Path) -> None:
    text = changed("    qualifier: exact\n", "    qualifer: exact\n    qualifierr: exact\n")
    messages = [e.message for e in _errors(tmp_path, text)]
    assert messages == [
        "unknown key 'qualifer' — did you mean 'qualifier' (which is missing)?",
        (
            "unknown key 'qualifierr'; did you mean 'qualifier'? (allowed: id, claimant, "
            "sources, claimed_on, claimed_on_wording, outcome, qualifier, count, count_max, "
            "victims, victim_detail, basis, perpetrators, period, period_wording, location, "
            "part_of, revises, credibility, quote, note, recorder_note)"
        ),
    ]


def test_a_key_holding_a_pasted_space_names_the_character(tmp_path: Path) -> None:
    text = changed("    qualifier: exact\n", "    qualifier\u00a0: exact\n")
    (error,) = _errors(tmp_path, text)
    assert error.message == (
        "unknown key 'qualifier\\xa0' (it holds U+00A0 NO-BREAK SPACE — delete it) — did you "
        "mean 'qualifier' (which is missing)?"
    )
