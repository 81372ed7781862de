"""The Sources tab: every source, numbered as printed, and everything it supports."""

from typing import ClassVar

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from factsheet.i18n import Context
from factsheet.model.incident import Source
from factsheet.ui.list_tab import ColumnCaps, ListTab
from factsheet.ui.row_table_model import RowTableModel
from factsheet.views import IncidentViews
from factsheet.views.details import source_html
from factsheet.views.sources import (
    AUTHOR,
    DATE,
    KIND,
    NUMBER,
    PUBLISHER,
    RELAYS,
    SUPPORTS,
    TITLE,
    SourceRow,
    headers,
)
from factsheet.views.table import Table

SourcesPage = Context("SourcesPage")

_WEB_SCHEMES = ("http", "https")
# Long cells wrap here and show whole in the detail pane below.
_WIDTHS: ColumnCaps = {
    PUBLISHER: 210,
    AUTHOR: 120,
    DATE: 170,
    KIND: 130,
    RELAYS: 110,
    SUPPORTS: 180,
}


class SourceTableModel(RowTableModel[SourceRow]):
    """The incident's sources in file order; sorting and filtering happen in a proxy."""

    def __init__(self) -> None:
        super().__init__(headers())


class SourcesTab(ListTab[SourceRow]):
    """Table of sources with a filter box and a detail pane for the selected one."""

    kind = "source"
    column_caps: ClassVar[ColumnCaps] = _WIDTHS
    other_columns_cap = 400
    wrapped_columns = frozenset({PUBLISHER, AUTHOR, DATE, TITLE, KIND, RELAYS, SUPPORTS})
    stretch_column = TITLE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            SourceTableModel(),
            filter_hint=SourcesPage.tr("Filter sources: publisher, title, kind…"),
            filter_name=SourcesPage.tr("Filter sources"),
            detail_hint=SourcesPage.tr("Select a source to see what it supports."),
            table_name=SourcesPage.tr("Sources"),
            detail_beside=False,
            stretch=(1, 1),
            parent=parent,
        )
        filter_label = QLabel(SourcesPage.tr("F&ilter:"), self)
        filter_label.setBuddy(self.filter_edit)
        self.filters.insertWidget(0, filter_label)
        self.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
        self.detail.anchorClicked.connect(self._on_detail_anchor_clicked)

    def rows_of(self, views: IncidentViews) -> Table[SourceRow]:
        """The sources in note-number order."""
        return views.sources

    def detail_html(self, views: IncidentViews, row: SourceRow) -> str:
        """The source with what it supports and its addresses."""
        return source_html(views.names, row.source, row.support)

    def selected_source(self) -> Source | None:
        """The source in the detail pane, if any."""
        row = self.current_row()
        return row.source if row else None

    @Slot(QUrl)
    def _on_detail_anchor_clicked(self, url: QUrl) -> None:
        from factsheet.ui import dialogs

        # Only a click on an address gets here with a web scheme; the user sees it first.
        if url.scheme() in _WEB_SCHEMES and dialogs.confirm_open_url(self, url.toString()):
            QDesktopServices.openUrl(url)
