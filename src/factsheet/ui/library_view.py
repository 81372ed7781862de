"""The Library view: every incident file under a folder, searched, filtered, opened, exported."""

import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from factsheet.i18n import Context, format_number
from factsheet.library import IncidentSummary, UpdateReport
from factsheet.library.filters import LibraryFilter
from factsheet.library.rows import (
    CLAIMANTS,
    FIGURES,
    FILE,
    HEADERS,
    PERPETRATORS,
    PLACE,
    PROBLEMS,
    TITLE,
    TITLE_AR,
)
from factsheet.library.scan import not_a_file_reason
from factsheet.model.typed_dates import date_bounds
from factsheet.ui.filter_proxy import WordFilterProxy
from factsheet.ui.item_table import make_item_table
from factsheet.ui.library_filter_bar import LibraryFilterBar, date_hint
from factsheet.ui.library_indexer import LibraryIndexer, ScanNews
from factsheet.ui.library_model import LibraryModel
from factsheet.ui.row_table_model import ID_ROLE
from factsheet.ui.table_fit import TableFit
from factsheet.views.plural import counted, shown_of

# While files are being read, the filters and the search catch up this often.
Library = Context("Library")

CATCH_UP_MS = 1000
# The widths each column's text wants (the fit narrows the wrapped ones to the window).
COLUMN_WIDTHS = (270, 190, 120, 150, 90, 170, 95, 700, 170, 200, 260)
# Columns whose text wraps when room is short; the figures keep the most room.
WRAPPED = frozenset({TITLE, TITLE_AR, PLACE, PROBLEMS, FIGURES, PERPETRATORS, CLAIMANTS})
# The titles are what a row is found by: at 1024 px they keep room for a title of a few
# words in two or three lines (at 80 px they took four or five); the figures, wrapping in
# what is left, still fit their lines in ROW_LINES.
TITLE_WIDTHS_AT_LEAST = {TITLE: 140, TITLE_AR: 90}
# Lines a row may grow to: a few figure lines (rows.FIGURE_LINES), a long one wrapped three
# or four times at 1024 px (the sample's first line is). Only a file of extraordinary lines
# is cut beyond it, with '…' (the tooltip has every line).
ROW_LINES = 12


class LibraryProxy(WordFilterProxy):
    """Filters only: sorting is the model's own (RowTableModel.sort), so clicking a
    header sorts 5,000 rows in milliseconds rather than through data() comparisons."""

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    @property
    def filtering(self) -> bool:
        """Is a predicate hiding rows (else every row shows, and refiltering is waste)?"""
        return self._predicate is not None


class LibraryView(QWidget):
    """A folder's incidents in one table; the search box asks the folder's full-text index."""

    open_requested = Signal(Path)
    export_requested = Signal(object)  # list[Path]
    print_requested = Signal(object)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(Library.tr("Library"))
        self.folder: Path | None = None
        self.indexer: LibraryIndexer | None = None
        self._search_paths: set[str] | None = None
        self._report: UpdateReport | None = None

        self.model = LibraryModel(self)
        self.proxy = LibraryProxy(self)
        self.proxy.set_rows_model(self.model)
        self.table = make_item_table(self.proxy, Library.tr("Incident files"), self, sortable=True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(FILE, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Every column up to the figures fits the window (the problems first, even at
        # 1024 px), the figures wrapping in the most room; the perpetrators, claimants and
        # the file are scrolled to (the figure lines name the claimants and the blamed
        # already). Rows on screen grow to the cells shown.
        self._fit = TableFit(
            self.table,
            self.model,
            self.proxy,
            WRAPPED,
            stretch=FIGURES,
            max_lines=ROW_LINES,
            fit_through=FIGURES,
            minimum_widths=TITLE_WIDTHS_AT_LEAST,
        )
        self._fit.set_natural_widths(COLUMN_WIDTHS)

        self.folder_label = QLabel(self)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.folder_label.font()
        font.setBold(True)
        self.folder_label.setFont(font)
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(Library.tr("Indexing progress"))
        self.progress.hide()
        self.progress_label.hide()

        self.filters = LibraryFilterBar(self)
        self.filters.changed.connect(self.apply_filters)
        self.search_box = self.filters.search_box
        self.search_box.set_results_view(self.table)
        self.date_from, self.date_to = self.filters.date_from, self.filters.date_to
        self.place, self.actor = self.filters.place, self.filters.actor
        self.claimant = self.filters.claimant
        self.status, self.handling = self.filters.status, self.filters.handling

        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(Library.tr("&Open"), self)
        self.open_button.setToolTip(
            Library.tr("Show the incident in the tabs (Enter, or double-click)")
        )
        self.open_button.clicked.connect(self.open_current)
        self.export_button = QPushButton(Library.tr("&Export Selected…"), self)
        self.export_button.clicked.connect(self._export_selected)
        self.print_button = QPushButton(Library.tr("&Print Selected…"), self)
        self.print_button.clicked.connect(self._print_selected)

        self._catch_up = self._catch_up_timer()
        self._layout()
        # Long paths and counts must not widen the window: labels give way (the tooltip and
        # the status keep the whole text), so the main window stays usable at 1024 px.
        for text in (self.folder_label, self.count_label, self.progress_label):
            text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._update_buttons()
        self._update_count()

    def _catch_up_timer(self) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(CATCH_UP_MS)
        timer.timeout.connect(self._catch_up_with_files)
        return timer

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for button in (self.open_button, self.export_button, self.print_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # --- the folder -----------------------------------------------------------------------

    def open_folder(self, folder: Path, cache_folder: Path | None = None) -> None:
        """Show ``folder``'s incident files, indexing on a worker thread; watch it."""
        self.close_folder()
        self.folder = folder
        self.folder_label.setText(str(folder))
        self.folder_label.setToolTip(str(folder))
        self.model.set_summaries([], [])
        indexer = LibraryIndexer(folder, cache_folder, self)
        indexer.scanned.connect(self._on_scanned)
        indexer.indexed.connect(self._on_indexed)
        indexer.progress.connect(self._on_progress)
        indexer.finished.connect(self._on_finished)
        indexer.failed.connect(self._on_failed)
        self.indexer = indexer
        self._report = None
        indexer.start()

    def close_folder(self) -> None:
        """Stop indexing and watching (the window is closing, or another folder opens)."""
        if self.indexer is not None:
            self.indexer.stop()
            self.indexer.deleteLater()
            self.indexer = None

    @property
    def indexing(self) -> bool:
        """Is the index still reading files?"""
        return self.progress.isVisible() or (self.indexer is not None and self._report is None)

    @Slot(object)
    def _on_scanned(self, news: ScanNews) -> None:
        if not self.model.rowCount():
            self.model.set_summaries([*news.known.values(), *news.problems], news.pending)
        else:
            self.model.keep_only(set(news.present))
            self.model.update_summaries(news.problems)
            self.model.mark_pending(news.pending)
        self._report = None if news.pending else self._report
        if news.pending:
            self.progress.setRange(0, len(news.pending))
            self.progress.setValue(0)
            self.progress_label.setText(
                Library.tr("Reading {files}…").format(files=counted(len(news.pending), "file"))
            )
            self.progress.show()
            self.progress_label.show()
        self._refilter()

    @Slot(object)
    def _on_indexed(self, summaries: list[IncidentSummary]) -> None:
        # The rows change in place: the proxy looks again at just them. Filters, the search
        # and the order catch up at most once a second while files keep coming, never per
        # batch: a full refilter maps every row again, and batches arrive ten times a second.
        self.model.update_summaries(summaries)
        if not self._catch_up.isActive():
            self._catch_up.start()  # filters, search and order catch up, once a second

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.progress_label.setText(
            Library.tr("Reading {done} of {files}…").format(
                done=format_number(done), files=counted(total, "file")
            )
        )

    @Slot(object)
    def _on_finished(self, report: UpdateReport) -> None:
        self._report = report
        self.progress.hide()
        self.progress_label.hide()
        self._update_count()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        # The message is the error's own, in English.
        self.progress_label.setText(
            Library.tr("Indexing stopped: {message}").format(message=message)
        )
        self.progress_label.show()

    # --- filters --------------------------------------------------------------------------

    def current_filter(self) -> LibraryFilter:
        """The criteria the filter fields say."""
        return self.filters.criteria()

    def clear_filters(self) -> None:
        """Show every file again."""
        self.filters.clear()

    def _search(self, text: str) -> set[str] | None:
        return self.indexer.search(text) if self.indexer is not None else None

    @Slot()
    def _catch_up_with_files(self) -> None:
        """While files arrive: what they change in the order, the filters and the search."""
        started = time.perf_counter()
        if self._search_paths is not None or not self.current_filter().is_empty:
            self.apply_filters()
        else:
            self.model.resort_if_needed()
            self._update_count()
        # Never more than about 5 % of the GUI thread's time, however large the folder.
        spent_ms = (time.perf_counter() - started) * 1000
        self._catch_up.setInterval(max(CATCH_UP_MS, int(spent_ms * 20)))

    @Slot()
    def apply_filters(self) -> None:
        """Ask the index for the search words, then filter the rows (now, not after a delay)."""
        self.filters.settle()
        self._catch_up.stop()
        self._search_paths = self._search(self.search_box.text())
        self.model.resort_if_needed()
        self._refilter()

    def _refilter(self) -> None:
        criteria = self.current_filter()
        found = self._search_paths
        if criteria.is_empty and found is None:
            if self.proxy.filtering:
                self.proxy.set_filter("", None)
        else:
            model = self.model

            def keep(row: int) -> bool:
                summary = model.summary(row)
                return (found is None or summary.path in found) and criteria.matches(summary)

            self.proxy.set_filter("", keep)  # the search words went to the index
        self._update_count()

    def _update_count(self) -> None:
        unreadable = sum(1 for s in self.model.summaries() if s.errors)
        parts = [shown_of(self.proxy.rowCount(), self.model.rowCount(), "file")]
        if unreadable:
            parts.append(
                Library.tr("{count} with errors (listed with the first one)").format(
                    count=format_number(unreadable)
                )
            )
        for edit in (self.date_from, self.date_to):
            if edit.text().strip() and date_bounds(edit.text()) is None:
                parts.append(
                    Library.tr("{field}: expected {hint}").format(
                        field=edit.placeholderText(), hint=date_hint()
                    )
                )
        if self.indexer is not None and self.indexer.notice:
            parts.append(self.indexer.notice)
        self.count_label.setText(" · ".join(parts))  # the middle dot reads in either script

    # --- opening and output ---------------------------------------------------------------

    def selected_paths(self) -> list[Path]:
        """The selected files, in the table's order."""
        if self.folder is None:
            return []
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.folder / str(index.data(ID_ROLE)) for index in rows]

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_current(self) -> None:
        """Open the current row's incident."""
        self._on_activated(self.table.currentIndex())

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.folder is not None:
            path = self.folder / str(index.data(ID_ROLE))
            # A pipe or a device would block the reader: its row says why it is not opened.
            if not_a_file_reason(path) is None:
                self.open_requested.emit(path)

    def _export_selected(self) -> None:
        paths = self.selected_paths()
        if paths:
            self.export_requested.emit(paths)

    def _print_selected(self) -> None:
        paths = self.selected_paths()
        if paths:
            self.print_requested.emit(paths)

    @Slot()
    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.export_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def shown_paths(self) -> list[str]:
        """The relative paths of the rows shown, in the table's order (for tests and readers)."""
        return [str(self.proxy.index(row, 0).data(ID_ROLE)) for row in range(self.proxy.rowCount())]


__all__ = ["HEADERS", "LibraryView"]
