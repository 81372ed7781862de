"""Timeline order and date doubt, shared by the Timeline tab, data notes and the sheet."""

import datetime as dt

from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Incident, TimelineEvent


def chronological_key(date: UncertainDate) -> tuple[dt.date, dt.date, str]:
    """UncertainDate.sort_key, except that an open start sorts by its known end.

    "By 23 October 2017" is placed at 23 October 2017, where a reader looks for it, rather
    than before everything else in the timeline.
    """
    lower, upper, text = date.sort_key()
    if date.lower is None and date.upper is not None:
        lower = date.upper
    return lower, upper, text


def chronological(incident: Incident) -> list[TimelineEvent]:
    """Events by date, ties in file order: the Timeline tab's order and the sheet's E1, E2 …"""
    order = sorted(
        enumerate(incident.timeline), key=lambda pair: (chronological_key(pair[1].date), pair[0])
    )
    return [event for _, event in order]


def date_doubt(date: UncertainDate) -> str | None:
    """Why a reader should not take a date as a plain day or month; None when nothing."""
    if date.approximate and date.uncertain:
        return "approximate and uncertain"
    if date.approximate:
        return "approximate"
    if date.uncertain:
        return "uncertain"
    if date.lower is None or date.upper is None:
        return "open-ended"
    return None
