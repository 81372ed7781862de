"""The library's filters as plain data: date range, place, actor, claimant, status, handling.

Qt-free, so the same test that a row passes serves the window and any later command. Text
criteria are folded (``factsheet.search_text``): "tadmur", "تدمر" and "Tadmur" all work.
"""

import datetime as dt
from dataclasses import dataclass

from factsheet.library.summary import IncidentSummary
from factsheet.model.typed_dates import date_bounds
from factsheet.search_text import fold


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
