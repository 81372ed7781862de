"""The Actors tab: who is who, by every name; an actor's events, claims and sources."""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from factsheet.loading.loader import LoadedIncident
from factsheet.model.incident import Incident
from factsheet.ui.actor_model import ALIASES, NAME, RELATIONS, ActorTableModel
from factsheet.ui.detail_html import actor_html
from factsheet.ui.detail_pane import DetailPane
from factsheet.ui.filter_box import FilterBox
from factsheet.ui.filter_proxy import WordFilterProxy
from factsheet.ui.item_table import make_item_table, select_source_row

_WIDEST = 300


class ActorsTab(QWidget):
    """Actors with kinds, aliases in all languages and relations; filtering matches aliases."""

    link_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incident: Incident | None = None
        self.model = ActorTableModel(self)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = FilterBox(
            "Filter actors: any name or alias (Daesh, ISIS, ISIL…)", "Filter actors", self
        )
        self.count_label = QLabel(self)

        self.table = make_item_table(self.proxy, "Actors", self, sortable=True)
        self.filter_edit.set_results_view(self.table)
        self.detail = DetailPane("Select an actor to see its events, claims and sources.", self)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.detail.link_activated.connect(self._on_link)
        self._update_count()

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show the actors of a newly loaded incident."""
        self._incident = loaded.incident
        self.model.set_incident(loaded.incident)
        self.detail.clear()
        self._on_filter_changed()
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in (NAME, ALIASES, RELATIONS):
            header.resizeSection(column, min(header.sectionSize(column), _WIDEST))

    def focus_filter(self) -> None:
        """Put the keyboard focus in the filter box, its text selected."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def select_item(self, kind: str, item_id: str) -> bool:
        """Select an actor by id, clearing a filter that hides it; False for anything else."""
        if kind != "actor":
            return False
        source_row = self.model.row_of(item_id)
        if source_row < 0:
            return False
        select_source_row(self.table, self.proxy, source_row, self._clear_filters)
        return True

    def _clear_filters(self) -> None:
        self.filter_edit.clear()

    def _on_filter_changed(self) -> None:
        self.proxy.set_filter(self.filter_edit.text(), None)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = f"{shown} of {total} actors" if shown != total else f"{total} actors"
        self.count_label.setText(text)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._incident is None or not current.isValid():
            self.detail.clear()
            return
        actor = self.model.actor_at(self.proxy.mapToSource(current).row())
        self.detail.show_html(actor_html(self._incident, actor))

    def _on_link(self, kind: str, item_id: str) -> None:
        if kind == "actor" and self.select_item(kind, item_id):
            return
        self.link_activated.emit(kind, item_id)
