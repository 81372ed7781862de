"""Sources as a table: one row per source, numbered as the printed sheet numbers them."""

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from factsheet.loading import LoadedIncident
from factsheet.model.bidi import has_right_to_left, isolate
from factsheet.model.incident import Incident, Source
from factsheet.model.vocabulary import RELIABILITY, SOURCE_KINDS, definition, label
from factsheet.ui.filter_proxy import ID_ROLE, SORT_ROLE
from factsheet.ui.view_cache import per_incident

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "No.",
    "Publisher",
    "Author",
    "Date",
    "Title",
    "Kind",
    "Grade",
    "Consulted",
    "Relays",
    "Supports",
)
NUMBER, PUBLISHER, AUTHOR, DATE, TITLE, KIND, GRADE, CONSULTED, RELAYS, SUPPORTS = range(
    len(COLUMNS)
)


@dataclass(frozen=True, slots=True)
class Support:
    """What one source backs: items that cite it, by kind and id."""

    events: tuple[str, ...]
    claims: tuple[str, ...]
    actors: tuple[str, ...]  # actors whose relations cite it
    relayed_by: tuple[str, ...]  # sources that repeat this one

    def words(self) -> str:
        """'3 events, 2 claims' (or '—')."""
        parts = [
            f"{len(ids)} {name}{'s' if len(ids) != 1 else ''}"
            for ids, name in ((self.events, "event"), (self.claims, "claim"))
            if ids
        ]
        if self.actors:
            parts.append(f"{len(self.actors)} relation{'s' if len(self.actors) != 1 else ''}")
        return ", ".join(parts) or "nothing cites it"


@per_incident
def supports_of(incident: Incident) -> dict[str, Support]:
    """For every source id, what cites it (events incl. their alternative dates, claims…)."""
    # Dicts as ordered sets: file order kept, each id once, no quadratic membership tests.
    events: dict[str, dict[str, None]] = {}
    claims: dict[str, dict[str, None]] = {}
    actors: dict[str, dict[str, None]] = {}
    relayed: dict[str, dict[str, None]] = {}

    def add(table: dict[str, dict[str, None]], source_id: str, item_id: str) -> None:
        table.setdefault(source_id, {})[item_id] = None

    for event in incident.timeline:
        for source_id in event.sources:
            add(events, source_id, event.id)
        for alternative in event.alternative_dates:
            for source_id in alternative.sources:
                add(events, source_id, event.id)
    for claim in incident.claims:
        for source_id in claim.sources:
            add(claims, source_id, claim.id)
    for actor in incident.actors:
        for relation in actor.relations:
            for source_id in relation.sources:
                add(actors, source_id, actor.id)
    for source in incident.sources:
        for relayed_id in source.relays:
            add(relayed, relayed_id, source.id)
    return {
        s.id: Support(
            tuple(events.get(s.id, ())),
            tuple(claims.get(s.id, ())),
            tuple(actors.get(s.id, ())),
            tuple(relayed.get(s.id, ())),
        )
        for s in incident.sources
    }


def source_title(source: Source) -> str:
    """The title (Arabic title beside it), or a bracketed stand-in when it has none."""
    titles = [t for t in (source.title, source.title_ar) if t]
    if not titles:
        return "(untitled)"
    return " · ".join(isolate(t) if has_right_to_left(t) else t for t in titles)


class SourceTableModel(QAbstractTableModel):
    """The incident's sources in file order; sorting and filtering happen in a proxy."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._incident: Incident | None = None
        self._sources: tuple[Source, ...] = ()
        self._supports: dict[str, Support] = {}
        self._cells: list[tuple[str, ...]] = []
        self._haystacks: list[str] = []

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show the sources of a newly loaded incident."""
        self.beginResetModel()
        incident = loaded.incident
        self._incident = incident
        self._sources = incident.sources
        self._supports = supports_of(incident)
        self._cells = [self._row_cells(incident, s) for s in self._sources]
        self._haystacks = [
            " ".join((s.id, *cells)).casefold()
            for s, cells in zip(self._sources, self._cells, strict=True)
        ]
        self.endResetModel()

    @property
    def incident(self) -> Incident | None:
        """The incident shown, if any."""
        return self._incident

    def source_at(self, row: int) -> Source:
        """The source shown in ``row``."""
        return self._sources[row]

    def support(self, source_id: str) -> Support:
        """What cites the source ``source_id``."""
        return self._supports.get(source_id, Support((), (), (), ()))

    def row_of(self, source_id: str) -> int:
        """The row of a source id, or -1."""
        return next((i for i, s in enumerate(self._sources) if s.id == source_id), -1)

    def haystacks(self) -> list[str]:
        """One lower-cased text per row, what the filter searches."""
        return self._haystacks

    def _row_cells(self, incident: Incident, source: Source) -> tuple[str, ...]:
        number = incident.source_numbers[source.id]
        return (
            f"[{number}]",
            incident.actor_name(source.publisher),
            incident.actor_name(source.author) if source.author else "",
            source.published.words() if source.published else "undated",
            source_title(source),
            label(SOURCE_KINDS, source.kind),
            source.reliability or "",
            "yes" if source.consulted else "no, relayed",
            # In note-number order, as a reader looks them up in the list: [3], [4], [5].
            ", ".join(
                f"[{n}]"
                for n in sorted(
                    incident.source_numbers[r]
                    for r in source.relays
                    if r in incident.source_numbers
                )
            ),
            self._supports[source.id].words(),
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == GRADE:
            return "Source reliability, Admiralty grade A (reliable) to F (cannot be judged)"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._sources):
            return None
        row, column = index.row(), index.column()
        source = self._sources[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == SORT_ROLE:
            return self._sort_key(source, row, column)
        if role == ID_ROLE:
            return source.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(source, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._cells[row][column]
        return None

    def _sort_key(self, source: Source, row: int, column: int) -> object:
        if column == NUMBER:
            return row
        if column == DATE:
            # Sortable text: undated sources sort last.
            return (
                "-".join(str(d) for d in source.published.sort_key()[:2])
                if (source.published)
                else "~"
            )
        if column == SUPPORTS:
            support = self._supports[source.id]
            return len(support.events) + len(support.claims)
        return self._cells[row][column].casefold()

    def _tooltip(self, source: Source, column: int) -> str | None:
        if column == GRADE and source.reliability:
            return definition(RELIABILITY, source.reliability)
        if column == KIND:
            return definition(SOURCE_KINDS, source.kind)
        if column == CONSULTED:
            return (
                "The recorder read this source."
                if source.consulted
                else "The recorder knows this source only through another one that relays it."
            )
        if column in (TITLE, SUPPORTS, RELAYS, PUBLISHER, DATE):
            return self._cells[self.row_of(source.id)][column] or None
        return None
