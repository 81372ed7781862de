"""The one base of every table model: a views/ Table adapted to Qt's item roles."""

import dataclasses
import html
from collections.abc import Collection, Iterator, Sequence
from typing import Generic, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

from factsheet.model.typed_dates import DaySpan
from factsheet.views.table import Row, Table

#: Raw values for sorting (numbers, dates as tuples) live in this role; text in DisplayRole.
SORT_ROLE = Qt.ItemDataRole.UserRole
#: The id of the item a row shows (claim id, event id, actor id).
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def plain_rich_text(text: str) -> str:
    """``text`` as rich text that shows every character literally, and wraps when long.

    Qt guesses whether a tooltip (or a label) is rich text from its first tag: a title from a
    file such as "<b>x</b>" would otherwise be drawn bold, and "<img src=…>" would be loaded.
    Escaped inside a paragraph it is always rich text, so it is always escaped, and the
    paragraph keeps the text's own line breaks while wrapping long lines.
    """
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A flat, read-only table over a views/ Table: display, sort, id and tooltip roles come
    from the row objects; subclasses add what only Qt knows (icons, alignment).

    Most models show one table at a time (``set_table``) and a proxy sorts them. A model
    whose rows arrive and change while it is shown (the library, as its index reads files)
    replaces rows in place (``update_rows``, ``remove_rows``) and sorts itself (``sort``,
    then ``resort_if_needed``): a QSortFilterProxyModel compares rows through ``data()``,
    two Python calls per comparison, over a second for 5,000 rows; keys computed once and
    ``list.sort`` take milliseconds.
    """

    def __init__(self, headers: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: Table[Row] = Table.empty(headers)
        #: The order ``sort`` was asked for; None while the rows keep the table's own order.
        self._order: tuple[int, Qt.SortOrder] | None = None
        #: Rows were added, or changed where the order looks, since the last sort.
        self._unsorted = False
        #: The table's lists are this model's own (see _own_lists).
        self._owned = False

    def set_table(self, table: Table[Row]) -> None:
        """Show ``table`` (views prepared on the loader's worker thread), in the order
        ``sort`` was asked for if it was."""
        if self._order is not None:
            table = _rearranged(table, _sorted_order(table.rows, *self._order))
        self.beginResetModel()
        self._table = table
        self._unsorted = False
        self._owned = self._order is not None  # sorted: new lists, made here
        self.endResetModel()

    # --- rows that change while shown -----------------------------------------------------

    def update_rows(self, rows: Sequence[Row], haystacks: Sequence[str] | None = None) -> None:
        """Put ``rows`` in place of the shown rows with their ids (one dataChanged per run
        of adjacent rows), and add the others at the end.

        ``haystacks``: the filter text of each row (see WordFilterProxy); None for a model
        whose rows are not filtered by typed words. A sorted model is sorted again by
        ``resort_if_needed``, so that a stream of updates costs one sort, not one each.
        """
        texts = haystacks if haystacks is not None else [""] * len(rows)
        shown, shown_texts, row_of = self._own_lists()
        column = self._order[0] if self._order is not None else None
        changed: list[int] = []
        added: list[tuple[Row, str]] = []
        for row, text in zip(rows, texts, strict=True):
            place = row_of.get(row.item_id) if row.item_id is not None else None
            if place is None:
                added.append((row, text))
                continue
            if column is not None and shown[place].sort_key(column) != row.sort_key(column):
                self._unsorted = True
            shown[place], shown_texts[place] = row, text
            changed.append(place)
        last = self.columnCount() - 1
        for start, end in _runs(changed):
            self.dataChanged.emit(self.index(start, 0), self.index(end, last))
        if added:
            first = len(shown)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for place, (row, text) in enumerate(added, start=first):
                shown.append(row)
                shown_texts.append(text)
                if row.item_id is not None:
                    row_of.setdefault(row.item_id, place)
            self.endInsertRows()
            if self._order is not None:
                self._unsorted = True

    def remove_rows(self, item_ids: Collection[str]) -> None:
        """Remove the rows of these items (one removal per run of adjacent rows)."""
        rows, texts, row_of = self._own_lists()
        gone = [place for place, row in enumerate(rows) if row.item_id in item_ids]
        if not gone:
            return
        removed = set(gone)
        new_place = {
            old: new for new, old in enumerate(p for p in range(len(rows)) if p not in removed)
        }
        # From the last run back, so that the places of the runs before stay true; the ids
        # find their rows again once every run is gone.
        for start, end in reversed(list(_runs(gone))):
            self.beginRemoveRows(QModelIndex(), start, end)
            del rows[start : end + 1]
            del texts[start : end + 1]
            self.endRemoveRows()
        moved = {item: new_place[old] for item, old in row_of.items() if old in new_place}
        row_of.clear()
        row_of.update(moved)

    def _own_lists(self) -> tuple[list[Row], list[str], dict[str, int]]:
        """The shown rows, texts and ids as lists this model changes in place: a table from
        views/ may be shared (views are kept per incident), so it is copied before the first
        change, once, not at every batch of rows."""
        if not self._owned:
            table = self._table
            self._table = dataclasses.replace(
                table,
                rows=list(table.rows),
                haystacks=list(table.haystacks),
                row_of=dict(table.row_of),
                # Rows changed in place (the Library's) are found by their text alone; the
                # Library's own date boxes filter its dates.
                date_spans=(),
            )
            self._owned = True
        table = self._table
        return cast(list[Row], table.rows), cast(list[str], table.haystacks), table.row_of

    # --- a model that sorts itself --------------------------------------------------------

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``'s sort keys, and keep that order for ``set_table``
        and ``resort_if_needed``; views keep their selection (persistent indexes move)."""
        if not 0 <= column < self.columnCount():
            return
        self._order = (column, order)
        self._resort()

    def resort_if_needed(self) -> None:
        """Sort again if rows were added, or changed in the sort column, since the last sort."""
        if self._unsorted:
            self._resort()

    def _resort(self) -> None:
        self._unsorted = False
        if self._order is None:
            return
        order = _sorted_order(self._table.rows, *self._order)
        if order == list(range(len(order))):
            return
        self.layoutAboutToBeChanged.emit()
        moved_to = {old: new for new, old in enumerate(order)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(moved_to[i.row()], i.column()) if i.isValid() else i for i in persistent],
        )
        self._table = _rearranged(self._table, order)
        self._owned = True
        self.layoutChanged.emit()

    @property
    def table(self) -> Table[Row]:
        """The rows shown."""
        return self._table

    def row(self, source_row: int) -> Row:
        """The row object of model row ``source_row``."""
        return self._table.rows[source_row]

    def row_at_index(self, index: _Index) -> Row | None:
        """The row an index points into, or None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self._table.rows):
            return None
        return self._table.rows[index.row()]

    def row_of(self, item_id: str) -> int:
        """The model row of an item id, or -1."""
        return self._table.row_of.get(item_id, -1)

    def haystacks(self) -> Sequence[str]:
        """The lower-cased searchable text of each row (see WordFilterProxy)."""
        return self._table.haystacks

    def date_spans(self) -> Sequence[tuple[DaySpan, ...]]:
        """The days each row's dates span (see WordFilterProxy); empty for undated rows."""
        return self._table.date_spans

    @override
    def rowCount(self, parent: _Index | None = None) -> int:
        """Number of rows (a flat table has no children)."""
        if parent is not None and parent.isValid():
            return 0
        return len(self._table.rows)

    @override
    def columnCount(self, parent: _Index | None = None) -> int:
        """Number of columns."""
        if parent is not None and parent.isValid():
            return 0
        return len(self._table.headers)

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles, and what a title means where it needs saying."""
        headers = self._table.headers
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in self._table.header_tips:
            return plain_rich_text(self._table.header_tips[section])
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, sort key, item id and escaped tooltip from the row; the rest per model."""
        row = self.row_at_index(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == SORT_ROLE:
            return row.sort_key(column)
        if role == ID_ROLE:
            return row.item_id
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = row.tooltip(column)
            return plain_rich_text(tip) if tip else None
        return self.extra_data(row, column, role)

    def extra_data(self, row: Row, column: int, role: int) -> object:
        """Roles only Qt knows (decoration, alignment); none by default."""
        return None


def _sorted_order(rows: Sequence[Row], column: int, order: Qt.SortOrder) -> list[int]:
    """The places of ``rows`` in ``column``'s order (each key computed once; stable)."""
    keys = [row.sort_key(column) for row in rows]
    descending = order == Qt.SortOrder.DescendingOrder
    return sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)  # type: ignore[arg-type]


def _rearranged(table: Table[Row], places: Sequence[int]) -> Table[Row]:
    """The rows at ``places`` in that order (sorted, or some left out); ids follow them."""
    new_place = {old: new for new, old in enumerate(places)}
    return dataclasses.replace(
        table,
        rows=[table.rows[old] for old in places],
        haystacks=[table.haystacks[old] for old in places],
        date_spans=[table.date_spans[old] for old in places] if table.date_spans else (),
        row_of={item: new_place[old] for item, old in table.row_of.items() if old in new_place},
    )


def _runs(places: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Runs of adjacent places, as (first, last): [1, 2, 3, 7] gives (1, 3), (7, 7)."""
    run: list[int] = []
    for place in sorted(set(places)):
        if run and place != run[-1] + 1:
            yield run[0], run[-1]
            run = []
        run.append(place)
    if run:
        yield run[0], run[-1]
