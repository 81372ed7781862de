"""Fast EDTF (ISO 8601-2, levels 0 and 1) parsing into calendar bounds and words."""

# Incident files carry tens of thousands of dates, so this is one anchored regex per date plus
# a few integer checks (a few microseconds); the `edtf` package is only a test oracle.
#
# Decisions the EDTF specification leaves to us (tests pin each of them):
# - lower/upper are calendar days as written (a date-time's own day, whatever its offset).
#   They are None for an open ("..") or unknown ("") interval end, for XXXX, and wherever the
#   day falls outside datetime.date (years 0 and below, Y-prefixed years, which may have 5 to
#   18 digits: Python's int() refuses absurdly long digit strings). Years are
#   astronomical as ISO 8601 has them: 0000 is 1 BCE and -0044 is 45 BCE.
# - precision is the coarsest calendar unit that holds everything the text allows:
#   2017-XX and 2017-1X are "year", 2017-10-2X is "month", 201X "decade", 20XX "century",
#   2XXX and XXXX "unknown"; every interval is "interval"; a date-time is "day".
# - X may replace only the rightmost digits (level 1): 2017-10-2X yes, 2017-XX-21 no. Negative
#   years take no X. A date-time takes no X and no qualifier.
# - ? ~ % may end any other date, including seasons and Y-years (stricter parsers refuse those).
# - Seasons are northern-hemisphere meteorological ones: winter 2017 is Dec 2017 to Feb 2018.
# - Times need seconds (hh:mm:ss), hours 00-23 (no 24:00:00, no leap second, no fractions);
#   offsets are Z, +hh or +hh:mm, at most 14:00 either way; +00:00 is read as UTC (the
#   EDTF grammar wants Z there, but tools write +00:00 and its meaning is not in doubt).
# - An interval needs at least one dated end, and its start must be able to come on or before
#   its end (2017-10-21/2017-10 is fine; two date-times on the same day compare as instants).

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from typing import Annotated, Literal, NamedTuple

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from factsheet.i18n import Language, current_language, localize_digits
from factsheet.model._edtf_hints import WordDate
from factsheet.model._edtf_hints import suggest as suggest_edtf
from factsheet.model._edtf_words import (
    ENGLISH,
    MONTHS,
    Phrases,
    days_in_month,
    interval_words,
    point_words,
    year_words,
)
from factsheet.model._edtf_words_ar import ARABIC

__all__ = ["EdtfDate", "EdtfError", "Precision", "UncertainDate", "parse_edtf"]

Precision = Literal["day", "month", "season", "year", "decade", "century", "interval", "unknown"]

_EXPECTED = "an EDTF date such as 2017-10-21, 2015-08, 2016-04~ or 2017-10-21/2017-10-23"

# [0-9], not \d: \d would let other scripts' digits through and int() would happily read them.
_DATE_RE = re.compile(
    r"""
    (?:
        Y(?P<long>-?[1-9][0-9]{4,17})            # Y-prefixed year of 5 to 18 digits
    |
        (?P<year>-?[0-9X]{4})
        (?:-(?P<month>[0-9X]{2})
            (?:-(?P<day>[0-9X]{2})
                (?:T(?P<hh>[0-9]{2}):(?P<mi>[0-9]{2}):(?P<ss>[0-9]{2})
                    (?P<tz>Z|[+-][0-9]{2}(?::[0-9]{2})?)?
                )?
            )?
        )?
    )
    (?P<q>[?~%])?
    """,
    re.VERBOSE,
)

_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}  # 13, 14 = next Jan, Feb

#: How each language says a date (the messages of the parser itself are English).
PHRASEBOOKS: dict[Language, Phrases] = {"en": ENGLISH, "ar": ARABIC}

_Ymd = tuple[int, int, int]


class EdtfError(ValueError):
    """Text that is not an EDTF date; the message says what was expected and what was found.

    ``words_to_keep`` holds, for a date written in words that EDTF cannot say whole ("late
    September 2017"), the words the writer should keep in the wording key beside the date;
    the loader's message names that key (loading/messages.py).
    """

    def __init__(self, message: str, words_to_keep: str | None = None) -> None:
        super().__init__(message)
        self.words_to_keep = words_to_keep


class Point(NamedTuple):
    """One date: a whole value or one end of an interval (internal; words are built from it)."""

    lo: _Ymd | None  # None only for XXXX
    hi: _Ymd | None
    precision: Precision
    qualifier: str  # "", "?", "~" or "%"
    match: re.Match[str]  # the written digits, for the words


def _error(whole: str, reason: str | None = None, expected: str = _EXPECTED) -> EdtfError:
    found = repr(whole if len(whole) <= 60 else whole[:57] + "...") if whole else "an empty string"
    if reason is None and (in_words := _words_error(whole, found)):
        return in_words
    reason = reason or _hint(whole)
    return EdtfError(f"expected {expected}; found {found}" + (f" ({reason})" if reason else ""))


# Guesses at what went wrong, tried in order on text the grammar refused (error path only).
_HINTS = (
    (r"[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{2,4}", "write the year first, as in 2017-10-21"),
    (r".*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*", "write months as numbers"),
    (r".*\s.*", "spaces are not allowed inside a date"),
    (r".*[–—].*", "use '/' between the two ends of an interval, as in 2017-10-21/2017-10-23"),
    (r".*[?~%][^/].*", "?, ~ and % may only come at the end of a date"),
    (r".*[xu].*", "write unspecified digits as capital X, as in 201X"),
    (r"Y-?[0-9]{1,4}", "Y is only for years of five or more digits, as in Y170000002"),
    (r"Y-?[0-9]{19,}", "a Y year may have at most 18 digits"),
    (r"\.\.", "'..' stands for an open end of an interval, as in ../2017-10-23"),
    (r".*T[0-9]{2}:[0-9]{2}(?!:).*", "a time needs seconds too, as in 2017-10-21T14:30:00"),
)


def _suggestion(whole: str) -> WordDate | None:
    if len(whole) > 100 or not re.search("[A-Za-z]{3}", whole):
        return None
    return suggest_edtf(whole)


def words_to_keep(value: object) -> str | None:
    """For a date written in words, the words EDTF cannot say ("late", "about"), which the
    writer keeps in the wording key beside the date; None for anything else."""
    suggestion = _suggestion(value) if isinstance(value, str) else None
    if suggestion is None or not suggestion.keep_words:
        return None
    return " ".join(str(value).split())


def _words_error(whole: str, found: str) -> EdtfError | None:
    """For a date in words, the EDTF to write instead (and the words to keep beside it)."""
    suggestion = _suggestion(whole)
    if suggestion is None:
        return None
    advice = f"write {suggestion.edtf}" + (" (YYYY: the year)" if suggestion.needs_year else "")
    return EdtfError(
        f"expected an EDTF date; found the words {found} — {advice}", words_to_keep(whole)
    )


def _hint(text: str) -> str | None:
    if len(text) > 100:  # the longest date, two date-times with offsets, is 51 characters
        return f"{len(text)} characters is far too long for a date"
    return next((hint for pattern, hint in _HINTS if re.fullmatch(pattern, text, re.S)), None)


def _point(s: str, whole: str) -> Point:
    """Parse one date of whole (which the messages quote)."""
    m = _DATE_RE.fullmatch(s)
    if m is None:
        raise _error(whole)
    long_year, year_s, month_s, day_s, hh, q = m.group("long", "year", "month", "day", "hh", "q")
    q = q or ""
    if long_year is not None:
        y = int(long_year)
        return Point((y, 1, 1), (y, 12, 31), "year", q, m)
    if "X" in s:
        return _unspecified(m, whole)
    if year_s == "-0000":
        raise _error(whole, "year 0000 has no sign")
    y = int(year_s)
    if month_s is None:
        return Point((y, 1, 1), (y, 12, 31), "year", q, m)
    mo = int(month_s)
    if day_s is None:
        if 1 <= mo <= 12:
            return Point((y, mo, 1), (y, mo, days_in_month(y, mo)), "month", q, m)
        if mo in _SEASON_MONTHS:
            first, last = _SEASON_MONTHS[mo]
            y2, last = (y + 1, last - 12) if last > 12 else (y, last)
            return Point((y, first, 1), (y2, last, days_in_month(y2, last)), "season", q, m)
        raise _error(whole, f"there is no month {month_s}; months are 01–12 and seasons 21–24")
    if not 1 <= mo <= 12:
        raise _error(whole, f"there is no month {month_s}; months are 01–12")
    d = int(day_s)
    dim = days_in_month(y, mo)
    if not 1 <= d <= dim:
        reason = "there is no day 00" if d == 0 else f"{MONTHS[mo]} {year_words(y)} has {dim} days"
        raise _error(whole, reason)
    if hh is not None:
        _check_time(m, whole)
    return Point((y, mo, d), (y, mo, d), "day", q, m)


def _check_time(m: re.Match[str], whole: str) -> None:
    hh, mi, ss, tz, q = m.group("hh", "mi", "ss", "tz", "q")
    if q:
        raise _error(whole, "a date with a time cannot carry ?, ~ or %")
    if int(hh) > 23 or int(mi) > 59 or int(ss) > 59:
        raise _error(whole, f"there is no time {hh}:{mi}:{ss}; times run 00:00:00–23:59:59")
    if tz is not None and tz != "Z":
        oh, om = int(tz[1:3]), int(tz[4:6] or 0)
        if om > 59 or oh * 60 + om > 14 * 60:
            raise _error(whole, f"time zone offsets run from -14:00 to +14:00, not {tz}")


def _unspecified(m: re.Match[str], whole: str) -> Point:
    """A date with X digits: the slow, rare path."""
    year_s, month_s, day_s, hh, q = m.group("year", "month", "day", "hh", "q")
    q = q or ""
    digits = year_s + (month_s or "") + (day_s or "")
    if hh is not None:
        raise _error(whole, "a date with a time cannot have X digits")
    if year_s.startswith("-"):
        raise _error(whole, "a negative year needs all four digits")
    if digits[digits.index("X") :].strip("X"):
        raise _error(whole, "X may only replace the rightmost digits, as in 201X or 2017-10-2X")
    if "X" in year_s:
        if year_s == "XXXX":
            return Point(None, None, "unknown", q, m)
        lo_y, hi_y = int(year_s.replace("X", "0")), int(year_s.replace("X", "9"))
        precision: Precision = ("decade", "century", "unknown")[year_s.count("X") - 1]
        return Point((lo_y, 1, 1), (hi_y, 12, 31), precision, q, m)
    y = int(year_s)
    if "X" in month_s:
        months = {"XX": (1, 12), "0X": (1, 9), "1X": (10, 12)}.get(month_s)
        if months is None:
            raise _error(whole, f"there is no month {month_s}; months are 01–12")
        lo_m, hi_m = months
        return Point((y, lo_m, 1), (y, hi_m, days_in_month(y, hi_m)), "year", q, m)
    mo = int(month_s)
    if not 1 <= mo <= 12:
        raise _error(whole, f"there is no month {month_s}; months are 01–12")
    dim = days_in_month(y, mo)
    lo_d, hi_d = (1, dim) if day_s == "XX" else (max(int(day_s[0]) * 10, 1), int(day_s[0]) * 10 + 9)
    if lo_d > dim:
        raise _error(whole, f"{MONTHS[mo]} {year_words(y)} has {dim} days, so no day {day_s}")
    return Point((y, mo, lo_d), (y, mo, min(hi_d, dim)), "month", q, m)


def _as_date(ymd: _Ymd | None) -> dt.date | None:
    if ymd is None or not 1 <= ymd[0] <= 9999:
        return None
    return dt.date(*ymd)


def _seconds(p: Point, use_offsets: bool) -> int:
    """A date-time as seconds on one time line (any year: the calendar repeats every 400)."""
    year, month, day, hh, mi, ss, tz = p.match.group("year", "month", "day", "hh", "mi", "ss", "tz")
    y, mo, d = int(year), int(month), int(day)
    days = dt.date(y % 400 + 400, mo, d).toordinal() + (y // 400 - 1) * 146097
    offset = 0
    if use_offsets and tz != "Z":
        offset = (int(tz[1:3]) * 60 + int(tz[4:6] or 0)) * (-60 if tz[0] == "-" else 60)
    return days * 86400 + int(hh) * 3600 + int(mi) * 60 + int(ss) - offset


def _check_order(start: Point, end: Point, whole: str) -> None:
    if start.lo is None or end.hi is None:
        return
    late = start.lo > end.hi
    if not late and start.lo == end.hi and start.match["hh"] and end.match["hh"]:
        # Offsets only mean something if both ends have one; otherwise compare wall clocks.
        zoned = bool(start.match["tz"] and end.match["tz"])
        late = _seconds(start, zoned) > _seconds(end, zoned)
    if late:
        reason = f"{point_words(start)} is after {point_words(end)}"
        raise _error(whole, reason, expected="the start on or before the end")


def _interval(s: str) -> tuple[Point | str, Point | str]:
    """The two ends of interval s: each a Point, ".." (open) or "" (unknown)."""
    start_s, _, end_s = s.partition("/")
    if "/" in end_s:
        reason = "use '-' between year, month and day; '/' only separates an interval's two ends"
        raise _error(s, reason)
    start = start_s if start_s in ("", "..") else _point(start_s, s)
    end = end_s if end_s in ("", "..") else _point(end_s, s)
    if isinstance(start, str) and isinstance(end, str):
        raise _error(s, "at least one end of an interval must be a date")
    if isinstance(start, Point) and isinstance(end, Point):
        _check_order(start, end, s)
    return start, end


# Files repeat the same dates thousands of times; an UncertainDate is frozen, so one parse
# can serve them all (validation of 20,000 events: about 40% less time in dates).
@functools.lru_cache(maxsize=4096)
def parse_edtf(text: str) -> UncertainDate:
    """Parse an EDTF level 0 or 1 string; raise EdtfError saying what is wrong with it."""
    s = text.strip()
    if "/" not in s:
        p = _point(s, s)
        q = p.qualifier
        approximate, uncertain = q in ("~", "%"), q in ("?", "%")
        return UncertainDate(
            s, _as_date(p.lo), _as_date(p.hi), p.precision, approximate, uncertain, False
        )
    start, end = _interval(s)
    lower = _as_date(start.lo) if isinstance(start, Point) else None
    upper = _as_date(end.hi) if isinstance(end, Point) else None
    q = (start.qualifier if isinstance(start, Point) else "") + (
        end.qualifier if isinstance(end, Point) else ""
    )
    approximate, uncertain = "~" in q or "%" in q, "?" in q or "%" in q
    return UncertainDate(s, lower, upper, "interval", approximate, uncertain, True)


@dataclass(frozen=True, slots=True)
class UncertainDate:
    """A parsed EDTF value: the text as written, its calendar bounds and its qualifiers."""

    text: str
    lower: dt.date | None
    upper: dt.date | None
    precision: Precision
    approximate: bool
    uncertain: bool
    is_interval: bool

    def words(self, language: Language | None = None) -> str:
        """In words, e.g. "about April 2016", "أواخر أيلول 2017"; default: current language.

        Arabic digits follow the current digits setting (factsheet.i18n).
        """
        # Parsed again rather than kept: it is cheap, and the fields stay exactly the API.
        language = language or current_language()
        say = PHRASEBOOKS[language]
        if "/" not in self.text:
            words = point_words(_point(self.text, self.text), say)
        else:
            words = interval_words(*_interval(self.text), say)
        return localize_digits(words, language)

    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        """Chronological order by earliest then latest day; an open start sorts first."""
        return (self.lower or dt.date.min, self.upper or dt.date.max, self.text)

    def __str__(self) -> str:
        return self.text


# --- pydantic field type ------------------------------------------------------------------


def _describe(value: object) -> str:
    """Name a non-string value the way a YAML or JSON author would recognise it."""
    if isinstance(value, dt.date):  # datetime too; an unquoted YAML date arrives as one
        return f"a date value {value.isoformat()} (put it in quotes)"
    if isinstance(value, bool | int | float):
        kind = (
            "a boolean"
            if isinstance(value, bool)
            else "an integer"
            if isinstance(value, int)
            else "a number"
        )
        return f"{kind} {json.dumps(value)}"
    names = {type(None): "nothing (null)", list: "a list", tuple: "a list", dict: "a mapping"}
    return names.get(type(value), f"a {type(value).__name__}")


def _validate(value: object) -> UncertainDate:
    if isinstance(value, UncertainDate):
        return value
    # `date: 2017` in YAML is a number, but the writer meant the year: take it as written.
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 9999:
        value = f"{value:04d}"
    if isinstance(value, str):
        try:
            return parse_edtf(value)
        except EdtfError as e:
            # A custom error keeps our message as pydantic's msg, without "Value error, ".
            raise PydanticCustomError("edtf_date", str(e)) from None
    message = f"expected an EDTF date string such as 2017-10-21; found {_describe(value)}"
    raise PydanticCustomError("edtf_date", message)


def _serialise(value: UncertainDate) -> str:
    return value.text


# The shape only (ECMA-262 syntax for JSON Schema users); calendars are checked by the parser.
_ONE = (
    r"(?:Y-?[1-9][0-9]{4,}|-?[0-9X]{4}(?:-[0-9X]{2}(?:-[0-9X]{2}"
    r"(?:T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:Z|[+-][0-9]{2}(?::[0-9]{2})?)?)?)?)?)[?~%]?"
)
JSON_PATTERN = rf"^(?:{_ONE}(?:/(?:{_ONE}|\.\.)?)?|(?:\.\.)?/{_ONE})$"

EdtfDate = Annotated[
    UncertainDate,
    PlainValidator(_validate, json_schema_input_type=str),
    PlainSerializer(_serialise, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": (
                "A date in the Extended Date/Time Format (EDTF, ISO 8601-2), levels 0 and 1: "
                "a day, month or year; ? uncertain, ~ approximate, % both; X for "
                "unspecified digits; 21-24 for seasons; A/B for intervals, .. for an open end "
                "and an empty end for an unknown one."
            ),
            "examples": ["2017-10-21", "2015-08", "2016-04~", "201X", "2017-10-21/2017-10-23"],
            "pattern": JSON_PATTERN,
        }
    ),
]
