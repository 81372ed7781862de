"""The table view every tab uses: one row per item, single selection, calm defaults."""

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

#: Rows a header measures to fit a column to its contents: never thousands of them.
MEASURED_ROWS = 50


def make_item_table(
    proxy: QSortFilterProxyModel, accessible_name: str, parent: QWidget, *, sortable: bool
) -> QTableView:
    """A read-only table over ``proxy``: whole-row single selection, no row numbers,
    alternating rows, Tab leaving the table, no wrapping (long text shows whole in the
    detail pane), interactive column widths measured on the first rows only, and fixed row
    heights so the view never asks 20,000 rows how tall they want to be.

    A sortable table starts unsorted: the file's own order (the recorder's order, subsets
    after their claim) stays until the user clicks a header.
    """
    table = QTableView(parent)
    table.setModel(proxy)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    # Arrow keys move within the table; Tab leaves it (for the detail pane), as a user of
    # the keyboard expects. Qt's default would keep Tab cycling through the cells for ever.
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    if sortable:
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(MEASURED_ROWS)
    return table


def select_source_row(
    table: QTableView,
    proxy: QSortFilterProxyModel,
    source_row: int,
    clear_filters: Callable[[], None],
) -> None:
    """Select and show the model's row ``source_row``, clearing the filters if they hide it.

    Following a link must always land on the item, even when the user had filtered it out.
    """
    model = proxy.sourceModel()
    index = proxy.mapFromSource(model.index(source_row, 0))
    if not index.isValid():
        clear_filters()
        index = proxy.mapFromSource(model.index(source_row, 0))
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index, QTableView.ScrollHint.PositionAtCenter)
