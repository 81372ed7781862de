"""A table that fits its width: wrapping columns give up room, visible rows grow to their text.

Reading a row must never need the horizontal scroll bar (issue 13: at 1024 px the event text
was mostly off screen). So the columns keep the widths their text wants while they fit; when
they do not, the columns whose text wraps are narrowed, the widest first, and their rows grow
to as many lines as the text needs (at most ``max_lines``; the detail pane shows the rest).

Only the rows on screen are measured, when they come into view: Qt's own ResizeToContents
asks every row of 20,000 for its height, which takes seconds. Heights come from the rows'
text and the font (QTextLayout, as the style lays it out), not from the item model, so measuring a
screenful is a few milliseconds.
"""

import math
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QTableView

from factsheet.ui.row_table_model import RowTableModel

#: A wrapped column is never narrowed below this (unless its text is narrower).
MIN_WRAPPED_WIDTH = 80
#: The share of the width the stretch column keeps when room is short (what happened, the
#: victims): the column a row is read for gives way last.
STRETCH_SHARE = 0.4
#: Lines a row may grow to; longer text ends with '…' (the detail pane shows it all).
MAX_LINES = 5
#: Room above and below a row's lines.
_ROW_PADDING = 8


def fit_widths(
    natural: Sequence[int],
    wrapped: Collection[int],
    available: int,
    *,
    stretch: int | None = None,
    minimums: Sequence[int] | None = None,
    stretch_share: float = STRETCH_SHARE,
) -> list[int]:
    """Column widths that fit ``available`` pixels where they can.

    Columns not in ``wrapped`` keep their natural width. If the natural widths are too
    wide, the ``stretch`` column keeps up to ``stretch_share`` of the width, and the other
    wrapped columns are capped at one common width (the narrower ones keep theirs), never
    below their ``minimums`` (MIN_WRAPPED_WIDTH by default); what they leave goes to the
    stretch column. With room to spare, the stretch column takes it all.
    """
    widths = list(natural)
    columns = range(len(widths))
    floors = [
        min(width, minimums[c] if minimums is not None else MIN_WRAPPED_WIDTH)
        for c, width in enumerate(widths)
    ]
    if stretch not in columns:
        stretch = None
    total = sum(widths)
    if total <= available:
        if stretch is not None:
            widths[stretch] += available - total
        return widths
    fixed = sum(widths[c] for c in columns if c not in wrapped)
    room = max(available - fixed, 0)
    kept = 0
    if stretch is not None and stretch in wrapped:
        kept = min(widths[stretch], max(int(available * stretch_share), floors[stretch]))
    others = [c for c in columns if c in wrapped and c != stretch]
    cap = _water_level(sorted(widths[c] for c in others), max(room - kept, 0))
    for column in others:
        widths[column] = max(min(widths[column], cap), floors[column])
    if stretch is not None and stretch in wrapped:
        left = room - sum(widths[c] for c in others)
        widths[stretch] = max(min(widths[stretch], left), floors[stretch])
    return widths


def _water_level(ascending: list[int], room: int) -> int:
    """The largest cap with sum(min(width, cap)) <= room: narrow columns keep their width."""
    for taken, width in enumerate(ascending):
        left = len(ascending) - taken
        if width * left > room:
            return room // left
        room -= width
    return ascending[-1] if ascending else 0


def lines_height(text: str, font: QFont, width: int, max_lines: int, wrap: bool) -> int:
    """The height of the first ``max_lines`` lines of ``text`` as an item view draws it in
    ``width`` pixels (QCommonStyle's viewItemTextLayout: one layout, wrapped at words).

    Each line is as tall as its own glyphs: Arabic comes from a fallback font whose lines
    are taller than the table font's, so counting lines of the table font's height cut
    Arabic cells where English ones wrapped whole. And the style, laying out a vertically
    centred cell, shows a line only if a next line as tall as it would fit too (else it
    ends the text there with '…'): a tall Arabic line over a short line of digits
    ('22 تشرين الأول' over '2017') needs room for two tall ones.
    """
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.ManualWrap)
    layout.setTextOption(option)
    heights: list[float] = []
    layout.beginLayout()
    try:
        for _ in range(max_lines):
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            heights.append(line.height())
    finally:
        layout.endLayout()
    needed = total = 0.0
    for index, height in enumerate(heights):
        total += height
        if index + 1 < len(heights):  # room for this line and, so the style, one as tall
            needed = max(needed, total + height)
    return math.ceil(max(needed, total))


def _on_screen(table: QTableView, column: int, across: int) -> bool:
    """Is some of ``column`` within the viewport's width (a row grows for what is seen)?"""
    left = table.columnViewportPosition(column)
    return left < across and left + table.columnWidth(column) > 0


class TableFit(QObject):
    """Keeps ``table``'s columns within its width and its visible rows as tall as their text.

    The table's model is ``proxy`` over ``model`` (a RowTableModel whose rows know their
    cells' text). ``set_natural_widths`` gives the widths the columns' text wants; after that
    the fit follows resizes, scrolling, filtering and new incidents by itself.
    """

    def __init__(
        self,
        table: QTableView,
        model: RowTableModel[Any],
        proxy: QSortFilterProxyModel,
        wrapped: frozenset[int],
        *,
        stretch: int | None = None,
        max_lines: int = MAX_LINES,
        fit_through: int | None = None,
        minimum_widths: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(table)
        # Columns that must not wrap in fewer pixels than these (the Library's titles: a
        # title in four lines is not read), beside every column's MIN_WRAPPED_WIDTH.
        self._minimum_widths = dict(minimum_widths or {})
        # The last column that must fit the width (None: every column); those after it keep
        # their natural widths and are scrolled to (the Library: its many columns after the
        # figures).
        self._fit_through = fit_through
        self._table = table
        self._model = model
        self._proxy = proxy
        self._wrapped = wrapped
        self._stretch = stretch
        self._max_lines = max_lines
        self._natural: list[int] = []
        self._scrolling = False
        # What the style keeps free on each side of a cell's text (QCommonStyle's item view
        # margin), and the grid line: the width the text wraps in.
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        self._padding = 2 * (margin + 1) + 1
        table.setWordWrap(bool(wrapped))
        if stretch is not None:  # the fit gives it the room left; Qt must not add more
            table.horizontalHeader().setStretchLastSection(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Fitting rows once per event-loop turn, whatever asked for it: a filter, a scroll
        # and a resize in one turn are one fit.
        self._rows_later = QTimer(self)
        self._rows_later.setSingleShot(True)
        self._rows_later.setInterval(0)
        self._rows_later.timeout.connect(self.fit_rows)
        table.verticalScrollBar().valueChanged.connect(self.fit_rows)  # at once: no flicker
        # Rows grow to the cells on screen only: scrolling sideways shows others.
        table.horizontalScrollBar().valueChanged.connect(self._rows_later.start)
        for signal in (proxy.layoutChanged, proxy.modelReset, proxy.rowsInserted):
            signal.connect(self._rows_later.start)
        table.horizontalHeader().sectionResized.connect(self._on_section_resized)
        table.installEventFilter(self)

    def set_natural_widths(self, widths: Sequence[int]) -> None:
        """The widths the columns' text wants (hidden columns are left out of the fit)."""
        self._natural = list(widths)
        self.fit_columns()

    def available_width(self) -> int:
        """The width the columns may take: the table's, less its frame and a scroll bar
        (kept free whether shown or not, so that rows growing never change the fit)."""
        table = self._table
        return table.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()

    def fit_columns(self) -> None:
        """Give the shown columns widths that fit the table, then fit the rows on screen."""
        table = self._table
        every = [c for c in range(len(self._natural)) if not table.isColumnHidden(c)]
        last = self._fit_through
        shown = [c for c in every if last is None or c <= last]
        if not shown:
            return
        beyond = [c for c in every if c not in shown]
        wrapped = {i for i, column in enumerate(shown) if column in self._wrapped}
        stretch = shown.index(self._stretch) if self._stretch in shown else None
        header = table.horizontalHeader()
        # A column is never narrower than its title: a title cut to 'ounting basi' says
        # nothing.
        titles = header.fontMetrics()
        title_margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 4
        floors = [
            max(
                MIN_WRAPPED_WIDTH,
                self._minimum_widths.get(column, 0),
                titles.horizontalAdvance(
                    str(self._proxy.headerData(column, Qt.Orientation.Horizontal))
                )
                + title_margin,
            )
            for column in shown
        ]
        widths = fit_widths(
            [self._natural[c] for c in shown],
            wrapped,
            self.available_width(),
            stretch=stretch,
            minimums=floors,
        )
        header.blockSignals(True)  # one fit of the rows below, not one per column
        try:
            for column, width in zip(shown, widths, strict=True):
                header.resizeSection(column, width)
            for column in beyond:
                header.resizeSection(column, self._natural[column])
        finally:
            header.blockSignals(False)
        header.viewport().update()
        self.fit_rows()

    def fit_rows(self) -> None:
        """Size the rows on screen to their text (one line for a row without wrapped text)."""
        table, proxy = self._table, self._proxy
        header = table.verticalHeader()
        top = table.rowAt(0)
        if top < 0:
            return
        font = table.font()
        # A table without wrapped columns draws each line whole (elided): its rows grow to
        # their line breaks only.
        wrap = bool(self._wrapped)
        single = header.defaultSectionSize()
        across = table.viewport().width()
        columns = [
            (c, table.columnWidth(c) - self._padding)
            for c in range(proxy.columnCount())
            if not table.isColumnHidden(c) and _on_screen(table, c, across)
        ]
        bottom = table.viewport().height()
        current = table.currentIndex().row() if table.currentIndex().isValid() else -1
        current_was_shown = False
        y = before = header.sectionViewportPosition(top)
        row = top
        while row < proxy.rowCount() and (y < bottom or before < bottom):
            if before < bottom and row == current:
                current_was_shown = True
            before += header.sectionSize(row)
            source = proxy.mapToSource(proxy.index(row, 0)).row()
            cells = self._model.row(source).cells
            text_height = 0
            for column, width in columns:
                text = cells[column]
                if text and (column in self._wrapped or "\n" in text):
                    text_height = max(
                        text_height, lines_height(text, font, max(width, 1), self._max_lines, wrap)
                    )
            height = max(single, text_height + _ROW_PADDING)
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)
            y += height
            row += 1
        # The row just selected (a link followed, a key pressed) was on screen before its
        # neighbours grew: keep it there.
        if current_was_shown and not self._scrolling:
            self._scrolling = True
            try:
                table.scrollTo(table.currentIndex())
            finally:
                self._scrolling = False

    def _on_section_resized(self, _column: int, _old: int, _new: int) -> None:
        # A column dragged by the user: its text wraps anew; the widths stay as dragged
        # until the table's size changes.
        self._rows_later.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Refit when the table's size changes (window resized, pane moved, tab shown)."""
        if watched is self._table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit_columns()
            # The viewport takes its new size only after the table has handled the event.
            self._rows_later.start()
        return False
