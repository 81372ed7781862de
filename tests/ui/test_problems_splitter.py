"""The incident over the problems list: both fit a small screen, and the incident stays readable."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTableView

from factsheet.rendering.fonts import register_fonts
from factsheet.ui.main_window import MainWindow

# A laptop screen, and the share of the height the list may take when it opens.
SMALL_SCREEN = (1024, 700)
LIST_SHARE_AT_MOST = 1 / 3 + 0.01


def _broken_copy(tmp_path: Path, sample_path: Path) -> Path:
    broken = tmp_path / "qaryatayn-draft.yaml"
    text = sample_path.read_text(encoding="utf-8")
    broken.write_text(text.replace("qualifier: at-least", "qualifier: most"), encoding="utf-8")
    return broken


@pytest.fixture
def failed_over_sample(
    qtbot: Any, make_window: Any, tmp_path: Path, sample_path: Path
) -> Callable[[tuple[int, int]], MainWindow]:
    """A window of a size showing the sample in the Claims tab, under the banner of a copy
    that failed to open."""

    def opened(size: tuple[int, int]) -> MainWindow:
        register_fonts()  # as the app does: the bundled Arabic font's lines are taller
        window: MainWindow = make_window()
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.open_file(sample_path)
        qtbot.waitUntil(
            lambda: window.loaded is not None and not window.updating_tabs, timeout=10_000
        )
        window.tabs.setCurrentIndex(2)
        window.show_item("claim", "sohr-128-documented")
        window.open_file(_broken_copy(tmp_path, sample_path))
        qtbot.waitUntil(lambda: window.failure is not None and window.problems.isVisible())
        qtbot.waitUntil(lambda: window.banner.isVisible() and window.splitter.sizes()[1] > 0)
        return window

    return opened


def _whole_rows_in_sight(table: QTableView) -> int:
    viewport = table.viewport().rect()
    model = table.model()
    return sum(
        1
        for row in range(model.rowCount())
        if viewport.contains(table.visualRect(model.index(row, 0)))
    )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_window_with_the_list_open_fits_a_laptop_screen(
    qtbot: Any, failed_over_sample: Any, translators: Any, language: str
) -> None:
    translators.apply(language, "western")
    window = failed_over_sample(SMALL_SCREEN)
    # Nothing in the window asks for more height than the screen has (the window manager
    # would make the window taller than the screen and put the status bar off it).
    least = (
        window.menuBar().sizeHint().height()
        + window.centralWidget().minimumSizeHint().height()
        + window.statusBar().minimumSizeHint().height()
    )
    assert least <= SMALL_SCREEN[1]
    assert window.size().toTuple() == SMALL_SCREEN
    status_bar = window.statusBar().geometry()
    assert status_bar.bottom() < SMALL_SCREEN[1]
    incident, problems = window.splitter.sizes()
    assert problems <= LIST_SHARE_AT_MOST * (incident + problems)
    # The incident is read, not glimpsed: a claim's first lines in the table (a claim
    # wraps to four or five lines there, taller in Arabic), several problems in the list.
    table = window.claims_tab.table
    qtbot.waitUntil(lambda: table.viewport().height() >= 2 * table.fontMetrics().lineSpacing())
    assert _whole_rows_in_sight(window.problems.table) >= 3
    window.close()


def test_on_a_large_screen_the_list_takes_the_smaller_part(
    qtbot: Any, failed_over_sample: Any
) -> None:
    window = failed_over_sample((1400, 900))
    incident, problems = window.splitter.sizes()
    assert problems <= LIST_SHARE_AT_MOST * (incident + problems)
    # All five problems in sight: the list asks for no more than that.
    assert _whole_rows_in_sight(window.problems.table) == len(window.problems.model.problems)


def test_a_height_the_user_dragged_the_list_to_is_kept_when_it_opens_again(
    qtbot: Any, failed_over_sample: Any
) -> None:
    window = failed_over_sample((1400, 900))
    splitter = window.splitter
    total = sum(splitter.sizes())
    splitter.moveSplitter(total // 2, 1)  # what dragging the handle does
    dragged = splitter.sizes()[1]
    assert dragged > LIST_SHARE_AT_MOST * total
    window.problems.hide_button.click()
    assert not window.problems.isVisible()
    window.problems_action.trigger()
    qtbot.waitUntil(lambda: window.problems.isVisible() and splitter.sizes()[1] == dragged)
