"""What a tab's filter searches in a row: every name, each date as written and in words, folded,
and the days its dates span (a typed date finds the rows whose dates share a day with it).

One folding serves every search in Factsheet (``factsheet.search_text.fold``: case, accents,
Arabic diacritics and letter variants, Arabic-Indic digits, invisible characters), both for
the rows' haystacks, built here once per incident on the loader's worker thread, and for
what the user types (ui/filter_proxy.py folds it with ``query_terms``).
"""

from collections.abc import Iterable
from functools import lru_cache

from factsheet.i18n import LANGUAGES, Digits, current_digits
from factsheet.model.dates import EdtfError, UncertainDate, parse_edtf
from factsheet.model.incident import Actor, Incident, Location
from factsheet.model.typed_dates import DaySpan
from factsheet.search_text import fold

#: Parts shorter than this are folded once and remembered: names, places and dates repeat
#: across thousands of rows.
_REMEMBERED_BELOW = 120


@lru_cache(maxsize=8192)
def _fold_repeated(part: str) -> str:
    return fold(part)


def haystack(parts: Iterable[str | None]) -> str:
    """The folded text a filter searches: the parts folded and joined, empty ones left out.

    Folded one part at a time, which gives the same text as folding them joined: most
    parts are ASCII, which folds at once, and only a part with other letters in it (Arabic,
    accents) costs the full folding (at 20,000 events, 0.15 s against 0.8 s).
    """
    return " ".join(
        _fold_repeated(part) if len(part) < _REMEMBERED_BELOW else fold(part)
        for part in parts
        if part
    )


def date_texts(date: UncertainDate | None) -> tuple[str, ...]:
    """A date as the file writes it (ISO, '2017-10-21') and in words in every language the
    program speaks ('21 October 2017', '21 تشرين الأول 2017'): what people type."""
    if date is None:
        return ()
    return _date_texts(date, current_digits())


@lru_cache(maxsize=4096)
def _date_texts(date: UncertainDate, digits: Digits) -> tuple[str, ...]:
    # Keyed by the digits too: the Arabic words carry the digits the user chose.
    return (date.text, *(date.words(language) for language in LANGUAGES))


def date_spans(dates: Iterable[UncertainDate | None]) -> tuple[DaySpan, ...]:
    """The days of a row's dates as ordinal (first, last) pairs, for ui/filter_proxy.py.

    An interval's open or unknown end ("../2017-10-23", "2017-10-21/") is not stretched
    to the beginning or end of time: such a date spans its known end alone, so that "1999"
    does not find an event reported "by 23 October 2017". A date with no known day at all
    (XXXX, a year outside 1–9999) spans none.
    """
    return tuple(span for date in dates if date is not None and (span := _span(date)))


def _span(written: UncertainDate) -> DaySpan | None:
    date = written if written.lower and written.upper else _known_end(written)
    if date is None or date.lower is None or date.upper is None:
        return None
    return date.lower.toordinal(), date.upper.toordinal()


def _known_end(date: UncertainDate) -> UncertainDate | None:
    if not date.is_interval:
        return None
    start, _, end = date.text.partition("/")
    known = start if date.lower is not None else end
    try:
        return parse_edtf(known) if known not in ("", "..") else None
    except EdtfError:
        return None


def actor_names(actor: Actor | None) -> tuple[str, ...]:
    """Every name an actor goes by: its name, its Arabic name and its aliases."""
    if actor is None:
        return ()
    return (actor.name, actor.name_ar or "", *(alias.name for alias in actor.aliases))


def _names_of(location: Location) -> tuple[str, ...]:
    return (location.name, location.name_ar or "", *location.other_names)


class PlaceNames:
    """The names of the incident's places, for finding an event or a claim by any of them.

    ``incident.locations`` gives each place its other spellings ("Al-Qaryatain" for Al
    Qaryatayn) and what it lies within; an event or claim whose ``location`` names a place
    is found by all of them, and one without a location happened at the incident's places.
    """

    def __init__(self, incident: Incident) -> None:
        self._places = [
            (
                tuple(key for key in map(fold, _names_of(location)) if key),
                " ".join((*_names_of(location), *location.within)),
            )
            for location in incident.incident.locations
        ]
        self._everywhere = " ".join(names for _, names in self._places)
        # Thousands of events name a handful of locations: each is matched once.
        self._known: dict[str, str] = {}

    def of(self, location: str | None) -> str:
        """Every name of each place ``location`` names (of every place, for no location)."""
        if not location:
            return self._everywhere
        found = self._known.get(location)
        if found is None:
            folded = fold(location)
            found = self._known[location] = " ".join(
                names for keys, names in self._places if any(key in folded for key in keys)
            )
        return found
