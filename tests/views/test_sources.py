"""The Sources view: note numbers, what each source backs, and the definitions of its terms."""

import pytest

from factsheet.loading import LoadedIncident
from factsheet.views.names import Names
from factsheet.views.sources import (
    CONSULTED,
    DATE,
    GRADE,
    KIND,
    NUMBER,
    RELAYS,
    SUPPORTS,
    TITLE,
    SourceRow,
    Support,
    source_title,
    sources_table,
    supports_of,
)
from factsheet.views.table import Table


@pytest.fixture
def table(sample_loaded: LoadedIncident) -> Table[SourceRow]:
    incident = sample_loaded.incident
    return sources_table(Names(incident), supports_of(incident))


def _row(table: Table[SourceRow], source_id: str) -> SourceRow:
    return table.rows[table.row_of[source_id]]


def test_support_in_words() -> None:
    assert Support((), (), (), ()).words() == "nothing cites it"
    assert Support(("e",), ("a", "b"), (), ()).words() == "1 event, 2 claims"
    assert Support((), (), ("x", "y", "z"), ()).words() == "3 relations"


def test_what_cites_a_source_includes_alternative_dates_and_relays(
    sample_loaded: LoadedIncident,
) -> None:
    supports = supports_of(sample_loaded.incident)
    sohr = supports["sohr-statement"]
    assert "killings-during-retreat" in sohr.events  # through an alternative date only
    assert sohr.claims == ("sohr-128-documented", "sohr-12-by-pro-regime-forces")
    assert sohr.relayed_by == ("trt-2017-10-23",)
    assert supports["trt-latic-report"].words() == "nothing cites it"


def test_cells_and_sort_keys(table: Table[SourceRow]) -> None:
    first = _row(table, "trt-2017-10-23")
    assert (first.cells[NUMBER], first.sort_key(NUMBER)) == ("[1]", 1)
    assert first.cells[RELAYS] == "[3], [4], [5], [6], [7], [8]"
    assert first.sort_key(SUPPORTS) == 15 + 8
    assert first.cells[TITLE] == "(untitled)"
    sohr = _row(table, "sohr-statement")
    assert sohr.cells[DATE] == "by 23 October 2017"
    assert sohr.sort_key(DATE) == "0001-01-01-2017-10-23"


def test_tooltips_define_kind_grade_and_consulted(table: Table[SourceRow]) -> None:
    sohr = _row(table, "sohr-statement")
    assert sohr.tooltip(KIND) == "A report or statement by a monitoring group."
    assert sohr.tooltip(CONSULTED) == (
        "The recorder knows this source only through another one that relays it."
    )
    assert sohr.tooltip(GRADE) is None  # no grade given
    assert sohr.tooltip(NUMBER) is None
    assert _row(table, "trt-2017-10-23").tooltip(CONSULTED) == "The recorder read this source."
    assert "Admiralty" in table.header_tips[GRADE]
    assert list(table.header_tips) == [GRADE]


def test_titles_keep_arabic_apart(sample_loaded: LoadedIncident) -> None:
    source = sample_loaded.incident.sources[0].model_copy(
        update={"title": "Bodies found", "title_ar": "العثور على جثث"}
    )
    assert source_title(source) == "Bodies found · \u2068العثور على جثث\u2069"
