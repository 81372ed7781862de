"""A view's table: each id finds its row, the first or the last where an id repeats."""

from dataclasses import dataclass

from factsheet.views.table import Table, cell_or_none


@dataclass(frozen=True)
class _Row:
    item_id: str | None
    cells: tuple[str, ...] = ("x",)

    def sort_key(self, column: int) -> object:
        return self.cells[column]

    def tooltip(self, column: int) -> str | None:
        return cell_or_none(self.cells[column])


def test_ids_find_their_rows() -> None:
    rows = [_Row("a"), _Row("b"), _Row("a"), _Row(None)]
    first = Table.of(("X",), rows, ["a", "b", "a", ""])
    assert first.row_of == {"a": 0, "b": 1}
    last = Table.of(("X",), rows, ["a", "b", "a", ""], last_id_wins=True)
    assert last.row_of == {"a": 2, "b": 1}


def test_an_empty_table_and_empty_cells() -> None:
    empty: Table[_Row] = Table.empty(("A", "B"))
    assert (empty.headers, tuple(empty.rows), empty.row_of) == (("A", "B"), (), {})
    assert cell_or_none("") is None
    assert _Row("a", ("whole text",)).tooltip(0) == "whole text"


def test_columns_that_say_nothing_are_hidden() -> None:
    rows = [_Row("a", ("", "killed", "80")), _Row("b", ("", "killed", "67"))]
    headers = ("Empty", "Outcome", "Figure")
    table = Table.of(headers, rows, ["", ""], hidden_when_same=frozenset({1, 2}))
    assert table.hidden_columns == {0, 1}  # no text anywhere; "killed" on every row
    mixed = [*rows, _Row("c", ("", "missing", "?"))]
    assert Table.of(
        headers, mixed, ["", "", ""], hidden_when_same=frozenset({1})
    ).hidden_columns == {0}
    assert Table.of(headers, rows, ["", ""]).hidden_columns == {0}  # only where the view says
