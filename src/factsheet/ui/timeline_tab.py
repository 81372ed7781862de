"""The Timeline tab: events in date order with how sure each date is, filterable by actor."""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factsheet.loading.loader import LoadedIncident
from factsheet.model.incident import Incident
from factsheet.ui.detail_html import event_html
from factsheet.ui.detail_pane import DetailPane
from factsheet.ui.filter_box import FilterBox
from factsheet.ui.filter_proxy import WordFilterProxy
from factsheet.ui.item_table import make_item_table, select_source_row
from factsheet.ui.timeline_model import ACTORS, DATE, OTHER_DATES, TEXT, TimelineModel

# Columns are sized from the first rows only: the table never measures 20,000 rows.
_MEASURED_ROWS = 60
_WIDEST = {TEXT: 520, ACTORS: 360, OTHER_DATES: 170, DATE: 210}
_WIDEST_OTHER = 200


class TimelineTab(QWidget):
    """What happened when, in the sources' words, with alternative dates beside each event."""

    link_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incident: Incident | None = None
        self.model = TimelineModel(self)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # Sorting 20,000 rows on every keystroke is what makes filters slow; the model is
        # already chronological, so the proxy only filters.
        self.proxy.setDynamicSortFilter(False)

        self.filter_edit = FilterBox(
            "Filter events: words, places, actors, dates…", "Filter events", self
        )
        self.actor_combo = QComboBox(self)
        self.actor_combo.setAccessibleName("Show events of actor")
        self.count_label = QLabel(self)
        self.table = self._make_table()
        self.filter_edit.set_results_view(self.table)
        self.detail = DetailPane("Select an event to see it in full.", self)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(QLabel("Actor:", self))
        filters.addWidget(self.actor_combo)
        filters.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.actor_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.detail.link_activated.connect(self._on_link)
        self._update_count()

    def _make_table(self) -> QTableView:
        # Always in date order: re-sorting 20,000 rows would cost every keystroke.
        return make_item_table(self.proxy, "Timeline events", self, sortable=False)

    def _fit_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        rows = min(self.model.rowCount(), _MEASURED_ROWS)
        padding = metrics.horizontalAdvance("MM")
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(
                [metrics.horizontalAdvance(title)]
                + [metrics.horizontalAdvance(self.model.cell_text(r, column)) for r in range(rows)]
            )
            limit = _WIDEST.get(column, _WIDEST_OTHER)
            header.resizeSection(column, min(widest + padding, limit))

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show the timeline of a newly loaded incident."""
        incident = loaded.incident
        self._incident = incident
        self.model.set_incident(incident)
        chosen = self.actor_combo.currentData() or ""
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        self.actor_combo.addItem("all actors", "")
        for actor_id in sorted(
            self.model.actor_ids(), key=lambda a: incident.actor_name(a).casefold()
        ):
            self.actor_combo.addItem(incident.actor_name(actor_id), actor_id)
        self.actor_combo.setCurrentIndex(max(0, self.actor_combo.findData(chosen)))
        self.actor_combo.blockSignals(False)
        self.detail.clear()
        self._on_filter_changed()
        self._fit_columns()

    def focus_filter(self) -> None:
        """Put the keyboard focus in the filter box, its text selected."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def show_actor(self, actor_id: str) -> bool:
        """Show only the events of one actor (False when it appears in no event)."""
        found = self.actor_combo.findData(actor_id)
        if found < 0:
            return False
        self.filter_edit.clear()
        self.actor_combo.setCurrentIndex(found)
        return True

    def select_item(self, kind: str, item_id: str) -> bool:
        """Select an event by id, clearing filters that hide it; False for anything else."""
        if kind != "event":
            return False
        source_row = self.model.row_of(item_id)
        if source_row < 0:
            return False
        select_source_row(self.table, self.proxy, source_row, self._clear_filters)
        return True

    def _clear_filters(self) -> None:
        self.filter_edit.clear()
        self.actor_combo.setCurrentIndex(0)

    def _on_filter_changed(self) -> None:
        actor_id = self.actor_combo.currentData() or ""
        model = self.model
        self.proxy.set_filter(
            self.filter_edit.text(),
            (lambda row: model.has_actor(row, actor_id)) if actor_id else None,
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = f"{shown:,} of {total:,} events" if shown != total else f"{total:,} events"
        self.count_label.setText(text)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._incident is None or not current.isValid():
            self.detail.clear()
            return
        event = self.model.event_at(self.proxy.mapToSource(current).row())
        self.detail.show_html(event_html(self._incident, event))

    def _on_link(self, kind: str, item_id: str) -> None:
        if kind == "event" and self.select_item(kind, item_id):
            return
        self.link_activated.emit(kind, item_id)
