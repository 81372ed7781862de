"""The library's table: one row per incident file, kept up to date as the index reads files."""

import html
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from typing_extensions import override

from factsheet.library import IncidentSummary
from factsheet.model.vocabulary import HANDLING, STATUSES, label
from factsheet.ui.filter_proxy import SORT_ROLE
from factsheet.ui.row_table_model import RowTableModel

# Problems early: a file with errors must be seen without scrolling, even at 1024 px.
HEADERS = (
    "Title",
    "Arabic title",
    "Date",
    "Place",
    "Status",
    "Problems",
    "Handling",
    "Figures",
    "Perpetrators",
    "Claimants",
    "File",
)
(
    TITLE,
    TITLE_AR,
    DATE,
    PLACE,
    STATUS,
    PROBLEMS,
    HANDLING_COLUMN,
    FIGURES,
    PERPETRATORS,
    CLAIMANTS,
    FILE,
) = range(len(HEADERS))
#: The relative path of the file a row shows.
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
_ERROR_COLOUR = QColor("#b3261e")
_READING = "reading…"


def _file_name(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def _rich(text: str) -> str:
    # Always rich text, escaped: a plain tooltip that happened to look like HTML would
    # otherwise be rendered as markup by Qt (strings from a file are data).
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


class LibraryModel(RowTableModel[IncidentSummary]):
    """Rows of ``IncidentSummary``; files still being read show their name and 'reading…'."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)
        self._rows: list[IncidentSummary] = []
        self._row_of: dict[str, int] = {}
        self._pending: set[str] = set()
        self._order: tuple[int, Qt.SortOrder] = (FILE, Qt.SortOrder.AscendingOrder)
        #: Rows were added, or changed in the sort column, since the last sort.
        self._unsorted = False

    # --- content --------------------------------------------------------------------------

    def set_summaries(self, summaries: Iterable[IncidentSummary], pending: Iterable[str]) -> None:
        """Show exactly these files (``pending`` ones as still being read)."""
        self.beginResetModel()
        self._rows = list(summaries)
        known = {s.path for s in self._rows}
        self._pending = set(pending)
        self._rows += [IncidentSummary(path) for path in sorted(self._pending - known)]
        self._rows.sort(key=self._key_of(self._order[0]), reverse=self._descending)
        self._reindex()
        self.endResetModel()

    def update_summaries(self, summaries: Sequence[IncidentSummary]) -> None:
        """Replace the rows of these files, adding those not shown yet; they are read now."""
        changed: list[int] = []
        added = [s for s in summaries if s.path not in self._row_of]
        for summary in summaries:
            row = self._row_of.get(summary.path)
            self._pending.discard(summary.path)
            if row is not None:
                self._rows[row] = summary
                changed.append(row)
        self._emit_changed(changed)
        if added or (changed and self._order[0] != FILE):
            self._unsorted = True  # paths never change: sorted by file, only new rows move
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows += added
            for offset, summary in enumerate(added):
                self._row_of[summary.path] = first + offset
            self.endInsertRows()

    def mark_pending(self, paths: Iterable[str]) -> None:
        """These files changed on disk and are being read again (new ones get a row)."""
        paths = list(paths)
        fresh = [IncidentSummary(path) for path in paths if path not in self._row_of]
        if fresh:
            self.update_summaries(fresh)
        self._pending.update(paths)
        self._emit_changed([self._row_of[path] for path in paths])

    def _emit_changed(self, rows: list[int]) -> None:
        """One dataChanged per run of adjacent rows: a proxy re-sorts only what it is told."""
        last = self.columnCount() - 1
        start = previous = None
        for row in sorted(set(rows)):
            if start is None or previous is None or row != previous + 1:
                if start is not None and previous is not None:
                    self.dataChanged.emit(self.index(start, 0), self.index(previous, last))
                start = row
            previous = row
        if start is not None and previous is not None:
            self.dataChanged.emit(self.index(start, 0), self.index(previous, last))

    def keep_only(self, present: set[str]) -> None:
        """Remove the rows of files no longer under the folder."""
        gone = sorted(
            (row for path, row in self._row_of.items() if path not in present), reverse=True
        )
        for row in gone:
            self.beginRemoveRows(QModelIndex(), row, row)
            path = self._rows.pop(row).path
            self._pending.discard(path)
            self._row_of.pop(path, None)
            self.endRemoveRows()
        if gone:
            self._reindex()

    # --- order: the model sorts itself, once per request, with Python's sort ----------------
    # A QSortFilterProxyModel would compare rows through data() (two Python calls per
    # comparison: 1.2 s for 5,000 rows); keys computed once and list.sort take milliseconds.

    @property
    def _descending(self) -> bool:
        return self._order[1] == Qt.SortOrder.DescendingOrder

    def _key_of(self, column: int) -> Callable[[IncidentSummary], Any]:
        return lambda summary: self._sort_key(summary, column)

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``; views keep their selection (persistent indexes)."""
        if not 0 <= column < len(HEADERS):
            return
        self._order = (column, order)
        self.resort()

    def resort_if_needed(self) -> None:
        """Sort again if rows were added or changed where the order looks."""
        if self._unsorted:
            self.resort()

    def resort(self) -> None:
        """Sort again by the last order asked for (rows were added or changed)."""
        self._unsorted = False
        column, _ = self._order
        keyed = sorted(
            range(len(self._rows)),
            key=lambda row: self._sort_key(self._rows[row], column),
            reverse=self._descending,
        )
        if keyed == list(range(len(self._rows))):
            return
        self.layoutAboutToBeChanged.emit()
        moved_to = {old: new for new, old in enumerate(keyed)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(moved_to[i.row()], i.column()) if i.isValid() else i for i in persistent],
        )
        self._rows = [self._rows[row] for row in keyed]
        self._reindex()
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._row_of = {summary.path: row for row, summary in enumerate(self._rows)}

    def summaries(self) -> list[IncidentSummary]:
        """Every row's summary, in model order."""
        return list(self._rows)

    def summary(self, row: int) -> IncidentSummary:
        """The summary of model row ``row``."""
        return self._rows[row]

    def row_of(self, path: str) -> int | None:
        """The model row of a file, if shown."""
        return self._row_of.get(path)

    def is_pending(self, path: str) -> bool:
        """Is this file still being read?"""
        return path in self._pending

    def haystacks(self) -> Sequence[str]:
        """No typed-word filter here (the index searches): one empty text per row."""
        return [""] * len(self._rows)

    # --- cells ----------------------------------------------------------------------------

    @override
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        summary = self.row_at_index(index)
        if summary is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if role == PATH_ROLE:
            return summary.path
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TITLE_AR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == PROBLEMS and summary.errors:
            return _ERROR_COLOUR
        if role == Qt.ItemDataRole.FontRole and self.is_pending(summary.path):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, summary: IncidentSummary, column: int) -> str:
        if column == TITLE:
            return summary.title or _file_name(summary.path)
        if column == TITLE_AR:
            return summary.title_ar or ""
        if column == DATE:
            return summary.date_words or ""
        if column == PLACE:
            return summary.place or ""
        if column == STATUS:
            return label(STATUSES, summary.status) if summary.status in STATUSES else ""
        if column == HANDLING_COLUMN:
            return label(HANDLING, summary.handling) if summary.handling in HANDLING else ""
        if column == FIGURES:
            return summary.headlines[0] if summary.headlines else ""
        if column == PERPETRATORS:
            return ", ".join(summary.perpetrators)
        if column == CLAIMANTS:
            return ", ".join(summary.claimants)
        if column == PROBLEMS:
            return _READING if self.is_pending(summary.path) else summary.problems_words
        return summary.path

    def _tooltip(self, summary: IncidentSummary, column: int) -> str | None:
        if column == FIGURES and summary.headlines:
            return _rich("\n".join(summary.headlines))
        if column in (TITLE, FILE):
            return _rich(summary.path)
        if column == DATE and summary.date:
            return _rich(f"{summary.date_words} ({summary.date})")
        text = self._text(summary, column)
        return _rich(text) if text else None

    def _sort_key(self, summary: IncidentSummary, column: int) -> Any:
        if column == DATE:
            # Undated (unreadable) files sort before every date, as an open start does.
            return (summary.date_from or "", summary.date_to or "9999", summary.path)
        if column == PROBLEMS:
            return (summary.errors, summary.warnings, summary.path)
        return self._text(summary, column).casefold()
