"""The Library view's rows: what each column shows of a file's summary, sorts by and explains.

Qt-free, like views/: a row is views/table.py's TableRow, which ui/row_table_model.py's
RowTableModel adapts to Qt's roles (escaping the tooltips); ui/library_model.py adds only
what Qt alone knows (alignment, colour, an italic font for files being read).
"""

from functools import lru_cache

from factsheet.i18n import (
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    Context,
    current_digits,
    current_language,
    join_list,
    translate,
)
from factsheet.library.summary import IncidentSummary
from factsheet.printable import shows_something
from factsheet.views.bidi import in_line, right_to_left_now

LibraryColumns = Context("LibraryColumns")

# Problems early: a file with errors must be seen without scrolling, even at 1024 px.
HEADERS = (
    QT_TRANSLATE_NOOP("LibraryColumns", "Title"),
    QT_TRANSLATE_NOOP("LibraryColumns", "Arabic title"),
    QT_TRANSLATE_NOOP("LibraryColumns", "Date"),
    QT_TRANSLATE_NOOP("LibraryColumns", "Place"),
    QT_TRANSLATE_NOOP("LibraryColumns", "Status"),
    QT_TRANSLATE_NOOP("LibraryColumns", "Problems"),
    QT_TRANSLATE_NOOP("LibraryColumns", "Handling"),
    QT_TRANSLATE_NOOP("LibraryColumns", "Figures"),
    QT_TRANSLATE_NOOP("LibraryColumns", "Perpetrators"),
    QT_TRANSLATE_NOOP("LibraryColumns", "Claimants"),
    QT_TRANSLATE_NOOP("LibraryColumns", "File"),
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
# What the Problems column says of a file that is being read (again).
READING = QT_TRANSLATE_NOOP("LibraryColumns", "reading…")
# Figure lines a row of the Library shows: a file with more shows the first ones and says
# how many more there are (the tooltip has them all). A line may wrap in the column.
FIGURE_LINES = 3


def headers() -> tuple[str, ...]:
    """The column titles in the current language."""
    return tuple(translate("LibraryColumns", header) for header in HEADERS)


class LibraryRow:
    """One incident file in the library: its summary, whether it is being read, its cells.

    A row is replaced, never changed, when its file is read again. Its cells are worked out
    when first shown, and a sort asks only for its column's text: a folder of 5,000 files
    is listed, and sorted by file, before one cell of most rows is needed.
    """

    __slots__ = ("_cells", "pending", "summary")

    def __init__(self, summary: IncidentSummary, *, pending: bool = False) -> None:
        self.summary = summary
        # The file is being read (again): its problems are not known yet.
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
            # The lines in full: the heading's attribution, every figure (the cell's are short).
            return "\n".join(_figure_words(summary)[0])
        if column in (TITLE, FILE):
            return summary.path
        if column == DATE and summary.date:
            return LibraryColumns.tr("{words} ({date})", "a date in words, then as written").format(
                words=_date_words(summary), date=summary.date
            )
        return self.cells[column] or None

    def _cell(self, column: int) -> str:
        summary = self.summary
        if column == TITLE:
            # A title of invisible characters alone would leave the cell looking blank.
            title = summary.title or ""
            return title if shows_something(title) else _file_name(summary.path)
        if column == TITLE_AR:
            return summary.title_ar or ""
        if column == DATE:
            return _date_words(summary)
        if column == PLACE:
            return summary.place or ""
        if column == STATUS:
            return summary.status_words
        if column == PROBLEMS:
            return translate("LibraryColumns", READING) if self.pending else summary.problems_words
        if column == HANDLING_COLUMN:
            return summary.handling_words
        if column == FIGURES:
            # Figures first, the attribution short, so that the narrow column shows the figures
            # (an index written before the short lines existed is rebuilt: see index.py).
            return _figure_lines(_figure_words(summary)[1])
        if column == PERPETRATORS:
            return join_list(summary.perpetrators)
        if column == CLAIMANTS:
            return join_list(summary.claimants)
        return summary.path


def _date_words(summary: IncidentSummary) -> str:
    """The incident's date in words in the current language: the index keeps them in
    English (its helper processes read files in no language of the window's)."""
    if summary.date is None or current_language() == SOURCE_LANGUAGE:
        return summary.date_words or ""
    return _words_of(summary.date, current_language(), current_digits()) or (
        summary.date_words or ""
    )


@lru_cache(maxsize=4096)
def _words_of(edtf: str, language: str, digits: str) -> str:
    # Once per date and language: a folder of 5,000 files shares few dates. The parser is
    # the model's, imported only here (the Library view has the model loaded anyway).
    from factsheet.model.dates import EdtfError, parse_edtf

    try:
        return parse_edtf(edtf).words()
    except EdtfError:
        return ""


def _figure_words(summary: IncidentSummary) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The file's figure lines, whole and figures first, in the current language.

    The index words them in every language it has a catalog for; where it has none (its
    figure lines are English only), a right-to-left window isolates each English line,
    else a line that starts with a figure shows it at the far end ('bodies found (PCC) 245').
    """
    language = current_language()
    if language != SOURCE_LANGUAGE and language in summary.headlines_in:
        return summary.headlines_in[language], summary.figures_in.get(language, ())
    whole, short = summary.headlines, summary.figures or summary.headlines
    if right_to_left_now():
        return tuple(map(in_line, whole)), tuple(map(in_line, short))
    return whole, short


def _figure_lines(headlines: tuple[str, ...]) -> str:
    """Every figure line, a line each, or the first ones and how many more: a file's
    second claim is never silently dropped."""
    if len(headlines) <= FIGURE_LINES:
        return "\n".join(headlines)
    shown = headlines[: FIGURE_LINES - 1]
    more = LibraryColumns.tr(
        "and %n more figure(s) (in the tooltip)", None, len(headlines) - len(shown)
    )
    return "\n".join([*shown, more])


def _file_name(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]
