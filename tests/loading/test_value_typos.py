"""A misspelt vocabulary value gets a guess, whichever vocabulary it belongs to."""

from pathlib import Path

import pytest
from minimal_incident import changed, location, write

from factsheet.loading import IncidentLoadError, load_incident

# Every vocabulary of the format, at one place it is used in the minimal incident:
# (the line as written, the value on it, the path the error names). The three the minimal
# incident leaves out (handling, reliability, outcome) are added after a line it has.
VOCABULARIES = [
    ("  status: developing\n", "developing", "incident.status"),
    ("      precision: town\n", "town", "incident.locations[0].precision"),
    ("  last_updated: 2020-03-20\n  handling: TLP:AMBER\n", "TLP:AMBER", "incident.handling"),
    ("    kind: state-forces\n", "state-forces", "actors[3].kind"),
    ("      - type: works-for\n", "works-for", "actors[2].relations[0].type"),
    ("    kind: news-report\n", "news-report", "sources[1].kind"),
    ("    kind: monitor-report\n    reliability: B\n", "B", "sources[0].reliability"),
    (
        "{actor: army, role: alleged-perpetrator}",
        "alleged-perpetrator",
        "timeline[0].actors[0].role",
    ),
    ("{actor: army, firmness: alleged}", "alleged", "claims[0].perpetrators[0].firmness"),
    ("    qualifier: exact\n", "exact", "claims[1].qualifier"),
    ("    qualifier: exact\n    outcome: injured\n", "injured", "claims[1].outcome"),
    ("    victims: civilians\n    basis: names-listed\n", "civilians", "claims[1].victims"),
    ("    basis: names-listed\n", "names-listed", "claims[1].basis"),
]
# Where the added lines go: after a line the minimal incident has once.
_ADDED_AFTER = {
    "TLP:AMBER": "  last_updated: 2020-03-20\n",
    "B": "    kind: monitor-report\n",
    "injured": "    qualifier: exact\n",
}


def _with(line: str, value: str) -> tuple[str, str, tuple[int, int]]:
    """The minimal incident with ``line`` in it, with its value's slip instead, and where."""
    anchor = _ADDED_AFTER.get(value)
    text = changed(anchor, line) if anchor else changed(line, line)
    slip = value.upper().replace("-", " ") if value != value.upper() else value.lower()
    slipped = line.replace(f": {value}", f": {slip}", 1)
    text = changed(line, slipped, text)
    return text, slip, location(text, text.index(slipped) + slipped.index(f": {slip}") + 2)


@pytest.mark.parametrize(("line", "value", "path"), VOCABULARIES, ids=[v[2] for v in VOCABULARIES])
def test_every_vocabulary_guesses_a_slip_of_case_or_separators(
    tmp_path: Path, line: str, value: str, path: str
) -> None:
    text, slip, where = _with(line, value)
    with pytest.raises(IncidentLoadError) as caught:
        load_incident(write(tmp_path, text))
    (error,) = caught.value.errors
    assert error.path == path
    assert (error.line, error.column) == where
    assert error.message.startswith(f"found {slip!r}; did you mean {value!r}? (expected one of ")


@pytest.mark.parametrize(
    ("written", "meant"),
    [("news", "news-report"), ("statement", "official-statement"), ("monitr", "monitor-report")],
)
def test_a_word_of_a_source_kind_names_the_kind(tmp_path: Path, written: str, meant: str) -> None:
    text = changed("    kind: news-report\n", f"    kind: {written}\n")
    with pytest.raises(IncidentLoadError) as caught:
        load_incident(write(tmp_path, text))
    (error,) = caught.value.errors
    assert error.message.startswith(f"found {written!r}; did you mean {meant!r}? (expected one of ")


def test_a_word_of_several_kinds_gets_the_list_without_a_guess(tmp_path: Path) -> None:
    text = changed("    kind: news-report\n", "    kind: report\n")
    with pytest.raises(IncidentLoadError) as caught:
        load_incident(write(tmp_path, text))
    (error,) = caught.value.errors
    assert error.message.startswith("expected one of 'news-report', 'video-report', ")
    assert error.message.endswith("; found 'report'")
