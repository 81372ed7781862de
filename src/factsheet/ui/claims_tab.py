"""The Casualty claims tab: range chart, one row per claim, and the selected claim in full."""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from factsheet.loading.loader import LoadedIncident
from factsheet.model.incident import Incident
from factsheet.model.vocabulary import OUTCOMES, label
from factsheet.ui.claim_table_model import (
    FIGURE,
    LINKED,
    NOTE,
    ClaimTableModel,
)
from factsheet.ui.claims_chart_widget import ClaimsChartWidget
from factsheet.ui.detail_html import claim_html
from factsheet.ui.detail_pane import DetailPane
from factsheet.ui.filter_box import FilterBox
from factsheet.ui.filter_proxy import WordFilterProxy
from factsheet.ui.item_table import make_item_table, select_source_row

_ANY = ""
_NOBODY = "\x00nobody"  # combo data for claims that name no perpetrator; not a valid id


class ClaimsTab(QWidget):
    """Every casualty claim side by side with its claimant, qualifier, basis and date."""

    link_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incident: Incident | None = None
        self._chart_room_pending = False
        self.model = ClaimTableModel(self)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = FilterBox(
            "Filter claims: claimant, figure, basis, any name…", "Filter claims", self
        )
        self.perpetrator_combo = QComboBox(self)
        self.perpetrator_combo.setAccessibleName("Attributed to")
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setAccessibleName("Outcome")
        self.count_label = QLabel(self)

        self.chart = ClaimsChartWidget(self)
        chart_scroll = self._chart_scroll = QScrollArea(self)
        chart_scroll.setWidget(self.chart)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.table = make_item_table(self.proxy, "Casualty claims", self, sortable=True)
        self.filter_edit.set_results_view(self.table)

        self.detail = DetailPane("Select a claim to see it in full.", self)
        self._lay_out(chart_scroll)
        self._connect()
        self._update_count()

    def _lay_out(self, chart_scroll: QScrollArea) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(QLabel("Attributed to:", self))
        filters.addWidget(self.perpetrator_combo)
        filters.addWidget(self.outcome_combo)
        filters.addWidget(self.count_label)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.table)
        lower.addWidget(self.detail)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        upper_lower = self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        upper_lower.addWidget(chart_scroll)
        upper_lower.addWidget(lower)
        upper_lower.setStretchFactor(0, 2)
        upper_lower.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(upper_lower, 1)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.perpetrator_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.outcome_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.detail.link_activated.connect(self._on_link)
        self.chart.height_changed.connect(self._on_chart_height_changed)
        self.chart.claim_clicked.connect(lambda claim_id: self.select_item("claim", claim_id))

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show the claims of a newly loaded incident; filters are kept where they still apply."""
        self._incident = loaded.incident
        self.model.set_incident(loaded)
        self.chart.set_incident(loaded.incident)
        self._fill_combos(loaded.incident)
        self.detail.clear()
        self._on_filter_changed()
        self._size_columns()
        self._give_chart_room()

    def _give_chart_room(self) -> None:
        # The whole chart when it fits in three fifths of the tab (the rest scrolls); once per
        # incident and only when shown, so a splitter the user has moved stays where it is.
        total = self._splitter.height()
        if not self.isVisible() or total <= 0:
            self._chart_room_pending = True
            return
        self._chart_room_pending = False
        # The table keeps at least two fifths of the tab: enough for a dozen rows.
        chart = min(self._chart_pane_height(self.chart.height()), total * 3 // 5)
        self._splitter.setSizes([chart, total - chart])

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._chart_room_pending:
            self._give_chart_room()

    def _on_chart_height_changed(self, height: int) -> None:
        # The chart's pane never grows past the chart: the table gets the rest of the room.
        self._chart_scroll.setMaximumHeight(self._chart_pane_height(height))

    def _chart_pane_height(self, chart_height: int) -> int:
        margins = self._chart_scroll.contentsMargins()
        return chart_height + margins.top() + margins.bottom() + 2

    def focus_filter(self) -> None:
        """Put the keyboard focus in the filter box, its text selected."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def select_item(self, kind: str, item_id: str) -> bool:
        """Select a claim by id, clearing filters that hide it; False for anything else."""
        if kind != "claim":
            return False
        source_row = self.model.row_of(item_id)
        if source_row < 0:
            return False
        select_source_row(self.table, self.proxy, source_row, self._clear_filters)
        return True

    def _clear_filters(self) -> None:
        self.filter_edit.clear()
        self.perpetrator_combo.setCurrentIndex(0)
        self.outcome_combo.setCurrentIndex(0)

    def _fill_combos(self, incident: Incident) -> None:
        chosen_actor = self.perpetrator_combo.currentData() or _ANY
        chosen_outcome = self.outcome_combo.currentData() or _ANY
        blamed = {a.actor for c in incident.claims for a in c.perpetrators}
        for combo in (self.perpetrator_combo, self.outcome_combo):
            combo.blockSignals(True)
            combo.clear()
        self.perpetrator_combo.addItem("anyone or nobody", _ANY)
        for actor_id in sorted(blamed, key=lambda a: incident.actor_name(a).casefold()):
            self.perpetrator_combo.addItem(incident.actor_name(actor_id), actor_id)
        if any(not c.perpetrators for c in incident.claims):
            self.perpetrator_combo.addItem("nobody named", _NOBODY)
        outcomes = [o for o in OUTCOMES if any(c.outcome == o for c in incident.claims)]
        self.outcome_combo.addItem("all outcomes", _ANY)
        for outcome in outcomes:
            self.outcome_combo.addItem(label(OUTCOMES, outcome), outcome)
        # A choice between one outcome is no choice: the combo appears when claims differ.
        self.outcome_combo.setVisible(len(outcomes) > 1)
        for combo, chosen in (
            (self.perpetrator_combo, chosen_actor),
            (self.outcome_combo, chosen_outcome),
        ):
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _on_filter_changed(self) -> None:
        actor_id = self.perpetrator_combo.currentData() or _ANY
        outcome = self.outcome_combo.currentData() or _ANY
        model = self.model

        def keep(row: int) -> bool:
            claim = model.claim_at(row)
            if outcome and claim.outcome != outcome:
                return False
            if actor_id == _NOBODY:
                return not claim.perpetrators
            return not actor_id or any(a.actor == actor_id for a in claim.perpetrators)

        self.proxy.set_filter(self.filter_edit.text(), keep if actor_id or outcome else None)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            f"{shown} of {total} claims" if shown != total else f"{total} claims"
        )

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        # Long free text would push everything else off screen; the detail pane shows it all.
        for column in range(self.model.columnCount()):
            if column not in (FIGURE,):
                header.resizeSection(column, min(header.sectionSize(column), 260))
        header.resizeSection(LINKED, min(header.sectionSize(LINKED), 200))
        header.resizeSection(NOTE, min(header.sectionSize(NOTE), 200))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._incident is None or not current.isValid():
            self.detail.clear()
            return
        source_row = self.proxy.mapToSource(current).row()
        claim = self.model.claim_at(source_row)
        self.detail.show_html(claim_html(self._incident, claim, self.model.problems_at(source_row)))
        self.chart.set_highlighted(claim.id)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        # Double-clicking "Linked claims" goes to the claim this one is part of or revises.
        if index.column() != LINKED:
            return
        claim = self.model.claim_at(self.proxy.mapToSource(index).row())
        target = claim.part_of or claim.revises
        if target:
            self.select_item("claim", target)

    def _on_link(self, kind: str, item_id: str) -> None:
        if kind == "claim" and self.select_item(kind, item_id):
            return
        self.link_activated.emit(kind, item_id)
