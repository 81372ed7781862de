"""LibraryFilter: the library's row filters, folded and overlapping as documented."""

import datetime as dt

import pytest

from factsheet.library.filters import LibraryFilter, date_bounds
from factsheet.library.summary import IncidentSummary
from library_folder import PALMYRA_SUMMARY

PALMYRA = PALMYRA_SUMMARY
OPEN_START = IncidentSummary(path="b.yaml", date="../2016-03-01", date_to="2016-03-01")
BROKEN = IncidentSummary(path="broken.yaml", errors=1, first_problem="line 1: …")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017", (dt.date(2017, 1, 1), dt.date(2017, 12, 31))),
        ("2017-02", (dt.date(2017, 2, 1), dt.date(2017, 2, 28))),
        ("2016-12", (dt.date(2016, 12, 1), dt.date(2016, 12, 31))),
        (" 2017-10-21 ", (dt.date(2017, 10, 21), dt.date(2017, 10, 21))),
        ("2017-13", None),
        ("October", None),
        # The dates as the program writes them in words, in English and in Arabic.
        ("October 2017", (dt.date(2017, 10, 1), dt.date(2017, 10, 31))),
        ("Oct 2017", (dt.date(2017, 10, 1), dt.date(2017, 10, 31))),
        ("sept. 2016", (dt.date(2016, 9, 1), dt.date(2016, 9, 30))),
        ("21 October 2017", (dt.date(2017, 10, 21), dt.date(2017, 10, 21))),
        ("October 21, 2017", (dt.date(2017, 10, 21), dt.date(2017, 10, 21))),
        ("تشرين الأول 2017", (dt.date(2017, 10, 1), dt.date(2017, 10, 31))),
        ("٢١ تشرين الأول ٢٠١٧", (dt.date(2017, 10, 21), dt.date(2017, 10, 21))),
        ("كانون الثاني 2017", (dt.date(2017, 1, 1), dt.date(2017, 1, 31))),
        ("أكتوبر 2017", (dt.date(2017, 10, 1), dt.date(2017, 10, 31))),
        ("٢٠١٧-١٠", (dt.date(2017, 10, 1), dt.date(2017, 10, 31))),
        # Not read: a guess would filter the wrong days.
        ("21/10/2017", None),  # 03/04/2017 is March to some and April to others
        ("31 September 2017", None),
        ("2017 October", None),
        ("21 2017 October", None),
        ("October 2017 or so", None),
    ],
)
def test_date_bounds(text: str, expected: object) -> None:
    assert date_bounds(text) == expected


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
