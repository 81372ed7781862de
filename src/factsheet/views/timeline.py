"""The Timeline view: events in date order, with how well each date is known and who says so."""

from dataclasses import dataclass

from factsheet.model.chronology import chronological
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import TimelineEvent
from factsheet.model.vocabulary import ROLES, label
from factsheet.views.bidi import in_line
from factsheet.views.names import Names
from factsheet.views.search_words import PlaceNames, actor_names, date_texts, haystack
from factsheet.views.table import Table, cell_or_none

# What happened comes right after the date, so it is on screen at any width. The date's
# cell says on lines of its own how well the date is known and the source's own words for
# it; other sources' dates follow the text (a column the tab hides when no event has any).
HEADERS = ("Date", "What happened", "Other dates", "Location", "Actors", "Sources")
DATE, TEXT, OTHER_DATES, LOCATION, ACTORS, SOURCES = range(len(HEADERS))

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


def date_cell(date: UncertainDate) -> str:
    """The date and, on a line of its own, how well it is known (unless to the day):
    'about 21 October 2017' / 'day, ~ approximate'."""
    certainty = certainty_words(date)
    if certainty == _PRECISION_WORDS["day"]:
        return date.words()
    return "{date}\n{certainty}".format(date=date.words(), certainty=certainty)


def date_tooltip(event: TimelineEvent) -> str:
    """The date cell with the source's own words for the date, which the table leaves to
    the tooltip and the detail pane (a line more in every row would cost a laptop rows)."""
    if not event.date_wording:
        return date_cell(event.date)
    return "{date}\nIn the source's words: “{words}”".format(
        date=date_cell(event.date), words=in_line(event.date_wording)
    )


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
        """The whole cell (columns are narrower than long text); the date with the source's
        words for it."""
        if column == DATE:
            return date_tooltip(self.event)
        return cell_or_none(self.cells[column])


def _row(
    names: Names, places: PlaceNames, event: TimelineEvent, order: int
) -> tuple[EventRow, str]:
    incident = names.incident
    actors = "; ".join(f"{names.actor(r.actor)} ({label(ROLES, r.role)})" for r in event.actors)
    cells = (
        date_cell(event.date),
        event.text,
        alternative_dates_words(names, event),
        event.location or "",
        actors,
        names.sources(event.sources),
    )
    # Found by every name of its actors and its place, and by its dates as written.
    searched = haystack(
        (
            *cells,
            event.note,
            event.date_wording,
            event.id,
            *(n for r in event.actors for n in actor_names(incident.actors_by_id.get(r.actor))),
            places.of(event.location),
            *date_texts(event.date),
            *(text for alt in event.alternative_dates for text in date_texts(alt.date)),
        )
    )
    return EventRow(event, cells, order, frozenset(r.actor for r in event.actors)), searched


@dataclass(frozen=True, slots=True)
class TimelineView:
    """The Timeline tab's rows, and every actor some event names (for the actor filter)."""

    table: Table[EventRow]
    actor_ids: frozenset[str]

    @classmethod
    def of(cls, names: Names) -> "TimelineView":
        """The events of ``names.incident`` in chronological order, computed in one pass."""
        places = PlaceNames(names.incident)
        events = chronological(names.incident)
        built = [_row(names, places, e, n) for n, e in enumerate(events)]
        rows = [row for row, _ in built]
        table = Table.of(HEADERS, rows, [haystack for _, haystack in built])
        return cls(table, frozenset(a for row in rows for a in row.actor_ids))
