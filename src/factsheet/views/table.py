"""What a list view holds: rows that know their cells, sort keys and tooltips, and lookups."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from factsheet.model.typed_dates import DaySpan


class TableRow(Protocol):
    """One row of a list view, as a Qt item model reads it (see ui/row_table_model.py)."""

    @property
    def item_id(self) -> str | None:
        """The id of the item the row shows (None for rows that show no item)."""
        ...

    @property
    def cells(self) -> tuple[str, ...]:
        """Each column's text."""
        ...

    def sort_key(self, column: int) -> object:
        """What the column sorts by (numbers and dates sort as such, text case-blind)."""
        ...

    def tooltip(self, column: int) -> str | None:
        """Plain text shown over a cell (the item model escapes it), or None."""
        ...


Row = TypeVar("Row", bound=TableRow)


@dataclass(frozen=True, slots=True)
class Table(Generic[Row]):
    """A list view's rows in order, the text a filter searches per row, and each id's row."""

    headers: tuple[str, ...]
    rows: Sequence[Row]
    #: One folded text per row (views/search_words.py): every typed word must be in it.
    haystacks: Sequence[str]
    row_of: dict[str, int]
    #: Tooltips of column titles, by column.
    header_tips: dict[int, str] = field(default_factory=dict)
    #: Columns that say nothing for this incident (no text in any row, or the same text in
    #: every row of a column that says so): a tab hides them.
    hidden_columns: frozenset[int] = frozenset()
    #: The days each row's own dates span (views/search_words.date_spans), for a typed date;
    #: empty for a table whose rows have no dates to search.
    date_spans: Sequence[tuple[DaySpan, ...]] = ()

    @classmethod
    def of(
        cls,
        headers: tuple[str, ...],
        rows: Sequence[Row],
        haystacks: Sequence[str],
        *,
        header_tips: dict[int, str] | None = None,
        last_id_wins: bool = False,
        hidden_when_same: frozenset[int] = frozenset(),
        date_spans: Sequence[tuple[DaySpan, ...]] = (),
    ) -> "Table[Row]":
        """The table of ``rows``; a repeated id (which the loader reports) finds its first
        row, or its last where the model keeps the last (Incident.actors_by_id).

        ``hidden_when_same``: columns that tell rows apart only (the Claims tab's outcome,
        which the chart's headings and the detail pane state): hidden when every row says
        the same, so that a laptop's width goes to the columns that differ.
        """
        row_of: dict[str, int] = {}
        for number, row in enumerate(rows):
            if row.item_id is not None and (last_id_wins or row.item_id not in row_of):
                row_of[row.item_id] = number
        # A column with text stops the scan at its first row with some; an empty one costs a
        # pass over the rows (a few milliseconds at 20,000, on the loader's thread).
        empty = {
            column
            for column in range(len(headers))
            if rows and not any(row.cells[column] for row in rows)
        }
        same = {
            column
            for column in hidden_when_same
            if rows and all(row.cells[column] == rows[0].cells[column] for row in rows)
        }
        hidden = frozenset(empty | same)
        return cls(headers, rows, haystacks, row_of, header_tips or {}, hidden, date_spans)

    @classmethod
    def empty(cls, headers: tuple[str, ...]) -> "Table[Row]":
        """No rows yet (before an incident is shown)."""
        return cls(headers, (), (), {})


def cell_or_none(text: str) -> str | None:
    """A cell's text as its own tooltip (long cells are cut on screen), None when empty."""
    return text or None
