"""A small read-only window with the lines of a file around a problem, the problem's line marked."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from factsheet.i18n import Context
from factsheet.loading import Problem
from factsheet.views.file_status import line_view_title, numbered_lines, problem_detail

FileLines = Context("FileLines")

# Characters the widest line is sized for before the window scrolls sideways.
COLUMNS_SHOWN = 90


class LineView(QDialog):
    """The problem in words above, the file's lines below with its line highlighted.

    Not modal: the user may keep it open beside the editor while fixing the file, and
    activating another problem shows that one here.
    """

    open_in_editor_requested = Signal(object)  # the Problem shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem: Problem | None = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the file's words in it
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = QPlainTextEdit(self)
        self.lines.setReadOnly(True)
        self.lines.setAccessibleName(FileLines.tr("Lines of the file"))
        # A file's lines read left to right, numbers first, in an Arabic window too.
        self.lines.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.lines.setFont(font)
        self.lines.setMinimumWidth(self.lines.fontMetrics().horizontalAdvance("m" * 60))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.editor_button = QPushButton(FileLines.tr("Open in &Editor at This Line"), self)
        buttons.addButton(self.editor_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.editor_button.clicked.connect(self._on_editor_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)
        metrics = self.lines.fontMetrics()
        self.resize(metrics.horizontalAdvance("m") * COLUMNS_SHOWN, metrics.height() * 24)

    def show_lines(self, problem: Problem, lines: tuple[tuple[int, str], ...]) -> None:
        """Show ``lines`` of the problem's file, its own line marked and scrolled to."""
        self.problem = problem
        self.setWindowTitle(line_view_title(problem))
        self.message.setText(problem_detail(problem))
        self.lines.setPlainText(numbered_lines(lines))
        numbers = [number for number, _ in lines]
        if problem.line in numbers:
            block = self.lines.document().findBlockByNumber(numbers.index(problem.line))
            cursor = QTextCursor(block)
            # After the '12 │ ' gutter, at the column (the text before it may be escaped).
            gutter = len(str(numbers[-1])) + 3
            cursor.setPosition(
                block.position() + min(gutter + problem.column - 1, block.length() - 1)
            )
            marked = QTextEdit.ExtraSelection()
            marked.cursor = QTextCursor(block)
            marked.format.setBackground(self.palette().highlight().color().lighter(170))
            marked.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            self.lines.setExtraSelections([marked])
            self.lines.setTextCursor(cursor)
            self.lines.centerCursor()
        else:
            self.lines.setExtraSelections([])

    def marked_line(self) -> str:
        """The text of the highlighted line ('' when none is)."""
        selections = self.lines.extraSelections()
        return selections[0].cursor.block().text() if selections else ""

    def _on_editor_clicked(self) -> None:
        if self.problem is not None:
            self.open_in_editor_requested.emit(self.problem)
