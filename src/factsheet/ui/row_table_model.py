"""The one base of every table model: a views/ Table adapted to Qt's item roles."""

import html
from collections.abc import Sequence
from typing import Generic

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

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
    from the row objects; subclasses add what only Qt knows (icons, alignment)."""

    def __init__(self, headers: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: Table[Row] = Table.empty(headers)

    def set_table(self, table: Table[Row]) -> None:
        """Show ``table`` (views prepared on the loader's worker thread)."""
        self.beginResetModel()
        self._table = table
        self.endResetModel()

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
