"""The library's filters as plain data: date range, place, actor, claimant, status, handling.

Qt-free, so the same test that a row passes serves the window and any later command. Text
criteria are folded (``factsheet.search_text``): "tadmur", "تدمر" and "Tadmur" all work.
"""

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from factsheet.library.summary import IncidentSummary
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


def _contains(wanted: str, names: tuple[str, ...]) -> bool:
    return any(wanted in fold(name) for name in names)


@dataclass(frozen=True, slots=True)
class LibraryFilter:
    """What a row must match; empty criteria match everything.

    The date range keeps an incident whose date may fall in it (its span overlaps the
    range): "2017-10" and "../2017-10-23" both belong to a search for October 2017. Files
    that could not be read have no date, place or actors: any such criterion hides them,
    and only status "any" with no other criteria shows them.
    """

    date_from: str = ""
    date_to: str = ""
    place: str = ""
    actor: str = ""
    claimant: str = ""
    status: str = ""  # a vocabulary value, or "" for any
    handling: str = ""  # "TLP:AMBER", "none" for files without a marking, or "" for any

    @property
    def is_empty(self) -> bool:
        """Nothing is asked for."""
        return not any(
            (self.date_from, self.date_to, self.place, self.actor, self.claimant)
        ) and not (self.status or self.handling)

    def matches(self, summary: IncidentSummary) -> bool:
        """Does ``summary`` pass every criterion?"""
        if self.status and summary.status != self.status:
            return False
        if self.handling:
            marking = summary.handling or "none"
            if marking != self.handling:
                return False
        if not self._in_dates(summary):
            return False
        if self.place and not _contains(fold(self.place.strip()), summary.place_names):
            return False
        if self.actor:
            everyone = tuple(n for names in summary.actor_names.values() for n in names)
            if not _contains(fold(self.actor.strip()), everyone):
                return False
        return not (
            self.claimant
            and not _contains(fold(self.claimant.strip()), summary.names_of(summary.claimants))
        )

    def _in_dates(self, summary: IncidentSummary) -> bool:
        start = date_bounds(self.date_from) if self.date_from.strip() else None
        end = date_bounds(self.date_to) if self.date_to.strip() else None
        if start is None and end is None:
            return True
        if summary.date is None:
            return False  # no date known (an unreadable file): not in any range
        earliest = dt.date.fromisoformat(summary.date_from) if summary.date_from else dt.date.min
        latest = dt.date.fromisoformat(summary.date_to) if summary.date_to else dt.date.max
        if start is not None and latest < start[0]:
            return False
        return not (end is not None and earliest > end[1])
