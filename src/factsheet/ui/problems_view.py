"""A list of located errors and warnings the user can read, sort and copy."""

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from factsheet.i18n import Context
from factsheet.loading import Problem
from factsheet.ui.row_table_model import RowTableModel
from factsheet.views.file_status import (
    PATH,
    SEVERITY,
    ProblemRow,
    headers,
    problem_detail,
    problems_table,
    problems_text,
)

ProblemsList = Context("ProblemsList")

_Index = QModelIndex | QPersistentModelIndex
# Rows the list keeps room for when it has problems: a pane showing one and a half rows
# hides how many there are and makes the user scroll for the second one. More would take
# a laptop screen's height from the incident (the heading says how many there are).
ROWS_SHOWN_AT_LEAST = 3
# Rows the list asks room for when there is room to spare (the window's splitter decides).
ROWS_WANTED = 8
# The data path column fits its longest path among the first rows, within these widths.
PATH_COLUMN_WIDTHS = (90, 320)
# Rows measured when fitting the path column: thousands of problems are possible.
ROWS_MEASURED = 200


class ProblemTableModel(RowTableModel[ProblemRow]):
    """One row per problem: severity, line:column, data path, message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(headers(), parent)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """The problems shown, in order."""
        return tuple(row.problem for row in self.table.rows)

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Replace the list."""
        self.set_table(problems_table(problems))

    @override
    def extra_data(self, row: ProblemRow, column: int, role: int) -> object:
        """An error or warning sign before the severity."""
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if row.problem.severity == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return _icon(icon)
        return None


def _problems_table(model: ProblemTableModel, parent: QWidget) -> QTableView:
    """The list's table: whole rows selected, one line per problem."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(ProblemsList.tr("Problems"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # One line per problem (thousands are possible, and wrapped rows would each need
    # measuring); a message too long for its cell is cut at the end, so its start, which
    # names the slip and the hint, stays visible. The whole text is in the tooltip and,
    # wrapped, in the detail line below the list for the current row.
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(PATH, QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(ROWS_MEASURED)
    return table


@cache
def _icon(pixmap: QStyle.StandardPixmap) -> QIcon | None:
    style = QApplication.style()  # None until a QApplication exists
    return style.standardIcon(pixmap) if style is not None else None


class ProblemsView(QWidget):
    """A heading, the table of problems and a Copy button (Ctrl+C copies too).

    A problem activated (double-click, Enter) asks the window to lead to it: its item, or
    its line; the Open in Editor button asks for the editor at the current problem's line.
    """

    # The user asked to put the list away.
    hide_requested = Signal()
    # A problem was double-clicked or Enter was pressed on it: (Problem).
    problem_activated = Signal(object)
    # Open the file at the problem's line in the user's editor: (Problem).
    open_in_editor_requested = Signal(object)
    # Show the lines around the problem: (Problem).
    show_line_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(ProblemsList.tr("Problems in the incident file"))
        self._heading = QLabel(self)
        self._heading.setWordWrap(True)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ProblemTableModel(self)
        self.table = _problems_table(self.model, self)
        self.detail = QLabel(self)
        self.detail.setAccessibleName(ProblemsList.tr("The current problem in full"))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        # Alt+E is the Edit menu.
        self.editor_button = QPushButton(ProblemsList.tr("O&pen in Editor"), self)
        self.editor_button.setToolTip(
            ProblemsList.tr(
                "Open the file in your editor at the current problem's line "
                "(Edit ▸ External Editor… chooses the editor)"
            )
        )
        self.editor_button.clicked.connect(self._on_editor_clicked)
        self.copy_button = QPushButton(ProblemsList.tr("Cop&y"), self)
        self.copy_button.setToolTip(ProblemsList.tr("Copy the selected problems (or all) as text"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        copy_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy_shortcut.activated.connect(self.copy_to_clipboard)

        self.hide_button = QPushButton(ProblemsList.tr("&Hide"), self)
        self.hide_button.setToolTip(
            ProblemsList.tr("Hide this list (View ▸ Problems and Warnings shows it again)")
        )
        self.hide_button.clicked.connect(self.hide_requested)
        # The buttons share the heading's line: a line of their own would take a laptop
        # screen's height from the list and the incident over it.
        heading_line = QHBoxLayout()
        heading_line.addWidget(self._heading, 1)
        heading_line.addWidget(self.editor_button)
        heading_line.addWidget(self.copy_button)
        heading_line.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(heading_line)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self._wanted_table_height = 0
        self.show_problems("", ())

    def heading(self) -> str:
        """The sentence above the list."""
        return self._heading.text()

    def show_problems(self, heading: str, problems: Sequence[Problem]) -> None:
        """Show ``problems`` under ``heading``."""
        self._heading.setText(heading)
        self._heading.setVisible(bool(heading))
        self.model.set_problems(problems)
        self.copy_button.setEnabled(bool(problems))
        self.editor_button.setEnabled(bool(problems))
        self._fit_to(len(problems))
        self._show_detail(self.table.currentIndex())

    def _fit_to(self, rows: int) -> None:
        """Keep room for a few rows and fit the path column to the paths shown."""
        shown = min(rows, ROWS_SHOWN_AT_LEAST)
        if shown == 0:
            self.table.setMinimumHeight(0)
            self._wanted_table_height = 0
            self.updateGeometry()
            return
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader().sizeHint().height()
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(frame + header + shown * row)
        self._wanted_table_height = frame + header + min(rows, ROWS_WANTED) * row
        self.updateGeometry()
        self.table.resizeColumnToContents(PATH)
        low, high = PATH_COLUMN_WIDTHS
        self.table.setColumnWidth(PATH, max(low, min(high, self.table.columnWidth(PATH))))

    @override
    def sizeHint(self) -> QSize:
        """Room for every problem up to ROWS_WANTED of them (the table's own hint is
        Qt's fixed guess)."""
        hint = super().sizeHint()
        extra = self._wanted_table_height - self.table.minimumHeight()
        return QSize(hint.width(), self.minimumSizeHint().height() + max(extra, 0))

    def _show_detail(self, current: _Index) -> None:
        """The current problem (or the first) in full, wrapped under the list."""
        problems = self.model.problems
        self.detail.setVisible(bool(problems))
        if not problems:
            self.detail.clear()
            return
        self.detail.setText(problem_detail(problems[current.row() if current.isValid() else 0]))

    def current_problem(self) -> Problem | None:
        """The problem the detail line shows (the first when none is current)."""
        problems = self.model.problems
        if not problems:
            return None
        current = self.table.currentIndex()
        return problems[current.row() if current.isValid() else 0]

    def _on_activated(self, index: _Index) -> None:
        self.problem_activated.emit(self.model.problems[index.row()])

    def _on_editor_clicked(self) -> None:
        problem = self.current_problem()
        if problem is not None:
            self.open_in_editor_requested.emit(problem)

    def _on_context_menu(self, point: QPoint) -> None:
        # A scroll area reports the position in its viewport's coordinates.
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        problem = self.model.problems[index.row()]
        menu = QMenu(self)
        menu.addAction(ProblemsList.tr("&Go to It"), lambda: self.problem_activated.emit(problem))
        menu.addAction(
            ProblemsList.tr("Show the &Line"), lambda: self.show_line_requested.emit(problem)
        )
        menu.addAction(
            ProblemsList.tr("Open in &Editor at Line"),
            lambda: self.open_in_editor_requested.emit(problem),
        )
        menu.addSeparator()
        menu.addAction(ProblemsList.tr("&Copy"), self.copy_to_clipboard)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def detail_text(self) -> str:
        """The full text shown under the list."""
        return self.detail.text() if self.detail.isVisibleTo(self) else ""

    def selected_problems(self) -> list[Problem]:
        """The selected problems, or all of them when none is selected."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        every = self.model.problems
        return [every[r] for r in rows] if rows else list(every)

    def copy_to_clipboard(self) -> None:
        """Put the selected (or all) problems on the clipboard as located lines."""
        problems = self.selected_problems()
        if problems:
            QGuiApplication.clipboard().setText(problems_text(problems))
