"""The problems pane: room for several rows, the start of each message, the whole on demand."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextEdit

from factsheet.loading import Problem
from factsheet.ui.problems_view import (
    PATH_COLUMN_WIDTHS,
    ROWS_SHOWN_AT_LEAST,
    ProblemsView,
    ProblemTableModel,
)
from factsheet.ui.row_table_model import plain_rich_text

LONG = (
    "unknown key 'colour' (allowed: id, claimant, sources, claimed_on, claimed_on_wording, "
    "outcome, qualifier, count, count_max, victims, victim_detail, basis, perpetrators, "
    "period, period_wording, location, part_of, revises, credibility, quote, note)"
)


def _problems(count: int, message: str = LONG) -> list[Problem]:
    return [
        Problem("error", "f.yaml", 10 + n, 5, f"claims[{n}].colour", message) for n in range(count)
    ]


def _under_tabs(qtbot: Any, view: ProblemsView) -> QSplitter:
    """The view under a large neighbour in a short window, as the main window has it."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(QTextEdit())
    splitter.addWidget(view)
    splitter.setStretchFactor(0, 4)
    splitter.setStretchFactor(1, 1)
    splitter.resize(900, 520)
    qtbot.addWidget(splitter)
    splitter.show()
    qtbot.waitExposed(splitter)
    return splitter


def _rows_in_sight(view: ProblemsView) -> int:
    viewport = view.table.viewport().rect()
    return sum(
        1
        for row in range(view.model.rowCount())
        if viewport.contains(view.table.visualRect(view.model.index(row, 0)))
    )


def test_the_model_is_a_valid_item_model(qtmodeltester: Any) -> None:
    model = ProblemTableModel()
    model.set_problems(_problems(3))
    qtmodeltester.check(model)


def test_a_long_list_shows_several_whole_rows(qtbot: Any) -> None:
    view = ProblemsView()
    window = _under_tabs(qtbot, view)  # noqa: F841 - keeps the splitter (and view) alive
    view.show_problems("Could not open f.yaml: 12 errors.", _problems(12))
    qtbot.waitUntil(lambda: _rows_in_sight(view) >= ROWS_SHOWN_AT_LEAST)


def test_a_short_list_keeps_room_for_its_rows_only(qtbot: Any) -> None:
    view = ProblemsView()
    window = _under_tabs(qtbot, view)  # noqa: F841 - keeps the splitter (and view) alive
    view.show_problems("Could not open f.yaml: 2 errors.", _problems(2))
    qtbot.waitUntil(lambda: _rows_in_sight(view) == 2)
    two_rows = view.table.minimumHeight()
    view.show_problems("Could not open f.yaml: 12 errors.", _problems(12))
    assert view.table.minimumHeight() > two_rows


def test_a_long_message_keeps_its_start_and_the_whole_is_at_hand(qtbot: Any) -> None:
    view = ProblemsView()
    window = _under_tabs(qtbot, view)  # noqa: F841 - keeps the splitter (and view) alive
    problems = _problems(3)
    problems[1] = Problem("error", "f.yaml", 40, 3, "claims[1].qualifer", "found <b> & more")
    view.show_problems("Could not open f.yaml: 3 errors.", problems)
    message_cell = view.model.index(0, 3)
    # Cut at the end, not the start: "unknown key 'colour'" stays in sight.
    assert view.table.textElideMode() == Qt.TextElideMode.ElideRight
    assert view.table.visualRect(message_cell).width() < view.fontMetrics().horizontalAdvance(LONG)
    # The tooltip holds the whole located line, as rich text so that Qt wraps it.
    tooltip = message_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == plain_rich_text(f"f.yaml:10:5: error: claims[0].colour: {LONG}")
    assert view.model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        "<p style='white-space:pre-wrap'>"
        "f.yaml:40:3: error: claims[1].qualifer: found &lt;b&gt; &amp; more</p>"
    )
    # Under the list, wrapped: the first problem, then whichever row is current.
    assert view.detail_text() == f"10:5 claims[0].colour: {LONG}"
    assert view.detail.wordWrap()
    view.table.selectRow(1)
    assert view.detail_text() == "40:3 claims[1].qualifer: found <b> & more"


def test_the_path_column_fits_the_paths_within_bounds(qtbot: Any) -> None:
    view = ProblemsView()
    window = _under_tabs(qtbot, view)  # noqa: F841 - keeps the splitter (and view) alive
    path = "claims[12].perpetrators[3].firmness"
    view.show_problems("", [Problem("error", "f.yaml", 1, 1, path, "expected one of …")])
    width = view.table.columnWidth(2)
    assert width >= view.table.fontMetrics().horizontalAdvance(path)
    low, high = PATH_COLUMN_WIDTHS
    assert low <= width <= high
    view.show_problems("", [Problem("error", "f.yaml", 1, 1, "x" * 200, "expected …")])
    assert view.table.columnWidth(2) == high


def test_no_problems_hides_the_detail_line(qtbot: Any) -> None:
    view = ProblemsView()
    window = _under_tabs(qtbot, view)  # noqa: F841 - keeps the splitter (and view) alive
    view.show_problems("Could not open f.yaml: 1 error.", _problems(1))
    assert view.detail_text()
    view.show_problems("", [])
    assert view.detail_text() == ""
    assert view.table.minimumHeight() == 0
