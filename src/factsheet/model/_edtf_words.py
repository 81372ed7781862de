"""Plain-English words for parsed EDTF dates (the parsing itself is in dates.py)."""

# UN/NGO English: day month year, no leading zeros, en dash for ranges (spaced when either
# side has a space in it). Qualifiers read "about" (~), "possibly" (?), "possibly about" (%).

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re

    from factsheet.model.dates import Point

MONTHS = (
    "",
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)  # not calendar.month_name: that follows the process locale, and these words are English
SEASONS = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
_PREFIX = {"": "", "~": "about ", "?": "possibly ", "%": "possibly about "}


def days_in_month(year: int, month: int) -> int:
    """Length of a month in the proleptic Gregorian calendar (any year, year 0 included)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def year_words(year: int) -> str:
    """2017 -> "2017"; 0 -> "1 BCE", -44 -> "45 BCE" (ISO 8601 counts astronomically)."""
    return str(year) if year > 0 else f"{1 - year} BCE"


def _dash(a: str, b: str) -> str:
    return f"{a} – {b}" if " " in a or " " in b else f"{a}–{b}"


def _qualify(words: str, qualifier: str) -> str:
    if qualifier in ("~", "%") and words.startswith("between "):
        # "about between 20 and 29 October" is not English.
        return ("roughly " if qualifier == "~" else "possibly roughly ") + words
    return _PREFIX[qualifier] + words


def point_words(p: Point) -> str:
    """One date with its qualifier, e.g. "about April 2016"."""
    return _qualify(_bare(p), p.qualifier)


def _bare(p: Point) -> str:
    m = p.match
    if m["long"] or p.lo is None or p.hi is None or "X" in m["year"] or p.precision == "season":
        return _years(p)
    (y, mo, d), (_, mo2, d2) = p.lo, p.hi
    month_s, day_s = m.group("month", "day")
    year = year_words(y)
    if month_s is None:
        return year
    if "X" in month_s:
        if month_s == "XX":
            return f"{year} (month {'and day ' if day_s else ''}unknown)"
        return f"between {MONTHS[mo]} and {MONTHS[mo2]} {year}"
    month = f"{MONTHS[mo]} {year}" if day_s != "XX" else f"{MONTHS[mo]} {year} (day unknown)"
    if day_s is None or day_s == "XX":
        return month
    return f"{d} {month}{_time(m)}" if d == d2 else f"between {d} and {d2} {month}"


def _years(p: Point) -> str:
    """Y-years, XXXX, years with X digits (later X add nothing) and seasons."""
    if p.match["long"]:
        year = int(p.match["long"])
        return f"year {year}" if year > 0 else f"year {1 - year} BCE"
    if p.lo is None or p.hi is None:
        return "year unknown"
    y, y2 = p.lo[0], p.hi[0]
    if p.precision == "season":
        years = year_words(y) if y2 == y else _dash(year_words(y), year_words(y2))
        return f"{SEASONS[int(p.match['month'])]} {years}"
    if p.precision == "decade" and y > 0:
        return f"the {y}s"
    return _dash(year_words(y), year_words(y2))  # 19XX: "1900–1999", exact unlike "century"


def _time(m: re.Match[str]) -> str:
    """ ", 14:30 UTC" for a date-time (seconds only when not zero), "" for a plain date."""
    hh, mi, ss, tz = m.group("hh", "mi", "ss", "tz")
    if hh is None:
        return ""
    clock = f"{hh}:{mi}" + (f":{ss}" if ss != "00" else "")
    if tz is None:  # local time, zone not recorded
        return f", {clock}"
    offset = "" if tz == "Z" or tz[1:] in ("00", "00:00") else f"{tz[:3]}:{tz[4:6] or '00'}"
    return f", {clock} UTC{offset}"


def _plain(p: Point) -> bool:
    """A whole year, month or day (no X, season or time), which a range can share words with."""
    return (
        p.precision in ("day", "month", "year")
        and "X" not in p.match[0]
        and not (p.match["long"] or p.match["hh"])
    )


def interval_words(start: Point | str, end: Point | str) -> str:
    """An interval; an end is a Point, ".." (open) or "" (unknown), never both ends strings."""
    if isinstance(start, str):
        if isinstance(end, str):
            raise ValueError("an interval needs at least one dated end")  # the parser says so
        if start == "..":
            return f"by {point_words(end)}"
        return f"until {point_words(end)} (start unknown)"
    if isinstance(end, str):
        return f"from {point_words(start)} " + ("onwards" if end == ".." else "(end unknown)")
    if start.qualifier == end.qualifier and _plain(start) and _plain(end):
        # One qualifier for a shared phrase: "about late September 2017".
        return _qualify(_compact(start, end), start.qualifier)
    return _dash(point_words(start), point_words(end))


def _compact(a: Point, b: Point) -> str:
    """Two plain dates with the words they share said once: "21–23 October 2017"."""
    if (a.lo, a.hi) == (b.lo, b.hi) or a.lo is None or b.hi is None:  # (plain: never None)
        return _bare(a) if (a.lo, a.hi) == (b.lo, b.hi) else _dash(_bare(a), _bare(b))
    (y, m, d), (y2, m2, d2) = a.lo, b.hi
    if a.precision == b.precision == "day" and (y, m) == (y2, m2):
        month = f"{MONTHS[m]} {year_words(y)}"
        # Thirds of a month, as field reports say them.
        third = {(1, 10): "early ", (11, 20): "mid-", (21, days_in_month(y, m)): "late "}
        return third[d, d2] + month if (d, d2) in third else f"{d}–{d2} {month}"
    if a.precision == b.precision == "day" and y == y2:
        return f"{d} {MONTHS[m]} – {d2} {MONTHS[m2]} {year_words(y)}"
    if a.precision == b.precision == "month" and y == y2:
        return f"{MONTHS[m]} – {MONTHS[m2]} {year_words(y)}"
    return _dash(_bare(a), _bare(b))
