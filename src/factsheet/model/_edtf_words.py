"""Words for parsed EDTF dates, in English or Arabic (the parsing itself is in dates.py)."""

# One engine, one phrasebook per language: the engine decides what is said (a day, a range
# with its shared words said once, a third of a month, an open end), the phrasebook how.
# English follows UN/NGO usage: day month year, no leading zeros, en dash for ranges (spaced
# when either side has a space in it). Qualifiers read "about" (~), "possibly" (?),
# "possibly about" (%). The Arabic phrasebook is in _edtf_words_ar.py.

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re
    from collections.abc import Mapping

    from factsheet.model.dates import Point

MONTHS = (
    "",
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)  # not calendar.month_name: that follows the process locale, and these words are English
SEASONS = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}


@dataclass(frozen=True, slots=True)
class Phrases:
    """How one language says the parts of a date; each template's {} are filled in order."""

    months: tuple[str, ...]  # index 1-12; 0 unused
    seasons: Mapping[int, str]  # EDTF season numbers 21-24
    #: "", "~", "?", "%" -> template for a qualified date
    qualified: Mapping[str, str]
    #: "~", "%" -> template for a qualified "between …" phrase, where "about" does not fit
    qualified_between: Mapping[str, str]
    between: str  # two months or days of one month, and what they share
    bce: str  # a year before year 1
    long_year: str  # a Y-prefixed year
    year_unknown: str
    decade: str  # first year, last year
    month_unknown: str
    month_and_day_unknown: str
    day_unknown: str
    local_time: str  # date, clock
    utc_time: str  # date, clock, offset ("" or "+05:30")
    by: str  # open start
    until: str  # unknown start
    onwards: str  # open end
    end_unknown: str  # unknown end
    early: str  # days 1-10 of a month
    mid: str  # days 11-20
    late: str  # day 21 to the month's end


ENGLISH = Phrases(
    months=MONTHS,
    seasons=SEASONS,
    qualified={"": "{}", "~": "about {}", "?": "possibly {}", "%": "possibly about {}"},
    # "about between 20 and 29 October" is not English.
    qualified_between={"~": "roughly {}", "%": "possibly roughly {}"},
    between="between {} and {} {}",
    bce="{} BCE",
    long_year="year {}",
    year_unknown="year unknown",
    decade="the {}s",
    month_unknown="{} (month unknown)",
    month_and_day_unknown="{} (month and day unknown)",
    day_unknown="{} (day unknown)",
    local_time="{}, {}",
    utc_time="{}, {} UTC{}",
    by="by {}",
    until="until {} (start unknown)",
    onwards="from {} onwards",
    end_unknown="from {} (end unknown)",
    early="early {}",
    mid="mid-{}",
    late="late {}",
)


def days_in_month(year: int, month: int) -> int:
    """Length of a month in the proleptic Gregorian calendar (any year, year 0 included)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def year_words(year: int, say: Phrases = ENGLISH) -> str:
    """2017 -> "2017"; 0 -> "1 BCE", -44 -> "45 BCE" (ISO 8601 counts astronomically)."""
    return str(year) if year > 0 else say.bce.format(1 - year)


def _dash(a: str, b: str) -> str:
    return f"{a} – {b}" if " " in a or " " in b else f"{a}–{b}"


def _qualify(words: str, qualifier: str, say: Phrases) -> str:
    if qualifier in say.qualified_between and words.startswith(say.between.split("{", 1)[0]):
        return say.qualified_between[qualifier].format(words)
    return say.qualified[qualifier].format(words)


def point_words(p: Point, say: Phrases = ENGLISH) -> str:
    """One date with its qualifier, e.g. "about April 2016"."""
    return _qualify(_bare(p, say), p.qualifier, say)


def _bare(p: Point, say: Phrases) -> str:
    m = p.match
    if m["long"] or p.lo is None or p.hi is None or "X" in m["year"] or p.precision == "season":
        return _years(p, say)
    (y, mo, d), (_, mo2, d2) = p.lo, p.hi
    month_s, day_s = m.group("month", "day")
    year = year_words(y, say)
    if month_s is None:
        return year
    if "X" in month_s:
        if month_s == "XX":
            return (say.month_and_day_unknown if day_s else say.month_unknown).format(year)
        return say.between.format(say.months[mo], say.months[mo2], year)
    month = f"{say.months[mo]} {year}"
    if day_s == "XX":
        return say.day_unknown.format(month)
    if day_s is None:
        return month
    return _time(f"{d} {month}", m, say) if d == d2 else say.between.format(d, d2, month)


def _years(p: Point, say: Phrases) -> str:
    """Y-years, XXXX, years with X digits (later X add nothing) and seasons."""
    if p.match["long"]:
        year = int(p.match["long"])
        return say.long_year.format(year if year > 0 else say.bce.format(1 - year))
    if p.lo is None or p.hi is None:
        return say.year_unknown
    y, y2 = p.lo[0], p.hi[0]
    if p.precision == "season":
        years = year_words(y, say) if y2 == y else _dash(year_words(y, say), year_words(y2, say))
        return f"{say.seasons[int(p.match['month'])]} {years}"
    if p.precision == "decade" and y > 0:
        return say.decade.format(y, y2)
    # 19XX: "1900–1999", exact unlike "century"
    return _dash(year_words(y, say), year_words(y2, say))


def _time(date: str, m: re.Match[str], say: Phrases) -> str:
    """The date with its time of day, if it has one (seconds only when not zero)."""
    hh, mi, ss, tz = m.group("hh", "mi", "ss", "tz")
    if hh is None:
        return date
    clock = f"{hh}:{mi}" + (f":{ss}" if ss != "00" else "")
    if tz is None:  # local time, zone not recorded
        return say.local_time.format(date, clock)
    offset = "" if tz == "Z" or tz[1:] in ("00", "00:00") else f"{tz[:3]}:{tz[4:6] or '00'}"
    return say.utc_time.format(date, clock, offset)


def _plain(p: Point) -> bool:
    """A whole year, month or day (no X, season or time), which a range can share words with."""
    return (
        p.precision in ("day", "month", "year")
        and "X" not in p.match[0]
        and not (p.match["long"] or p.match["hh"])
    )


def interval_words(start: Point | str, end: Point | str, say: Phrases = ENGLISH) -> str:
    """An interval; an end is a Point, ".." (open) or "" (unknown), never both ends strings."""
    if isinstance(start, str):
        if isinstance(end, str):
            raise ValueError("an interval needs at least one dated end")  # the parser says so
        return (say.by if start == ".." else say.until).format(point_words(end, say))
    if isinstance(end, str):
        return (say.onwards if end == ".." else say.end_unknown).format(point_words(start, say))
    if start.qualifier == end.qualifier and _plain(start) and _plain(end):
        # One qualifier for a shared phrase: "about late September 2017".
        return _qualify(_compact(start, end, say), start.qualifier, say)
    return _dash(point_words(start, say), point_words(end, say))


def _compact(a: Point, b: Point, say: Phrases) -> str:
    """Two plain dates with the words they share said once: "21–23 October 2017"."""
    if (a.lo, a.hi) == (b.lo, b.hi) or a.lo is None or b.hi is None:  # (plain: never None)
        return (
            _bare(a, say) if (a.lo, a.hi) == (b.lo, b.hi) else _dash(_bare(a, say), _bare(b, say))
        )
    (y, m, d), (y2, m2, d2) = a.lo, b.hi
    months = say.months
    if a.precision == b.precision == "day" and (y, m) == (y2, m2):
        month = f"{months[m]} {year_words(y, say)}"
        # Thirds of a month, as field reports say them.
        third = {(1, 10): say.early, (11, 20): say.mid, (21, days_in_month(y, m)): say.late}
        return third[d, d2].format(month) if (d, d2) in third else f"{d}–{d2} {month}"
    if a.precision == b.precision == "day" and y == y2:
        return f"{d} {months[m]} – {d2} {months[m2]} {year_words(y, say)}"
    if a.precision == b.precision == "month" and y == y2:
        return f"{months[m]} – {months[m2]} {year_words(y, say)}"
    return _dash(_bare(a, say), _bare(b, say))
