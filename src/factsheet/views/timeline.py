"""The Timeline view: events in date order, with how well each date is known and who says so."""

from dataclasses import dataclass

from factsheet.i18n import QT_TRANSLATE_NOOP, Context, join_list, translate
from factsheet.model.chronology import chronological
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import TimelineEvent
from factsheet.model.vocabulary import ROLES, label
from factsheet.views.bidi import in_line
from factsheet.views.names import Names
from factsheet.views.search_words import (
    PlaceNames,
    actor_names,
    date_spans,
    date_texts,
    haystack,
)
from factsheet.views.table import Table, cell_or_none
from factsheet.views.wording import joined_groups, quoted

Timeline = Context("Timeline")

# What happened comes right after the date, so it is on screen at any width. The date's
# cell says on lines of its own how well the date is known and the source's own words for
# it; other sources' dates follow the text (a column the tab hides when no event has any).
HEADERS = (
    QT_TRANSLATE_NOOP("Timeline", "Date"),
    QT_TRANSLATE_NOOP("Timeline", "What happened"),
    QT_TRANSLATE_NOOP("Timeline", "Other dates"),
    QT_TRANSLATE_NOOP("Timeline", "Location"),
    QT_TRANSLATE_NOOP("Timeline", "Actors"),
    QT_TRANSLATE_NOOP("Timeline", "Sources"),
)
DATE, TEXT, OTHER_DATES, LOCATION, ACTORS, SOURCES = range(len(HEADERS))

# How well a date is known, on the line under it in the Timeline's date cell.
_PRECISION_WORDS = {
    "day": QT_TRANSLATE_NOOP("Timeline", "day"),
    "month": QT_TRANSLATE_NOOP("Timeline", "month only"),
    "season": QT_TRANSLATE_NOOP("Timeline", "season only"),
    "year": QT_TRANSLATE_NOOP("Timeline", "year only"),
    "decade": QT_TRANSLATE_NOOP("Timeline", "decade only"),
    "century": QT_TRANSLATE_NOOP("Timeline", "century only"),
    "unknown": QT_TRANSLATE_NOOP("Timeline", "date unknown"),
}


def headers() -> tuple[str, ...]:
    """The column titles in the current language."""
    return tuple(translate("Timeline", header) for header in HEADERS)


def certainty_words(date: UncertainDate) -> str:
    """How well the date is known: 'day', 'month only', 'span, open start', '~ approximate'."""
    if date.is_interval:
        if date.lower is None:
            parts = [Timeline.tr("↔ span, open start")]
        elif date.upper is None:
            parts = [Timeline.tr("↔ span, open end")]
        else:
            parts = [Timeline.tr("↔ span")]
    else:
        precision = _PRECISION_WORDS.get(date.precision)
        parts = [translate("Timeline", precision) if precision else date.precision]
    if date.approximate:
        parts.append(Timeline.tr("~ approximate"))
    if date.uncertain:
        parts.append(Timeline.tr("? uncertain"))
    return join_list(parts)


def date_cell(date: UncertainDate) -> str:
    """The date and, on a line of its own, how well it is known (unless to the day):
    'about 21 October 2017' / 'day, ~ approximate'."""
    if not (date.is_interval or date.approximate or date.uncertain) and date.precision == "day":
        return date.words()
    return "{date}\n{certainty}".format(date=date.words(), certainty=certainty_words(date))


def date_tooltip(event: TimelineEvent) -> str:
    """The date cell with the source's own words for the date, which the table leaves to
    the tooltip and the detail pane (a line more in every row would cost a laptop rows)."""
    if not event.date_wording:
        return date_cell(event.date)
    return "{date}\n{words}".format(
        date=date_cell(event.date),
        words=Timeline.tr("In the source's words: {words}").format(
            words=quoted(event.date_wording)
        ),
    )


def alternative_dates_words(names: Names, event: TimelineEvent) -> str:
    """'21–22 October 2017 (“over the weekend”) [1] TRT World'."""
    parts = []
    for alt in event.alternative_dates:
        text = alt.date.words()
        if alt.wording:
            text += f" ({quoted(alt.wording)})"
        if alt.sources:
            text += f" {names.sources(alt.sources)}"
        parts.append(text)
    return joined_groups(parts)


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
    actors = joined_groups(
        [
            Timeline.tr("{actor} ({role})", "an actor and its role in the event").format(
                actor=names.actor(r.actor), role=label(ROLES, r.role)
            )
            for r in event.actors
        ]
    )
    cells = (
        date_cell(event.date),
        in_line(event.text),
        alternative_dates_words(names, event),
        in_line(event.location) if event.location else "",
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
        spans = [
            date_spans((row.event.date, *(alt.date for alt in row.event.alternative_dates)))
            for row in rows
        ]
        table = Table.of(headers(), rows, [haystack for _, haystack in built], date_spans=spans)
        return cls(table, frozenset(a for row in rows for a in row.actor_ids))
