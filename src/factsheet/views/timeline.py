"""The Timeline view: events in date order, with how well each date is known and who says so."""

from dataclasses import dataclass

from factsheet.model.chronology import chronological
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import TimelineEvent
from factsheet.model.vocabulary import ROLES, label
from factsheet.views.names import Names
from factsheet.views.table import Table, cell_or_none

# What happened comes right after the date, its certainty and other sources' dates, so it is
# on screen without scrolling; the source's own words for the date follow it (and the detail
# pane shows them beside the date).
HEADERS = (
    "Date",
    "Certainty",
    "Other dates",
    "What happened",
    "In the source's words",
    "Location",
    "Actors",
    "Sources",
)
DATE, CERTAINTY, OTHER_DATES, TEXT, WORDING, LOCATION, ACTORS, SOURCES = range(len(HEADERS))

_PRECISION_WORDS = {
    "day": "day",
    "month": "month only",
    "season": "season only",
    "year": "year only",
    "decade": "decade only",
    "century": "century only",
    "unknown": "date unknown",
}


def certainty_words(date: UncertainDate) -> str:
    """How well the date is known: 'day', 'month only', 'span, open start', '~ approximate'."""
    if date.is_interval:
        if date.lower is None:
            parts = ["↔ span, open start"]
        elif date.upper is None:
            parts = ["↔ span, open end"]
        else:
            parts = ["↔ span"]
    else:
        parts = [_PRECISION_WORDS.get(date.precision, date.precision)]
    if date.approximate:
        parts.append("~ approximate")
    if date.uncertain:
        parts.append("? uncertain")
    return ", ".join(parts)


def alternative_dates_words(names: Names, event: TimelineEvent) -> str:
    """'21–22 October 2017 (“over the weekend”) [1] TRT World'."""
    parts = []
    for alt in event.alternative_dates:
        text = alt.date.words()
        if alt.wording:
            text += f" (“{alt.wording}”)"
        if alt.sources:
            text += f" {names.sources(alt.sources)}"
        parts.append(text)
    return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event with its cells' text, its place in date order and its actors' ids."""

    event: TimelineEvent
    cells: tuple[str, ...]
    order: int
    actor_ids: frozenset[str]

    @property
    def item_id(self) -> str:
        """The event's id."""
        return self.event.id

    def sort_key(self, column: int) -> object:
        """The rows are in date order already: every column sorts by that order."""
        return self.order

    def tooltip(self, column: int) -> str | None:
        """The whole cell (columns are narrower than long text)."""
        return cell_or_none(self.cells[column])


def _row(names: Names, event: TimelineEvent, order: int) -> tuple[EventRow, str]:
    incident = names.incident
    actors = "; ".join(f"{names.actor(r.actor)} ({label(ROLES, r.role)})" for r in event.actors)
    cells = (
        event.date.words(),
        certainty_words(event.date),
        alternative_dates_words(names, event),
        event.text,
        event.date_wording or "",
        event.location or "",
        actors,
        names.sources(event.sources),
    )
    aliases = [
        alias.name
        for r in event.actors
        if (actor := incident.actors_by_id.get(r.actor))
        for alias in actor.aliases
    ]
    haystack = " ".join((*cells, event.note or "", event.id, *aliases)).casefold()
    return EventRow(event, cells, order, frozenset(r.actor for r in event.actors)), haystack


@dataclass(frozen=True, slots=True)
class TimelineView:
    """The Timeline tab's rows, and every actor some event names (for the actor filter)."""

    table: Table[EventRow]
    actor_ids: frozenset[str]

    @classmethod
    def of(cls, names: Names) -> "TimelineView":
        """The events of ``names.incident`` in chronological order, computed in one pass."""
        built = [_row(names, e, n) for n, e in enumerate(chronological(names.incident))]
        rows = [row for row, _ in built]
        table = Table.of(HEADERS, rows, [haystack for _, haystack in built])
        return cls(table, frozenset(a for row in rows for a in row.actor_ids))
