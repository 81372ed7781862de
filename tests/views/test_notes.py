"""Data notes, once for screen and sheet: the same notes, items linked or numbered."""

import copy
import html
from collections.abc import Iterator

import pytest

from factsheet.loading import LoadedIncident, Problem
from factsheet.model.incident import Incident
from factsheet.views.names import Names
from factsheet.views.notes import (
    DataNote,
    ItemRef,
    NotePart,
    Phrase,
    Quote,
    Refs,
    Series,
    data_notes,
    item_ref_link,
    note_html,
    printed_notes,
    sheet_note_html,
)


def _refs_in(parts: tuple[NotePart, ...]) -> Iterator[Refs]:
    """Every Refs among ``parts``, in the order they are written, inside phrases too."""
    for part in parts:
        if isinstance(part, Refs):
            yield part
        elif isinstance(part, Phrase):
            yield from _refs_in(tuple(value for _, value in part.values))
        elif isinstance(part, Series):
            yield from _refs_in(part.parts)


@pytest.fixture
def notes(warned_loaded: LoadedIncident) -> list[DataNote]:
    return data_notes(warned_loaded.incident, warned_loaded.warnings)


def test_the_sample_has_a_note_per_topic(
    notes: list[DataNote], warned_loaded: LoadedIncident
) -> None:
    assert [n.topic for n in notes] == [
        "warning",
        "date-conflict",
        "date-conflict",
        "date-doubt",
        "unquantified",
        "indirect",
        "indirect",
    ]
    warning = notes[0]
    line = warned_loaded.warnings[0].line
    assert (warning.kind, warning.item_id, warning.line) == ("claim", "trt-35-in-shaft", line)


def test_a_warning_without_an_item_names_its_path(sample_loaded: LoadedIncident) -> None:
    problem = Problem("warning", "f.yaml", 3, 1, "incident.title", "a title in capitals")
    (note, *_) = data_notes(sample_loaded.incident, [problem])
    assert note.parts == ("a title in capitals (incident.title)",)
    assert note.kind is None


def test_the_screen_links_items_by_their_words(
    notes: list[DataNote], warned_loaded: LoadedIncident
) -> None:
    names = Names(warned_loaded.incident)
    warning = note_html(notes[0], names)
    line = warned_loaded.warnings[0].line
    assert warning.endswith(
        f'<small>(line {line}, claim <a href="claim:trt-35-in-shaft">TRT World: at least 35</a>)'
        "</small>"
    )
    conflict = note_html(notes[1], names)
    assert 'href="event:' in conflict
    assert "“" in conflict
    assert item_ref_link(names, "claim", "gone") == "gone?"


def test_the_sheet_numbers_items_and_prints_no_warning(
    notes: list[DataNote], sample_loaded: LoadedIncident
) -> None:
    names = Names(sample_loaded.incident)
    # Loader warnings name file lines and ids: the recorder's, on screen only.
    printed = printed_notes(notes)
    assert [n.topic for n in printed] == [n.topic for n in notes if n.topic != "warning"]
    numbers = {
        "claim": {c.id: f"C{n}" for n, c in enumerate(sample_loaded.incident.claims, 1)},
        "event": {e.id: f"E{n}" for n, e in enumerate(sample_loaded.incident.timeline, 1)},
    }
    conflict = sheet_note_html(printed[0], names, numbers)
    assert conflict.startswith("Sources date E8 differently: 21 October 2017 “")
    relayed, untraced = (sheet_note_html(note, names, numbers) for note in printed[-2:])
    assert relayed == (
        "6 of 8 sources were not consulted directly and are known only through another "
        "source: [3][4][5][6][7][8]."
    )
    # Nafisa Latic's video [2]: not read, and nothing in the record relays it.
    assert untraced == (
        "1 of 8 sources was not consulted directly, and the record does not say through "
        "which source it is known: [2]."
    )
    for note in printed:
        drawn = sheet_note_html(note, names, numbers)
        assert not any(item in drawn for item in ("Line ", "trt-", "sohr-", "pcc-"))


def test_quotes_and_lists_escape_the_file_s_text(sample_loaded: LoadedIncident) -> None:
    names = Names(sample_loaded.incident)
    refs = Refs((ItemRef("source", "sohr-statement"), ItemRef("actor", "daesh", "<b>")))
    note = DataNote(("Sources <say> ", Quote("<i>x</i>"), " ", refs), "date-doubt")
    screen = note_html(note, names)
    sheet = sheet_note_html(note, names, {"claim": {}, "event": {}})
    for drawn in (screen, sheet):
        assert "Sources &lt;say&gt; " in drawn
        assert "&lt;i&gt;x&lt;/i&gt;" in drawn
        assert "<i>" not in drawn
        assert "(&lt;b&gt;)" in drawn
    assert html.unescape(screen).count("[4] SOHR") == 1


def test_a_long_list_is_cut_on_screen_with_a_count(
    sample_loaded: LoadedIncident, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factsheet.views import notes as module

    monkeypatch.setattr(module, "REFS_SHOWN", 1)
    names = Names(sample_loaded.incident)
    refs = Refs(tuple(ItemRef("source", s.id) for s in sample_loaded.incident.sources[:3]))
    assert note_html(DataNote((refs,), "indirect"), names).endswith(" and 2 more")


def test_sources_are_listed_in_note_number_order(notes: list[DataNote]) -> None:
    # The event cites activists-statements [3] before trt-2017-10-23 [1]: listed [1], [3].
    retreat = next(n for n in notes if n.item_id == "killings-during-retreat")
    listed = list(_refs_in(retreat.parts))
    # listed[0] is the event itself.
    assert [item.item_id for item in listed[1].items] == ["trt-2017-10-23", "activists-statements"]


def _indirect(incident: Incident) -> list[str]:
    names = Names(incident)
    return [
        sheet_note_html(note, names, {"claim": {}, "event": {}})
        for note in data_notes(incident, ())
        if note.topic == "indirect"
    ]


def test_a_source_is_known_through_another_when_one_relays_it(
    fidelity_loaded: LoadedIncident,
) -> None:
    incident = fidelity_loaded.incident
    # [2] the government's statement, relayed by [3] the wire story, itself unread and
    # relayed by [4]: known through another source all the same, as the sources list says.
    assert _indirect(incident) == [
        (
            "3 of 7 sources were not consulted directly and are known only through another "
            "source: [2][3][7]."
        )
    ]
    data = copy.deepcopy(incident.model_dump())
    for source in data["sources"]:
        if source["id"] in ("broadcast", "gazette-article"):
            source["relays"] = ()
    # Nothing relays the council's [7] or the wire's [3] any more; the wire still relays [2].
    assert _indirect(Incident.model_validate(data)) == [
        "1 of 7 sources was not consulted directly and is known only through another source: [2].",
        (
            "2 of 7 sources were not consulted directly, and the record does not say through "
            "which sources they are known: [3][7]."
        ),
    ]
