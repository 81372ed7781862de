"""What the library's full-text search reads in an incident, and where it says it matched."""

from pathlib import Path

from factsheet.library.passages import passages
from factsheet.loading import read_incident
from factsheet.search_text import indexed_form


def test_every_text_a_recorder_would_search_is_a_passage(sample_path: Path) -> None:
    incident = read_incident(sample_path).incident
    found = {where: text for where, text, _folded in passages(incident)}
    assert found["title (Arabic)"] == incident.incident.title_ar
    assert found["actor Palmyra Coordination Committee (alias)"] == "PCC"
    # The recorder's own notes stay off paper but are searched: they are the recorder's.
    claim = incident.claims_by_id["trt-35-in-shaft"]
    assert claim.recorder_note is not None
    assert found["claim by TRT World “at least 35 killed” (recorder's note)"] == claim.recorder_note
    # Dates as the user reads them, then as written: "October 2017 (2017-10)" (both found).
    assert found["date"] == "October 2017 (2017-10)"


def test_places_are_named_as_a_reader_knows_them_never_by_a_yaml_id(sample_path: Path) -> None:
    incident = read_incident(sample_path).incident
    found = {where: text for where, text, _folded in passages(incident)}
    event = next(e for e in incident.timeline if e.text.startswith("Russia accused"))
    assert found["timeline, 21 September – 21 October 2017"] == event.text
    dated = "timeline, 21 September – 21 October 2017, “Russia accused the United States, which…”"
    assert found[f"{dated} (date)"] == "21 September – 21 October 2017 (2017-09-21/2017-10-21)"
    assert "claim by Activists (unnamed) “killed, unquantified” (quote)" in found
    ids = {e.id for e in incident.timeline} | set(incident.claims_by_id)
    ids |= set(incident.sources_by_id)
    for where in found:
        assert not any(word.strip("“”,()") in ids for word in where.split()), where


def test_passages_carry_their_folded_form_and_skip_blank_texts(sample_path: Path) -> None:
    incident = read_incident(sample_path).incident
    for _where, text, folded in passages(incident):
        assert text.strip()
        assert folded == indexed_form(text)
