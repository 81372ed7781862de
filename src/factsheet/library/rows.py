"""The Library view's rows: what each column shows of a file's summary, sorts by and explains.

Qt-free, like views/: a row is views/table.py's TableRow, which ui/row_table_model.py's
RowTableModel adapts to Qt's roles (escaping the tooltips); ui/library_model.py adds only
what Qt alone knows (alignment, colour, an italic font for files being read).
"""

from factsheet.library.summary import IncidentSummary
from factsheet.views.plural import counted

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
#: What the Problems column says of a file that is being read (again).
READING = "reading…"
#: Lines a row of the Library may grow to (the view's limit): a file with more figures
#: shows the first ones and says how many more there are (the tooltip has them all).
FIGURE_LINES = 5


class LibraryRow:
    """One incident file in the library: its summary, whether it is being read, its cells.

    A row is replaced, never changed, when its file is read again. Its cells are worked out
    when first shown, and a sort asks only for its column's text: a folder of 5,000 files
    is listed, and sorted by file, before one cell of most rows is needed.
    """

    __slots__ = ("_cells", "pending", "summary")

    def __init__(self, summary: IncidentSummary, *, pending: bool = False) -> None:
        self.summary = summary
        #: The file is being read (again): its problems are not known yet.
        self.pending = pending
        self._cells: tuple[str, ...] | None = None

    @property
    def item_id(self) -> str:
        """The file's path relative to the library folder: what identifies a row."""
        return self.summary.path

    @property
    def cells(self) -> tuple[str, ...]:
        """Each column's text, in the order of HEADERS."""
        if self._cells is None:
            self._cells = tuple(self._cell(column) for column in range(len(HEADERS)))
        return self._cells

    def sort_key(self, column: int) -> object:
        """Dates by their earliest day, problems by count; other columns by their text."""
        summary = self.summary
        if column == DATE:
            # Undated (unreadable) files sort before every date, as an open start does.
            return (summary.date_from or "", summary.date_to or "9999", summary.path)
        if column == PROBLEMS:
            return (summary.errors, summary.warnings, summary.path)
        return self._cell(column).casefold()

    def tooltip(self, column: int) -> str | None:
        """The whole text of a cell, and what a cell leaves out (every figure, the path)."""
        summary = self.summary
        if column == FIGURES and summary.headlines:
            return "\n".join(summary.headlines)
        if column in (TITLE, FILE):
            return summary.path
        if column == DATE and summary.date:
            return f"{summary.date_words or ''} ({summary.date})"
        return self.cells[column] or None

    def _cell(self, column: int) -> str:
        summary = self.summary
        if column == TITLE:
            return summary.title or _file_name(summary.path)
        if column == TITLE_AR:
            return summary.title_ar or ""
        if column == DATE:
            return summary.date_words or ""
        if column == PLACE:
            return summary.place or ""
        if column == STATUS:
            return summary.status_words
        if column == PROBLEMS:
            return READING if self.pending else summary.problems_words
        if column == HANDLING_COLUMN:
            return summary.handling_words
        if column == FIGURES:
            return _figure_lines(summary.headlines)
        if column == PERPETRATORS:
            return ", ".join(summary.perpetrators)
        if column == CLAIMANTS:
            return ", ".join(summary.claimants)
        return summary.path


def _figure_lines(headlines: tuple[str, ...]) -> str:
    """Every figure, a line each: a file's second claim is never silently dropped."""
    if len(headlines) <= FIGURE_LINES:
        return "\n".join(headlines)
    shown = headlines[: FIGURE_LINES - 1]
    more = len(headlines) - len(shown)
    return "\n".join([*shown, f"and {counted(more, 'more figure')} (in the tooltip)"])


def _file_name(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]
