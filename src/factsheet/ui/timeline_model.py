"""TimelineModel: the incident's events in date order, every cell's text computed once."""

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

from factsheet.model.bidi import in_line
from factsheet.model.chronology import chronological
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Incident, TimelineEvent
from factsheet.model.vocabulary import ROLES, label
from factsheet.ui.claim_table_model import source_labels, sources_words
from factsheet.ui.filter_proxy import ID_ROLE, SORT_ROLE
from factsheet.ui.row_table_model import RowTableModel
from factsheet.ui.view_cache import per_incident

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


def alternative_dates_words(
    incident: Incident, event: TimelineEvent, labels: dict[str, str] | None = None
) -> str:
    """'21–22 October 2017 (“over the weekend”) [1] TRT World'."""
    parts = []
    for alt in event.alternative_dates:
        text = alt.date.words()
        if alt.wording:
            text += f" (“{alt.wording}”)"
        if alt.sources:
            text += f" {sources_words(incident, alt.sources, labels)}"
        parts.append(text)
    return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event with its cells' text, its actors' ids and what a filter searches."""

    event: TimelineEvent
    cells: tuple[str, ...]
    actor_ids: frozenset[str]
    haystack: str


@dataclass(frozen=True, slots=True)
class _Names:
    """Actor names and source labels worked out once per incident, not once per event."""

    actors: dict[str, str]
    sources: dict[str, str]

    @classmethod
    def of(cls, incident: Incident) -> "_Names":
        actors = {a.id: in_line(a.name) for a in incident.actors}
        return cls(actors, source_labels(incident))


def _row(incident: Incident, event: TimelineEvent, names: _Names) -> EventRow:
    actors = "; ".join(
        f"{names.actors.get(r.actor, r.actor)} ({label(ROLES, r.role)})" for r in event.actors
    )
    cells = (
        event.date.words(),
        certainty_words(event.date),
        alternative_dates_words(incident, event, names.sources),
        event.text,
        event.date_wording or "",
        event.location or "",
        actors,
        sources_words(incident, event.sources, names.sources),
    )
    aliases = [
        alias.name
        for r in event.actors
        if (actor := incident.actors_by_id.get(r.actor))
        for alias in actor.aliases
    ]
    haystack = " ".join((*cells, event.note or "", event.id, *aliases)).casefold()
    return EventRow(event, cells, frozenset(r.actor for r in event.actors), haystack)


@dataclass(frozen=True, slots=True)
class TimelineRows:
    """Everything the model shows and filters on, computed in one pass over the events."""

    rows: list[EventRow]
    haystacks: list[str]
    row_of: dict[str, int]
    actor_ids: frozenset[str]

    @classmethod
    def of(cls, incident: Incident) -> "TimelineRows":
        names = _Names.of(incident)
        rows = [_row(incident, event, names) for event in chronological(incident)]
        row_of: dict[str, int] = {}
        for i, row in enumerate(rows):
            row_of.setdefault(row.event.id, i)
        actor_ids = frozenset(a for row in rows for a in row.actor_ids)
        return cls(rows, [row.haystack for row in rows], row_of, actor_ids)


@per_incident
def timeline_rows(incident: Incident) -> TimelineRows:
    """The timeline's rows in chronological order, built once per incident (see view_cache)."""
    return TimelineRows.of(incident)


class TimelineModel(RowTableModel[EventRow]):
    """Events ordered by their date bounds (file order among equal dates)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)
        self._prepared = TimelineRows([], [], {}, frozenset())

    def set_incident(self, incident: Incident) -> None:
        """Replace the rows with the timeline of ``incident``."""
        self.beginResetModel()
        self._prepared = timeline_rows(incident)
        self._rows = self._prepared.rows
        self.endResetModel()

    def haystacks(self) -> list[str]:
        """The lower-cased searchable text of each row (see WordFilterProxy)."""
        return self._prepared.haystacks

    def cell_text(self, row: int, column: int) -> str:
        """The text of one cell."""
        return self._rows[row].cells[column]

    def event_at(self, row: int) -> TimelineEvent:
        """The event in row ``row``."""
        return self._rows[row].event

    def has_actor(self, row: int, actor_id: str) -> bool:
        """True when the event in ``row`` names ``actor_id`` among its actors."""
        return actor_id in self._rows[row].actor_ids

    def actor_ids(self) -> set[str]:
        """Every actor that appears in some event."""
        return set(self._prepared.actor_ids)

    def row_of(self, event_id: str) -> int:
        """The row of an event id, or -1."""
        return self._prepared.row_of.get(event_id, -1)

    @override
    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        row = self.row_at_index(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = row.cells[index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == SORT_ROLE:
            return index.row()  # the model is already in chronological order
        if role == ID_ROLE:
            return row.event.id
        return None
