"""The Actors view's rows: names in every script, relations, how often each is named."""

import pytest

from factsheet.loading import LoadedIncident
from factsheet.search_text import fold
from factsheet.views.actors import (
    ARABIC,
    CLAIMS,
    EVENTS,
    KIND,
    NAME,
    RELATIONS,
    ActorRow,
    actors_table,
    appearances,
)
from factsheet.views.table import Table


@pytest.fixture
def table(sample_loaded: LoadedIncident) -> Table[ActorRow]:
    return actors_table(sample_loaded.incident)


def _row(table: Table[ActorRow], actor_id: str) -> ActorRow:
    return table.rows[table.row_of[actor_id]]


def test_counts_sort_as_numbers_and_names_case_blind(table: Table[ActorRow]) -> None:
    daesh = _row(table, "daesh")
    assert (daesh.cells[EVENTS], daesh.sort_key(EVENTS)) == ("7", 7)
    assert (daesh.cells[CLAIMS], daesh.sort_key(CLAIMS)) == ("4", 4)
    assert daesh.sort_key(NAME) == "daesh"
    unnamed = _row(table, "united-states")
    assert (unnamed.cells[CLAIMS], unnamed.sort_key(CLAIMS)) == ("", 0)


def test_arabic_names_are_isolated_and_kinds_defined(table: Table[ActorRow]) -> None:
    sohr = _row(table, "sohr")
    assert sohr.cells[ARABIC] == "\u2068المرصد السوري لحقوق الإنسان\u2069"
    assert sohr.tooltip(KIND) == "Documents violations and casualties (SOHR)."
    government = _row(table, "syrian-government")
    assert government.cells[RELATIONS] == "backed by Russia (April 2016)"
    assert government.tooltip(ARABIC) is None


def test_every_alias_is_searched(table: Table[ActorRow]) -> None:
    haystack = table.haystacks[table.row_of["daesh"]]
    assert "isis" in haystack
    assert fold("الدولة الإسلامية") in haystack  # folded, as what the user types is


def test_appearances_count_claimants_and_perpetrators_once_per_claim(
    sample_loaded: LoadedIncident,
) -> None:
    events, claims = appearances(sample_loaded.incident)
    assert claims["pcc"] == 3
    assert events["sohr"] == 2
