"""The library's table: one row per incident file, kept up to date as the index reads files."""

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont
from typing_extensions import override

from factsheet.library import IncidentSummary
from factsheet.library.rows import FILE, PROBLEMS, TITLE_AR, LibraryRow, headers
from factsheet.ui.row_table_model import RowTableModel
from factsheet.views.table import Table

_ERROR_COLOUR = QColor("#b3261e")


class LibraryModel(RowTableModel[LibraryRow]):
    """A row per file (``library/rows.py``); files still being read show their name and
    'reading…'. The model sorts itself (by file until a column is chosen), and rows change
    in place as files are read, so that 5,000 rows stay quick (see RowTableModel)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(headers(), parent)
        self._italic: QFont | None = None
        self.sort(FILE)

    # --- content --------------------------------------------------------------------------

    def set_summaries(self, summaries: Iterable[IncidentSummary], pending: Iterable[str]) -> None:
        """Show exactly these files (``pending`` ones as still being read)."""
        waiting = set(pending)
        rows = [LibraryRow(s, pending=s.path in waiting) for s in summaries]
        known = {row.item_id for row in rows}
        rows += [LibraryRow(IncidentSummary(p), pending=True) for p in sorted(waiting - known)]
        # The library's search words go to its index, not to a filter over the rows' text.
        self.set_table(Table.of(headers(), rows, [""] * len(rows)))

    def update_summaries(self, summaries: Sequence[IncidentSummary]) -> None:
        """Replace the rows of these files, adding those not shown yet; they are read now."""
        self.update_rows([LibraryRow(summary) for summary in summaries])

    def mark_pending(self, paths: Iterable[str]) -> None:
        """These files changed on disk and are being read again (new ones get a row)."""
        rows = []
        for path in paths:
            place = self.row_of(path)
            summary = self.row(place).summary if place >= 0 else IncidentSummary(path)
            rows.append(LibraryRow(summary, pending=True))
        self.update_rows(rows)

    def keep_only(self, present: set[str]) -> None:
        """Remove the rows of files no longer under the folder."""
        self.remove_rows({path for path in self.table.row_of if path not in present})

    def summaries(self) -> list[IncidentSummary]:
        """Every row's summary, in model order."""
        return [row.summary for row in self.table.rows]

    def summary(self, row: int) -> IncidentSummary:
        """The summary of model row ``row``."""
        # The filters ask this of every row while the index's worker wants the GIL too:
        # one call, not two.
        return self._table.rows[row].summary

    def is_pending(self, path: str) -> bool:
        """Is this file still being read?"""
        place = self.row_of(path)
        return place >= 0 and self.row(place).pending

    # --- what only Qt knows ---------------------------------------------------------------

    @override
    def extra_data(self, row: LibraryRow, column: int, role: int) -> object:
        """The Arabic title to the right, problems in red, files being read in italics."""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TITLE_AR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == PROBLEMS and row.summary.errors:
            return _ERROR_COLOUR
        if role == Qt.ItemDataRole.FontRole and row.pending:
            if self._italic is None:
                self._italic = QFont()
                self._italic.setItalic(True)
            return self._italic
        return None
