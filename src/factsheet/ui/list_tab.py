"""The base of the list tabs: filter box, count, table and detail pane, selection and links."""

from collections.abc import Callable
from itertools import pairwise
from typing import ClassVar, Generic

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from factsheet.loading import LoadedIncident
from factsheet.ui.detail_pane import DetailPane
from factsheet.ui.detail_splitter import DetailSplitter
from factsheet.ui.filter_box import FilterBox
from factsheet.ui.filter_proxy import WordFilterProxy
from factsheet.ui.incident_tab import IncidentTab
from factsheet.ui.item_table import make_item_table, select_source_row
from factsheet.ui.row_table_model import RowTableModel
from factsheet.ui.table_fit import TableFit
from factsheet.views import IncidentViews, views_of
from factsheet.views.links import LinkKind
from factsheet.views.plural import shown_of
from factsheet.views.table import Row, Table

#: The widest each column may be sized to its contents (None: as wide as it needs).
ColumnCaps = dict[int, int | None]


class ListTab(IncidentTab, Generic[Row]):
    """One kind of item as a filterable table with the selected item in full beside it.

    A tab is a small subclass: what it lists (``kind``, ``rows_of``), how an item
    reads in full (``detail_html``), and any filters or panes of its own.
    """

    #: What the tab lists, and the count label counts: '3 of 17 actors'.
    kind: ClassVar[LinkKind]
    #: Widest a column may be sized to its contents (None: as wide as it needs); the detail
    #: pane shows long text whole.
    column_caps: ClassVar[ColumnCaps] = {}
    #: The cap of columns not in column_caps (None: no cap).
    other_columns_cap: ClassVar[int | None] = None
    #: Columns whose text wraps (their rows grow to it) and which give up width when the
    #: table is narrower than its columns (ui/table_fit.py): no row needs sideways scrolling.
    wrapped_columns: ClassVar[frozenset[int]] = frozenset()
    #: The column that takes the width left over (None: the last column ends where it ends).
    stretch_column: ClassVar[int | None] = None
    #: Narrower than this, the tab puts its detail pane under the table (None: never moves).
    detail_below_under: ClassVar[int | None] = None

    def __init__(
        self,
        model: RowTableModel[Row],
        *,
        filter_hint: str,
        filter_name: str,
        detail_hint: str,
        table_name: str,
        sortable: bool = True,
        detail_beside: bool = True,
        stretch: tuple[int, int] = (3, 2),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._views: IncidentViews | None = None
        #: The id of the item the detail pane shows (None: it shows none).
        self._shown_item: str | None = None
        self.model = model
        model.setParent(self)
        self.proxy = WordFilterProxy(self)
        self.proxy.set_rows_model(model)
        self.filter_edit = FilterBox(filter_hint, filter_name, self)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = make_item_table(self.proxy, table_name, self, sortable=sortable)
        self.filter_edit.set_results_view(self.table)
        self.detail = DetailPane(detail_hint, self)

        self.fit = TableFit(
            self.table, model, self.proxy, self.wrapped_columns, stretch=self.stretch_column
        )

        self._last_filter: QWidget = self.filter_edit
        self.splitter = DetailSplitter(
            self.table,
            self.detail,
            beside=detail_beside,
            stretch=stretch,
            below_under=self.detail_below_under,
            parent=self,
        )
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.filter_edit, 1)
        self.filters.addWidget(self.count_label)
        self.filters.addWidget(self.splitter.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self._body(self.splitter), 1)
        # The Tab key in the order things are seen: the filter row (its own filters go in
        # after the filter box, add_filter), the Details button that ends it, the table,
        # the item in full.
        self._tab_order(self.filter_edit, self.splitter.toggle, self.table, self.detail)

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.detail.link_activated.connect(self._on_link)
        self._update_count()

    # --- what a subclass says -------------------------------------------------------------

    def rows_of(self, views: IncidentViews) -> Table[Row]:
        """The rows this tab lists."""
        raise NotImplementedError

    def detail_html(self, views: IncidentViews, row: Row) -> str:
        """One item in full, for the detail pane."""
        raise NotImplementedError

    def _body(self, tables: QSplitter) -> QWidget:
        """What goes under the filters: the table and detail pane, or more around them."""
        return tables

    def _incident_changed(self, views: IncidentViews) -> None:
        """Fill the tab's own filters (combo boxes) for a new incident."""

    def _row_filter(self) -> Callable[[Row], bool] | None:
        """The test the tab's own filters make on a row, or None when they pass every row."""
        return None

    def _row_selected(self, row: Row | None) -> None:
        """React to the current row (None: no row)."""

    def _filter_applied(self) -> None:
        """React to the filters once the table shows what they keep (the chart follows)."""

    def _measure_columns(self) -> None:
        """Size the columns to their contents (the header measures only the first rows)."""
        self.table.resizeColumnsToContents()

    def add_filter(self, widget: QWidget) -> None:
        """A filter of the tab's own, between the filter box and the count (and so next in
        the Tab key's order after the filter box and the filters before it)."""
        self.filters.insertWidget(self.filters.indexOf(self.count_label), widget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:  # labels take no part
            QWidget.setTabOrder(self._last_filter, widget)
            self._last_filter = widget

    @staticmethod
    def _tab_order(*widgets: QWidget) -> None:
        """The Tab key goes from each of ``widgets`` to the next."""
        for first, second in pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def clear_filters(self) -> None:
        """Show every row again."""
        self.filter_edit.clear()

    # --- the shared behaviour -------------------------------------------------------------

    @property
    def views(self) -> IncidentViews | None:
        """The views of the incident shown, if any."""
        return self._views

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show the items of a newly loaded incident; filters are kept where they apply."""
        views = self._views = views_of(loaded)
        self.model.set_table(self.rows_of(views))
        self._incident_changed(views)
        self._clear_detail()
        self._on_filter_changed()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns sized to their contents within the caps, those empty for this incident
        hidden, and all of them within the table's width."""
        # Hidden or shown first: a hidden column measures 0 px, and one hidden for the last
        # incident would come back 0 px wide for this one.
        hidden = self.model.table.hidden_columns
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column in hidden)
        self._measure_columns()
        header = self.table.horizontalHeader()
        natural = []
        for column in range(self.model.columnCount()):
            cap = self.column_caps.get(column, self.other_columns_cap)
            width = header.sectionSize(column)
            natural.append(width if cap is None else min(width, cap))
        self.fit.set_natural_widths(natural)

    def focus_filter(self) -> None:
        """Put the keyboard focus in the filter box, its text selected."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def select_item(self, kind: LinkKind, item_id: str) -> bool:
        """Select an item by id, clearing filters that hide it; False for anything else."""
        if kind != self.kind:
            return False
        source_row = self.model.row_of(item_id)
        if source_row < 0:
            return False
        select_source_row(self.table, self.proxy, source_row, self.clear_filters)
        return True

    def current_item_id(self) -> str | None:
        """The id of the item the detail pane shows, if any."""
        row = self.current_row()
        return row.item_id if row is not None else None

    def current_row(self) -> Row | None:
        """The row whose item the detail pane shows, if any."""
        return self.model.row_at_index(self.proxy.mapToSource(self.table.currentIndex()))

    def _on_filter_changed(self) -> None:
        keep = self._row_filter()
        rows = self.model.table.rows
        self.proxy.set_filter(
            self.filter_edit.text(), (lambda r: keep(rows[r])) if keep is not None else None
        )
        self._update_count()
        if self._shown_item is not None and not self._is_shown(self._shown_item):
            # The pane never shows an item the filters hide from the table.
            self._clear_detail()
        self._filter_applied()

    def _is_shown(self, item_id: str) -> bool:
        """True when the filters keep the item's row in the table."""
        source_row = self.model.row_of(item_id)
        return (
            source_row >= 0 and self.proxy.mapFromSource(self.model.index(source_row, 0)).isValid()
        )

    def shown_rows(self) -> list[Row]:
        """The rows the filters keep, in the table's order."""
        proxy = self.proxy
        return [
            self.model.row(proxy.mapToSource(proxy.index(r, 0)).row())
            for r in range(proxy.rowCount())
        ]

    def _clear_detail(self) -> None:
        self._shown_item = None
        self.detail.clear()
        self._row_selected(None)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(shown_of(shown, total, self.kind))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at_index(self.proxy.mapToSource(current))
        if self._views is None or row is None:
            self._clear_detail()
        else:
            self._shown_item = row.item_id
            self.detail.show_html(self.detail_html(self._views, row))
            self._row_selected(row)
        self.current_item_changed.emit()

    def _on_link(self, kind: LinkKind, item_id: str) -> None:
        # Also a link to an item of this tab: the window routes it, and Back sees it.
        self.link_activated.emit(kind, item_id)
