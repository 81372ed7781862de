"""What a typed date means: '2017', '2017-10', '2017-10-21', '21 October 2017', 'تشرين الأول 2017'.

One reading for every box a date is typed into: the Library's date range
(library/filters.py) and the tabs' filters (ui/filter_proxy.py, views/search_words.py).
"""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from factsheet.model._edtf_words import MONTHS
from factsheet.model._edtf_words_ar import MONTHS_AR
from factsheet.search_text import fold

_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
# The month names used in Egypt and the Gulf, which the program does not print (it writes
# the Syrian ones) but which an Arabic reader may well type.
_MONTHS_AR_OTHER = (
    *("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو"),
    *("يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
)
# After the month's name: a year, or a day and a year (commas and spaces between them).
_NUMBERS = re.compile(r"^(?:(\d{1,2})\s+)?(\d{4})$")


@cache
def _month_names() -> tuple[tuple[str, int], ...]:
    """Every month name a date box reads, folded, longest first (so that "تشرين الأول" is
    not taken for a shorter name inside it): English in full and in three letters (and
    "sept"), Arabic as the program writes it and as Egypt and the Gulf do."""
    names: dict[str, int] = {"sept": 9}
    for number in range(1, 13):
        english = fold(MONTHS[number])
        names[english] = names[english[:3]] = number
        names[fold(MONTHS_AR[number])] = number
        names[fold(_MONTHS_AR_OTHER[number - 1])] = number
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


def _from_words(text: str) -> tuple[int, int, int | None] | None:
    """'21 October 2017', 'Oct 2017', 'October 21, 2017', '٢١ تشرين الأول ٢٠١٧': (year, month,
    day or None); None when it is not a month's name with a year and maybe a day."""
    words = " ".join(fold(text).replace(",", " ").replace("،", " ").replace(".", " ").split())
    for name, number in _month_names():
        before, found, after = f" {words} ".partition(f" {name} ")
        if not found:
            continue
        # A day may stand before the month ("21 October 2017") or after it ("October 21").
        match = _NUMBERS.match(" ".join((*before.split(), *after.split())))
        if match is None or before.strip() not in ("", match.group(1)):
            return None  # "2017 October", "21 2017 October": not how a date is written
        day = int(match.group(1)) if match.group(1) else None
        return int(match.group(2)), number, day
    return None


def date_bounds(text: str) -> tuple[dt.date, dt.date] | None:
    """The days a date box means, or None when it cannot read it.

    '2017' → all of 2017; '2017-10' → October; '2017-10-21' → that day; and the dates as
    the program writes them in words: 'October 2017', '21 October 2017', 'Oct 2017',
    'تشرين الأول 2017', in either script's digits. Not '21/10/2017': 03/04/2017 is the 3rd
    of April to some and the 4th of March to others, and a filter must not guess.
    """
    match = _DAY.match(fold(text.strip()))
    if match is not None:
        year = int(match.group(1))
        month = int(match.group(2)) if match.group(2) else None
        day = int(match.group(3)) if match.group(3) else None
    else:
        words = _from_words(text)
        if words is None:
            return None
        year, month, day = words
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return dt.date(year, month, 1), following - dt.timedelta(days=1)
        return dt.date(year, month, day), dt.date(year, month, day)
    except ValueError:
        return None


#: Days as ``dt.date.toordinal`` numbers, first and last: comparing two ints per row is what
#: lets a filter test 20,000 rows' dates within a keystroke.
DaySpan = tuple[int, int]

# "21 تشرين الأول 2017" is the most words a date takes (day, two-word month, year).
_MOST_WORDS = 4


@dataclass(frozen=True, slots=True)
class TypedTerm:
    """One thing a row must match: ``text`` in its text, or (for a date) a date of its own
    that shares a day with ``days``."""

    text: str
    days: DaySpan | None = None
    #: The text must start a word of the row: "1 october 2017" is no part of "21 October
    #: 2017" (a date in words; an ISO date or a plain word matches anywhere, as ever).
    starts_a_word: bool = False


def typed_terms(terms: Sequence[str]) -> list[TypedTerm]:
    """The folded terms of a filter (``search_text.query_terms``), with each date among them
    taken whole: "2017-10-21", and "21 october 2017" typed as three words or one quoted phrase.

    The longest run of words that reads as a date (``date_bounds``) wins, from the left. A
    date in words is then matched as a phrase that starts a word: its words scattered over
    a row ("21 September – 23 October 2017") do not make it that day.
    """
    found: list[TypedTerm] = []
    start = 0
    while start < len(terms):
        for width in range(min(_MOST_WORDS, len(terms) - start), 0, -1):
            phrase = " ".join(terms[start : start + width])
            bounds = date_bounds(phrase)
            if bounds is not None:
                days = (bounds[0].toordinal(), bounds[1].toordinal())
                found.append(TypedTerm(phrase, days, starts_a_word=_DAY.match(phrase) is None))
                break
        else:
            width = 1
            found.append(TypedTerm(terms[start]))
        start += width
    return found
