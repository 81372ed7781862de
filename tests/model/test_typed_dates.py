"""Typed dates: what a date box or a tab's filter reads as days, and which typed words are one."""

import datetime as dt

import pytest

from factsheet.model.typed_dates import TypedTerm, date_bounds, typed_terms
from factsheet.search_text import query_terms


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


def _days(first: str, last: str) -> tuple[int, int]:
    return dt.date.fromisoformat(first).toordinal(), dt.date.fromisoformat(last).toordinal()


def test_a_date_among_typed_words_is_one_term() -> None:
    day = _days("2017-10-21", "2017-10-21")
    assert typed_terms(query_terms("shelling 21 October 2017 Daesh")) == [
        TypedTerm("shelling"),
        TypedTerm("21 october 2017", day, starts_a_word=True),
        TypedTerm("daesh"),
    ]
    assert typed_terms(query_terms("2017-10-21")) == [TypedTerm("2017-10-21", day)]
    assert typed_terms(query_terms('"21 October 2017"')) == [
        TypedTerm("21 october 2017", day, starts_a_word=True)
    ]
    assert typed_terms(query_terms("٢١ تشرين الأول ٢٠١٧")) == [
        TypedTerm("21 تشرين الاول 2017", day, starts_a_word=True)
    ]
    october = _days("2017-10-01", "2017-10-31")
    assert typed_terms(query_terms("Oct 2017 2015")) == [
        TypedTerm("oct 2017", october, starts_a_word=True),
        TypedTerm("2015", _days("2015-01-01", "2015-12-31")),
    ]


def test_words_that_are_no_date_stay_words() -> None:
    assert typed_terms(query_terms("21 killed October")) == [
        TypedTerm("21"),
        TypedTerm("killed"),
        TypedTerm("october"),
    ]
    assert typed_terms(query_terms("21/10/2017 2017-13")) == [
        TypedTerm("21/10/2017"),
        TypedTerm("2017-13"),
    ]
    assert typed_terms([]) == []
