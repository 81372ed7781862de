"""The Timeline's rows: date order, how well each date is known, what a filter searches."""

import pytest

from factsheet.loading import LoadedIncident
from factsheet.model.dates import parse_edtf
from factsheet.views.names import Names
from factsheet.views.timeline import (
    ACTORS,
    DATE,
    OTHER_DATES,
    SOURCES,
    TimelineView,
    certainty_words,
)


@pytest.fixture
def view(sample_loaded: LoadedIncident) -> TimelineView:
    return TimelineView.of(Names(sample_loaded.incident))


@pytest.mark.parametrize(
    ("edtf", "words"),
    [
        ("2017-10-21", "day"),
        ("2017-10", "month only"),
        ("2017", "year only"),
        ("2017-21", "season only"),
        ("201X", "decade only"),
        ("2016-04~", "month only, ~ approximate"),
        ("2016-04%", "month only, ~ approximate, ? uncertain"),
        ("2017-10-21/2017-10-23", "↔ span"),
        ("../2017-10-23", "↔ span, open start"),
        ("2017-10-21/..", "↔ span, open end"),
    ],
)
def test_certainty_in_words(edtf: str, words: str) -> None:
    assert certainty_words(parse_edtf(edtf)) == words


def test_rows_are_in_date_order_and_sort_by_it(view: TimelineView) -> None:
    rows = view.table.rows
    assert rows[0].event.id == "daesh-seizes-town-2015"
    assert [row.sort_key(0) for row in rows] == list(range(len(rows)))
    assert [row.sort_key(ACTORS) for row in rows] == list(range(len(rows)))
    assert view.table.row_of["daesh-seizes-town-2015"] == 0


def test_cells_name_actors_with_roles_and_sources_by_number(view: TimelineView) -> None:
    row = view.table.rows[view.table.row_of["killings-during-retreat"]]
    assert row.cells[ACTORS].startswith("Daesh (alleged perpetrator); ")
    assert row.cells[SOURCES] == "[1] TRT World, [3] Activists (unnamed)"
    assert row.cells[OTHER_DATES] == (
        "by 21 October 2017 (“during the last days of Daesh's control of the town”) [4] SOHR"
    )
    assert row.cells[DATE] == "about 21 October 2017\nday, ~ approximate"
    assert row.tooltip(DATE) == (
        "about 21 October 2017\nday, ~ approximate\n"
        "In the source's words: “as Daesh militants retreated from the town”"
    )
    assert row.tooltip(OTHER_DATES) == row.cells[OTHER_DATES]
    assert row.item_id == "killings-during-retreat"


def test_a_filter_finds_events_by_aliases_notes_and_ids(view: TimelineView) -> None:
    haystack = view.table.haystacks[view.table.row_of["daesh-seizes-town-2015"]]
    assert "isis" in haystack  # an alias of Daesh, who is named in the event
    assert "daesh-seizes-town-2015" in haystack
    assert haystack == haystack.casefold()
    assert "in august 2015" in haystack  # the source's words for the date
    assert {"daesh", "sohr", "pcc"} <= view.actor_ids
