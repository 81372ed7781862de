"""The Timeline tab: events in date order with how sure each date is, filterable by actor."""

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from factsheet.i18n import Context
from factsheet.ui.list_tab import ColumnCaps, ListTab
from factsheet.ui.row_table_model import RowTableModel
from factsheet.views import IncidentViews
from factsheet.views.details import event_html
from factsheet.views.names import actors_by_name
from factsheet.views.table import Table
from factsheet.views.timeline import (
    ACTORS,
    DATE,
    LOCATION,
    OTHER_DATES,
    SOURCES,
    TEXT,
    EventRow,
    headers,
)

TimelinePage = Context("TimelinePage")

# Columns are sized from the first rows only: the table never measures 20,000 rows.
_MEASURED_ROWS = 60


class TimelineModel(RowTableModel[EventRow]):
    """Events ordered by their date bounds (file order among equal dates)."""

    def __init__(self) -> None:
        super().__init__(headers())


class TimelineTab(ListTab[EventRow]):
    """What happened when, in the sources' words, with alternative dates beside each event."""

    kind = "event"
    column_caps: ClassVar[ColumnCaps] = {TEXT: 520, ACTORS: 300, OTHER_DATES: 220, DATE: 190}
    other_columns_cap = 200
    # Every column wraps; what happened takes the room left, and gives way last.
    wrapped_columns = frozenset({DATE, TEXT, OTHER_DATES, LOCATION, ACTORS, SOURCES})
    stretch_column = TEXT
    # On a laptop the events need the whole width; the event in full goes under them.
    detail_below_under = 1600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            TimelineModel(),
            filter_hint=TimelinePage.tr("Filter events: words, places, actors, dates…"),
            filter_name=TimelinePage.tr("Filter events"),
            detail_hint=TimelinePage.tr("Select an event to see it in full."),
            table_name=TimelinePage.tr("Timeline events"),
            # Always in date order: re-sorting 20,000 rows would cost every keystroke.
            sortable=False,
            stretch=(3, 1),
            parent=parent,
        )
        # Sorting 20,000 rows on every keystroke is what makes filters slow; the model is
        # already chronological, so the proxy only filters.
        self.proxy.setDynamicSortFilter(False)
        self.actor_combo = QComboBox(self)
        self.actor_combo.setAccessibleName(TimelinePage.tr("Show events of actor"))
        self.add_filter(QLabel(TimelinePage.tr("Actor:"), self))
        self.add_filter(self.actor_combo)
        self.actor_combo.currentIndexChanged.connect(self._on_filter_changed)

    def rows_of(self, views: IncidentViews) -> Table[EventRow]:
        """The events in date order."""
        return views.timeline.table

    def detail_html(self, views: IncidentViews, row: EventRow) -> str:
        """The event in full."""
        return event_html(views.names, row.event)

    def _incident_changed(self, views: IncidentViews) -> None:
        chosen = self.actor_combo.currentData() or ""
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        self.actor_combo.addItem(TimelinePage.tr("all actors"), "")
        for actor_id, name in actors_by_name(views.incident, views.timeline.actor_ids):
            self.actor_combo.addItem(name, actor_id)
        self.actor_combo.setCurrentIndex(max(0, self.actor_combo.findData(chosen)))
        self.actor_combo.blockSignals(False)

    def _row_filter(self) -> Callable[[EventRow], bool] | None:
        actor_id = self.actor_combo.currentData() or ""
        if not actor_id:
            return None
        return lambda row: actor_id in row.actor_ids

    def _measure_columns(self) -> None:
        # The rows' own text, measured on the first rows: no call into the model per cell.
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        rows = self.model.table.rows[:_MEASURED_ROWS]
        padding = metrics.horizontalAdvance("MM")
        for column, title in enumerate(self.model.table.headers):
            widest = max(
                [metrics.horizontalAdvance(title)]
                + [
                    metrics.horizontalAdvance(line)
                    for row in rows
                    for line in row.cells[column].split("\n")
                ]
            )
            header.resizeSection(column, widest + padding)

    def clear_filters(self) -> None:
        """Show every event again."""
        super().clear_filters()
        self.actor_combo.setCurrentIndex(0)

    def show_actor(self, actor_id: str) -> bool:
        """Show only the events of one actor (False when it appears in no event)."""
        found = self.actor_combo.findData(actor_id)
        if found < 0:
            return False
        self.filter_edit.clear()
        self.actor_combo.setCurrentIndex(found)
        return True
