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
    assert found["claim trt-35-in-shaft recorder's note"] == claim.recorder_note
    # Dates both as written and in words.
    assert found["date"] == f"{incident.incident.date.text} {incident.incident.date.words()}"


def test_passages_carry_their_folded_form_and_skip_blank_texts(sample_path: Path) -> None:
    incident = read_incident(sample_path).incident
    for _where, text, folded in passages(incident):
        assert text.strip()
        assert folded == indexed_form(text)
