"""A date written in words: the message names the EDTF to write and the key for the words."""

from pathlib import Path

import pytest
from minimal_incident import changed, position, write

from factsheet.loading import IncidentLoadError, load_incident


def _only_error(tmp_path: Path, text: str) -> str:
    with pytest.raises(IncidentLoadError) as caught:
        load_incident(write(tmp_path, text))
    (error,) = caught.value.errors
    return f"{error.line}:{error.column}: {error.path}: {error.message}"


def test_a_claim_date_in_words_names_claimed_on_wording(tmp_path: Path) -> None:
    text = changed("    claimed_on: 2020-03-18\n", "    claimed_on: about 18 March 2020\n")
    line, column = position(text, "about 18 March")
    assert _only_error(tmp_path, text) == (
        f"{line}:{column}: claims[2].claimed_on: expected an EDTF date; found the words "
        "'about 18 March 2020' — write 2020-03-18~, with claimed_on_wording: about 18 March 2020"
    )


def test_an_event_date_in_words_names_date_wording(tmp_path: Path) -> None:
    text = changed("    date: 2020-03-14\n    text:", "    date: mid-March 2020\n    text:")
    assert _only_error(tmp_path, text).endswith(
        "timeline[0].date: expected an EDTF date; found the words 'mid-March 2020' "
        "— write 2020-03-11/2020-03-20, with date_wording: mid-March 2020"
    )


def test_a_date_without_a_wording_key_gets_the_edtf_alone(tmp_path: Path) -> None:
    text = changed("  last_updated: 2020-03-20\n", "  last_updated: late March 2020\n")
    assert _only_error(tmp_path, text).endswith(
        "incident.last_updated: expected an EDTF date; found the words 'late March 2020' "
        "— write 2020-03-21/2020-03-31"
    )
