"""A sort/filter proxy that matches typed words against a precomputed text per row."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from typing_extensions import override

from factsheet.model.typed_dates import TypedTerm, typed_terms
from factsheet.search_text import query_terms
from factsheet.ui.row_table_model import SORT_ROLE, RowTableModel

#: An extra test on a source row (an actor chosen in a combo box).
RowPredicate = Callable[[int], bool]


def words_of(text: str) -> list[str]:
    """The words (or "quoted phrases") a user typed, folded as the rows' haystacks are
    (views/search_words.py): every one of them must appear in a row."""
    return query_terms(text)


class WordFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose text contains every typed word and that pass an extra predicate.

    A typed date ("2017-10-21", "October 2017", "21 تشرين الأول 2017") also keeps the rows
    whose own dates share a day with it: "2017-10-21" finds an event of 21–23 October.

    The matching is done for all rows in one Python pass when the filter changes, so that
    filterAcceptsRow is a list lookup: 20,000 rows filter within a keystroke.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[TypedTerm] = []
        self._predicate: RowPredicate | None = None
        self._accepted: list[bool] = []
        self._rows_model: RowTableModel[Any] | None = None
        self._stale = True
        #: The rows' date spans laid flat (first days, last days, rows), made once per change
        #: of the rows, not per keystroke; None until a typed date needs them.
        self._flat_spans: tuple[list[int], list[int], list[int]] | None = None

    def set_rows_model(self, model: RowTableModel[Any]) -> None:
        """Filter ``model``, whose rows say what the filter searches; follow its resets,
        and the rows it adds, removes or sorts itself."""
        # Qt rebuilds the proxy's mapping on modelReset, possibly before any slot of ours
        # runs; so a reset only marks the matches stale and filterAcceptsRow redoes them.
        # The matches are kept by source row, so rows that move or come and go do the same.
        for moving in (
            model.modelAboutToBeReset,
            model.layoutAboutToBeChanged,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
        ):
            moving.connect(self._mark_stale)
        self._rows_model = model
        self._stale = True
        self.setSourceModel(model)

    def set_filter(self, text: str, predicate: RowPredicate | None) -> None:
        """Rows that contain every word of ``text`` (case-blind) and pass ``predicate``: one
        pass over the rows per keystroke."""
        # A date among the words is one term (model/typed_dates.py), matched by text or days.
        self._words = typed_terms(words_of(text))
        self._predicate = predicate
        self._refilter()

    def _refilter(self) -> None:
        self._recompute()
        # invalidate() drops the mapping and emits one layoutChanged (selections survive).
        # beginFilterChange/endFilterChange instead emits a removal or an insertion per run
        # of rows, which a view handles far more slowly: clearing a filter over 20,000
        # events took 75 ms that way, against about 30 ms.
        self.invalidate()

    def _mark_stale(self) -> None:
        self._stale = True
        self._flat_spans = None

    def _rows_dated(self, days: tuple[int, int]) -> set[int]:
        """The source rows with a date that shares a day with ``days``."""
        if self._flat_spans is None:
            spans = self._rows_model.date_spans() if self._rows_model else ()
            self._flat_spans = (
                [first for row in spans for first, _ in row],
                [last for row in spans for _, last in row],
                [number for number, row in enumerate(spans) for _ in row],
            )
        firsts, lasts, owners = self._flat_spans
        start, end = days
        return {
            row
            for first, last, row in zip(firsts, lasts, owners, strict=True)
            if first <= end and start <= last
        }

    def _recompute(self) -> None:
        self._stale = False
        haystacks: Sequence[str] = self._rows_model.haystacks() if self._rows_model else ()
        # One comprehension per word over all rows is several times faster than a generator
        # per row; the predicate runs only on rows that match the words.
        accepted = [True] * len(haystacks)
        for term in self._words:
            word = term.text
            before = accepted
            if term.starts_a_word:
                word = f" {word}"
                accepted = [
                    ok and word in f" {hay}" for ok, hay in zip(accepted, haystacks, strict=True)
                ]
            else:
                accepted = [ok and word in hay for ok, hay in zip(accepted, haystacks, strict=True)]
            if term.days is not None:
                # Or a date of the row's own shares a day with it: a loop over those rows
                # only, not a set lookup in every row's test.
                for row in self._rows_dated(term.days):
                    accepted[row] = before[row]
        predicate = self._predicate
        if predicate is not None:
            accepted = [ok and predicate(row) for row, ok in enumerate(accepted)]
        self._accepted = accepted

    @override
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Rows were matched in _recompute (again, once the source's rows changed)."""
        # Called once per row on every keystroke: no calls back into Qt here. The source
        # models are flat tables, so source_parent is always the root.
        if self._stale:
            self._recompute()
        try:
            return self._accepted[source_row]
        except IndexError:
            return True
