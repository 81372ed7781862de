"""LibraryFilter: the library's row filters, folded and overlapping as documented."""

import pytest

from factsheet.library.filters import LibraryFilter
from factsheet.library.summary import IncidentSummary
from library_folder import PALMYRA_SUMMARY

PALMYRA = PALMYRA_SUMMARY
OPEN_START = IncidentSummary(path="b.yaml", date="../2016-03-01", date_to="2016-03-01")
BROKEN = IncidentSummary(path="broken.yaml", errors=1, first_problem="line 1: …")


@pytest.mark.parametrize(
    ("criteria", "palmyra", "broken"),
    [
        (LibraryFilter(), True, True),
        (LibraryFilter(date_from="2017-10-15"), True, False),
        (LibraryFilter(date_from="2017-11"), False, False),
        (LibraryFilter(date_to="2017-09"), False, False),
        (LibraryFilter(date_from="2017", date_to="2017"), True, False),
        (LibraryFilter(place="tadmur"), True, False),
        (LibraryFilter(place="تدمر"), True, False),
        (LibraryFilter(place="homs"), True, False),
        (LibraryFilter(place="Idlib"), False, False),
        (LibraryFilter(actor="army"), True, False),
        (LibraryFilter(actor="pcc"), True, False),
        (LibraryFilter(claimant="تنسيقية"), True, False),
        (LibraryFilter(claimant="army"), False, False),
        (LibraryFilter(status="verified"), True, False),
        (LibraryFilter(status="developing"), False, False),
        (LibraryFilter(handling="TLP:AMBER"), True, False),
        (LibraryFilter(handling="none"), False, True),
    ],
)
def test_criteria(criteria: LibraryFilter, palmyra: bool, broken: bool) -> None:
    assert criteria.matches(PALMYRA) is palmyra
    assert criteria.matches(BROKEN) is broken


def test_an_open_start_overlaps_any_earlier_range() -> None:
    assert LibraryFilter(date_from="1990", date_to="2000").matches(OPEN_START)
    assert not LibraryFilter(date_from="2016-04").matches(OPEN_START)


def test_is_empty() -> None:
    assert LibraryFilter().is_empty
    assert not LibraryFilter(handling="none").is_empty
