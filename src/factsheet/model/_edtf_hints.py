"""Dates written in words ("late September 2017") turned into the EDTF to write instead."""

# Error path only: dates.py asks for a suggestion after its grammar refused the text.
# Decisions (a reader of the suggestion can always write something else):
# - early/mid/late of a month are days 1-10, 11-20 and 21 to the end; of a year, January-
#   April, May-August and September-December;
# - about/around/circa/approximately make the date approximate (~ on each end);
# - before/after are exclusive: "before 23 October 2017" is ../2017-10-22; they need a year;
# - seasons use EDTF's 21-24 (spring-winter), which dates.py reads as northern-hemisphere;
# - without a year the suggestion says YYYY, and the wording must still be kept in the
#   _wording key, since only the words say "late", "about" or "before".

import datetime as dt
import re
from dataclasses import dataclass

from factsheet.model._edtf_words import MONTHS, days_in_month

_MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(MONTHS) if name} | {
    name.lower()[:3]: number for number, name in enumerate(MONTHS) if name
}
_MONTH_NUMBERS["sept"] = 9
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_APPROXIMATE = ("about", "around", "circa", "ca", "c", "approximately", "roughly", "some")
_PART = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FILLER = {"the", "of", "in", "on", "at", "a", "an", *_WEEKDAYS, *(d[:3] for d in _WEEKDAYS)}
_ORDINAL = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)")
_NO_YEAR = 2001  # any year without 29 February, for month lengths when none is written


@dataclass(frozen=True, slots=True)
class WordDate:
    """The EDTF to write for words that read as a date; ``keep_words`` when EDTF loses some."""

    edtf: str
    keep_words: bool
    needs_year: bool


def suggest(text: str) -> WordDate | None:
    """The EDTF for a date written in words, or None when the words are not understood."""
    words = _words(text)
    if not words:
        return None
    approximate = words[0] in _APPROXIMATE
    if approximate:
        words = words[1:]
    relation = words[0] if words and words[0] in ("before", "after") else ""
    if relation:
        words = words[1:]
    part = _PART.get(words[0]) if words else None
    if part is not None:
        words = words[1:]
    if relation and part is None and len(words) == 1 and re.fullmatch(r"[0-9]{4}", words[0]):
        year = int(words[0])  # "before 2017"
        edtf = f"../{year - 1:04d}" if relation == "before" else f"{year + 1:04d}/.."
        return WordDate(edtf, keep_words=True, needs_year=False)
    span = _span(words, part)
    if span is None:
        return None
    start, end, year_known = span
    if relation:
        if not year_known or not start[5:7] or int(start[5:7]) > 12:
            return None  # no year, or a season: "before spring" is not a date to compute
        edtf = f"../{_shifted(start, -1)}" if relation == "before" else f"{_shifted(end, 1)}/.."
    elif start == end:
        edtf = start + ("~" if approximate else "")
    else:
        mark = "~" if approximate else ""
        edtf = f"{start}{mark}/{end}{mark}"
    if not year_known:
        edtf = edtf.replace(str(_NO_YEAR), "YYYY")
    keep = approximate or bool(relation) or part is not None
    return WordDate(edtf, keep_words=keep, needs_year=not year_known)


def _words(text: str) -> list[str]:
    text = _ORDINAL.sub(r"\1", text.lower().replace("mid-", "mid "))
    return [w for w in re.split(r"[\s,.]+", text) if w and w not in _FILLER]


def _span(words: list[str], part: int | None) -> tuple[str, str, bool] | None:
    """The first and last EDTF day, month or season the words name, and whether a year did."""
    year_known = bool(words) and re.fullmatch(r"[0-9]{4}", words[-1]) is not None
    year = int(words[-1]) if year_known else _NO_YEAR
    if year_known:
        words = words[:-1]
    if not words:  # a year alone, such as "late 2017"
        if not year_known or part is None:
            return None
        months = ((1, 4), (5, 8), (9, 12))[part]
        return f"{year:04d}-{months[0]:02d}", f"{year:04d}-{months[1]:02d}", True
    if len(words) == 1 and words[0] in _SEASONS:
        if part is not None:
            return None
        season = f"{year:04d}-{_SEASONS[words[0]]}"
        return season, season, year_known
    days, month = _days_and_month(words)
    if month is None:
        return None
    length = days_in_month(year, month)
    if days is None:
        if part is None:
            first_day, last_day = 0, 0
        else:
            first_day, last_day = ((1, 10), (11, 20), (21, length))[part]
    else:
        if part is not None or not all(1 <= d <= length for d in days):
            return None
        first_day, last_day = days
    if first_day == 0:
        whole = f"{year:04d}-{month:02d}"
        return whole, whole, year_known
    start = f"{year:04d}-{month:02d}-{first_day:02d}"
    end = f"{year:04d}-{month:02d}-{last_day:02d}"
    return start, end, year_known


def _days_and_month(words: list[str]) -> tuple[tuple[int, int] | None, int | None]:
    """("23", "october"), ("october", "23"), ("21", "-", "23", "october") and the like."""
    months = [w for w in words if w in _MONTH_NUMBERS]
    if len(months) != 1:
        return None, None
    month = _MONTH_NUMBERS[months[0]]
    rest = [w for w in words if w != months[0] and w not in ("-", "–", "to", "and", "between")]
    numbers = [piece for w in rest for piece in re.split(r"[-–]", w) if piece]
    if not all(n.isdigit() and len(n) <= 2 for n in numbers):
        return None, None
    if not numbers:
        return None, month
    if len(numbers) == 1:
        return (int(numbers[0]), int(numbers[0])), month
    if len(numbers) == 2 and int(numbers[0]) < int(numbers[1]):
        return (int(numbers[0]), int(numbers[1])), month
    return None, None


def _shifted(edtf: str, step: int) -> str:
    """The day, month or year before (step -1) or after (step 1) an EDTF day, month or year."""
    parts = [int(p) for p in edtf.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts) + dt.timedelta(days=step)
        return day.isoformat()
    if len(parts) == 2 and parts[1] <= 12:
        index = parts[0] * 12 + parts[1] - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return edtf
