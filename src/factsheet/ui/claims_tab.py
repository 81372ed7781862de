"""The Casualty claims tab: range chart, one row per claim, and the selected claim in full."""

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from factsheet.i18n import Context
from factsheet.model.vocabulary import OUTCOMES, label
from factsheet.ui.claims_chart_widget import ClaimsChartWidget
from factsheet.ui.list_tab import ColumnCaps, ListTab
from factsheet.ui.row_table_model import RowTableModel
from factsheet.views import IncidentViews
from factsheet.views.chart import caption_text
from factsheet.views.claims import (
    ATTRIBUTED,
    BASIS,
    CLAIMANT,
    CLAIMED_ON,
    FIGURE,
    INDEPENDENCE,
    LINKED,
    NOTE,
    NUMBER,
    PERIOD,
    PUBLISHED_IN,
    VICTIMS_COLUMN,
    ClaimRow,
    headers,
)
from factsheet.views.details import claim_html
from factsheet.views.names import actors_by_name
from factsheet.views.table import Table
from factsheet.views.wording import NONE_NAMED, absent

ClaimsPage = Context("ClaimsPage")

_ANY = ""
_NOBODY = "\x00nobody"  # combo data for claims that name no perpetrator; not a valid id


class ClaimTableModel(RowTableModel[ClaimRow]):
    """The claims of one incident as a flat table; never sums or merges figures."""

    def __init__(self) -> None:
        super().__init__(headers())

    @override
    def extra_data(self, row: ClaimRow, column: int, role: int) -> object:
        """A warning sign on claims the loader warned about; figures aligned right."""
        if role == Qt.ItemDataRole.DecorationRole and column == CLAIMANT and row.problems:
            return _warning_icon()
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == CLAIMANT:
            return row.warnings_words()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _warning_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class ClaimsTab(ListTab[ClaimRow]):
    """Every casualty claim side by side with its claimant, qualifier, basis and date."""

    kind = "claim"
    # Long free text would push everything else off screen; the detail pane shows it all.
    # The number ("C12") is short: its column need not be as wide as a header's minimum.
    column_caps: ClassVar[ColumnCaps] = {NUMBER: 48, FIGURE: None, LINKED: 200, NOTE: 200}
    other_columns_cap = 260
    # The figure and the outcome stay on one line; the rest wraps when room is short.
    wrapped_columns = frozenset(
        {
            CLAIMANT,
            BASIS,
            VICTIMS_COLUMN,
            ATTRIBUTED,
            CLAIMED_ON,
            PUBLISHED_IN,
            INDEPENDENCE,
            PERIOD,
            LINKED,
            NOTE,
        }
    )
    stretch_column = VICTIMS_COLUMN
    # Thirteen columns need the tab's whole width on a laptop: the claim in full goes under.
    detail_below_under = 1600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            ClaimTableModel(),
            filter_hint=ClaimsPage.tr("Filter claims: claimant, figure, basis, any name…"),
            filter_name=ClaimsPage.tr("Filter claims"),
            detail_hint=ClaimsPage.tr("Select a claim to see it in full."),
            table_name=ClaimsPage.tr("Casualty claims"),
            # Under the table on a laptop, the claim in full needs fewer lines than the table.
            stretch=(2, 1),
            parent=parent,
        )
        self._chart_room_pending = False
        self._splitter.splitterMoved.connect(self._on_chart_edge_dragged)
        self.perpetrator_combo = QComboBox(self)
        self.perpetrator_combo.setAccessibleName(ClaimsPage.tr("Attributed to"))
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setAccessibleName(ClaimsPage.tr("Outcome"))
        self.add_filter(QLabel(ClaimsPage.tr("Attributed to:"), self))
        self.add_filter(self.perpetrator_combo)
        self.add_filter(self.outcome_combo)
        # The chart between the filter row and the table, as on screen. The chart itself
        # takes the focus, not its scroll area: a screen reader then reads its name and its
        # rows as words (its accessible description); arrow keys scroll its pane.
        self._chart_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._tab_order(self.splitter.toggle, self.chart, self.table)
        self.perpetrator_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.outcome_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.chart.height_changed.connect(self._on_chart_height_changed)
        self.chart.claim_clicked.connect(lambda claim_id: self.select_item("claim", claim_id))
        # Styles give headers a minimum section as wide as a word; "C12" needs less room.
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(
            min(header.minimumSectionSize(), self.fontMetrics().horizontalAdvance("C0000 ") + 8)
        )

    @override
    def _body(self, tables: QSplitter) -> QWidget:
        """The range chart above the table and the detail pane."""
        self.chart = ClaimsChartWidget(self)
        chart_scroll = self._chart_scroll = QScrollArea(self)
        chart_scroll.setWidget(self.chart)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The scroll bar's room is always kept, as the table's is (ui/table_fit.py): one
        # appearing would narrow the chart, wrap its caption onto one more line, and make a
        # chart that just fits whole scroll for ever.
        chart_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # The chart's caption says figures are not added together, under the axis: while the
        # chart scrolls, the caption stays in view under its pane (a fidelity rule, not a
        # footnote to scroll to).
        caveat = self.chart_caveat = QLabel(self)
        caveat.setTextFormat(Qt.TextFormat.PlainText)
        caveat.setWordWrap(True)
        italic = caveat.font()
        italic.setItalic(True)
        caveat.setFont(italic)
        caveat.hide()
        chart_pane = self._chart_pane = QWidget(self)
        pane_layout = self._chart_pane_layout = QVBoxLayout(chart_pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(chart_scroll, 1)
        pane_layout.addWidget(caveat)
        chart_pane.installEventFilter(self)
        upper_lower = self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        # True until the user drags the chart's edge: till then the chart's room follows
        # the chart (its height changes with the width) and the tab's size.
        self._chart_room_ours = True
        upper_lower.installEventFilter(self)
        upper_lower.addWidget(chart_pane)
        upper_lower.addWidget(tables)
        upper_lower.setStretchFactor(0, 2)
        upper_lower.setStretchFactor(1, 3)
        return upper_lower

    def rows_of(self, views: IncidentViews) -> Table[ClaimRow]:
        """The claims in file order."""
        return views.claims

    def detail_html(self, views: IncidentViews, row: ClaimRow) -> str:
        """The claim in full, with the loader's warnings about it."""
        return claim_html(views.names, row.claim, row.problems)

    def _incident_changed(self, views: IncidentViews) -> None:
        self.chart.set_incident(views.incident, views.chart)
        self.chart_caveat.setText(caption_text(views.incident) if views.incident.claims else "")
        self._fill_combos(views)

    def fit_columns(self) -> None:
        """Columns within their caps, then the chart its room."""
        super().fit_columns()
        self._give_chart_room()

    def _give_chart_room(self) -> None:
        # For each incident, and as the chart and the tab change size until the user drags
        # the chart's edge; only when shown.
        total = self._splitter.height() - self._splitter.handleWidth()  # the panes' height
        if not self.isVisible() or total <= 0:
            self._chart_room_pending = True
            return
        self._chart_room_pending = False
        whole = self._chart_pane_height(self.chart.height())
        if self.splitter.orientation() == Qt.Orientation.Horizontal:
            # The claim in full beside the table: the table keeps two fifths of the tab.
            chart = min(whole, total * 3 // 5)
        elif whole <= total // 2:
            # The claim in full under the table: the chart whole if the table and the claim
            # keep half the tab (a desktop screen); else a third (a laptop), and it scrolls.
            chart = whole
        else:
            # A laptop: a third of the tab, ending under a whole row of the chart, and
            # the caption under it.
            chart = min(whole, self._whole_rows_height(total // 3))
        self._splitter.setSizes([chart, total - chart])

    def _whole_rows_height(self, most: int) -> int:
        """The height, at most ``most``, of a chart pane that ends under a whole row of the
        chart, with the caption under the pane."""
        caveat = self.chart_caveat
        caption = caveat.heightForWidth(self._splitter.width()) + self._chart_pane_layout.spacing()
        frame = self._chart_pane_height(0)
        room = most - caption - frame
        layout = self.chart.chart_layout()
        bottoms = [int(rect.bottom()) + 1 for _row, rect in layout.rows] if layout else []
        shown = max([b for b in bottoms if b <= room], default=room)
        return max(shown, 0) + frame + caption

    def _show_caveat_if_cut(self) -> None:
        # Whether the pane shows the whole chart is decided without the caption under it:
        # shown, it takes room from the chart, which would then never fit again.
        cut = self._chart_pane.height() < self._chart_pane_height(self.chart.height())
        self.chart_caveat.setVisible(cut and bool(self.chart_caveat.text()))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: RUF100
        """The caption under the chart's pane while the pane is too short for the chart."""
        if event.type() == QEvent.Type.Resize:
            if watched is self._chart_pane:
                self._show_caveat_if_cut()
            elif watched is self._splitter and self._chart_room_ours:
                self._give_chart_room()
        return super().eventFilter(watched, event)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._chart_room_pending:
            self._give_chart_room()

    def _on_chart_height_changed(self, height: int) -> None:
        # The chart's pane never grows past the chart: the table gets the rest of the room.
        self._chart_scroll.setMaximumHeight(self._chart_pane_height(height))
        self._chart_pane.setMaximumHeight(self._chart_pane_height(height))
        self._show_caveat_if_cut()
        if self._chart_room_ours and self.isVisible():
            self._give_chart_room()

    def _on_chart_edge_dragged(self, _position: int, _index: int) -> None:
        self._chart_room_ours = False

    def _chart_pane_height(self, chart_height: int) -> int:
        # A QFrame's contents margins are its frame.
        margins = self._chart_scroll.contentsMargins()
        return chart_height + margins.top() + margins.bottom()

    def clear_filters(self) -> None:
        """Show every claim again."""
        super().clear_filters()
        self.perpetrator_combo.setCurrentIndex(0)
        self.outcome_combo.setCurrentIndex(0)

    def _fill_combos(self, views: IncidentViews) -> None:
        incident = views.incident
        chosen_actor = self.perpetrator_combo.currentData() or _ANY
        chosen_outcome = self.outcome_combo.currentData() or _ANY
        blamed = {a.actor for c in incident.claims for a in c.perpetrators}
        for combo in (self.perpetrator_combo, self.outcome_combo):
            combo.blockSignals(True)
            combo.clear()
        self.perpetrator_combo.addItem(ClaimsPage.tr("anyone or nobody"), _ANY)
        for actor_id, name in actors_by_name(incident, blamed):
            self.perpetrator_combo.addItem(name, actor_id)
        if any(not c.perpetrators for c in incident.claims):
            self.perpetrator_combo.addItem(absent(NONE_NAMED), _NOBODY)
        outcomes = [o for o in OUTCOMES if any(c.outcome == o for c in incident.claims)]
        self.outcome_combo.addItem(ClaimsPage.tr("all outcomes"), _ANY)
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

    def _row_filter(self) -> Callable[[ClaimRow], bool] | None:
        actor_id = self.perpetrator_combo.currentData() or _ANY
        outcome = self.outcome_combo.currentData() or _ANY
        if not (actor_id or outcome):
            return None

        def keep(row: ClaimRow) -> bool:
            claim = row.claim
            if outcome and claim.outcome != outcome:
                return False
            if actor_id == _NOBODY:
                return not claim.perpetrators
            return not actor_id or any(a.actor == actor_id for a in claim.perpetrators)

        return keep

    def _row_selected(self, row: ClaimRow | None) -> None:
        self.chart.set_highlighted(row.claim.id if row is not None else None)

    def _filter_applied(self) -> None:
        # The chart shows the claims the table shows, and says so when that is not all.
        if self.proxy.rowCount() == self.model.rowCount():
            self.chart.set_shown(None)
        else:
            self.chart.set_shown(frozenset(row.claim.id for row in self.shown_rows()))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        # Double-clicking "Linked claims" goes to the claim this one is part of or revises.
        if index.column() != LINKED:
            return
        row = self.model.row_at_index(self.proxy.mapToSource(index))
        target = row and (row.claim.part_of or row.claim.revises)
        if target:
            self.link_activated.emit("claim", target)  # a link: routed, and Back sees it
