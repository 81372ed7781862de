"""The detail pane: beside the table when there is room, under it when not, or shut."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from factsheet.loading import LoadedIncident, read_incident
from factsheet.ui.claims_tab import ClaimsTab
from factsheet.ui.timeline_tab import TimelineTab


@pytest.fixture
def loaded(sample_path: Path) -> LoadedIncident:
    return read_incident(sample_path)


def shown_timeline(qtbot: QtBot, loaded: LoadedIncident, width: int) -> TimelineTab:
    tab = TimelineTab()
    qtbot.addWidget(tab)
    tab.resize(width, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_incident(loaded)
    return tab


def test_the_details_button_shuts_and_opens_the_pane(qtbot: QtBot, loaded: LoadedIncident) -> None:
    tab = shown_timeline(qtbot, loaded, 1000)
    splitter = tab.splitter
    assert splitter.toggle.isChecked()
    assert splitter.detail_shown()
    splitter.toggle.click()
    assert not splitter.detail_shown()
    assert splitter.sizes()[0] > 0
    splitter.toggle.click()
    assert splitter.detail_shown()
    # Dragged shut by its handle: the button says so, and opens it again.
    splitter.setSizes([sum(splitter.sizes()), 0])
    splitter.splitterMoved.emit(splitter.sizes()[0], 1)
    assert not splitter.toggle.isChecked()
    splitter.toggle.click()
    assert splitter.detail_shown()


def test_a_narrow_tab_puts_the_pane_under_the_table(qtbot: QtBot, loaded: LoadedIncident) -> None:
    tab = shown_timeline(qtbot, loaded, 1800)
    assert tab.splitter.orientation() == Qt.Orientation.Horizontal
    tab.resize(1000, 600)
    qtbot.waitUntil(lambda: tab.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(tab.splitter.detail_shown)
    assert tab.table.width() > tab.width() * 0.9  # the table has the whole width
    # Shut, it stays shut when the window grows again.
    tab.splitter.toggle.click()
    tab.resize(1800, 600)
    qtbot.waitUntil(lambda: tab.splitter.orientation() == Qt.Orientation.Horizontal)
    assert not tab.splitter.detail_shown()


def test_the_claims_chart_and_table_fit_a_laptop(qtbot: QtBot, loaded: LoadedIncident) -> None:
    tab = ClaimsTab()
    qtbot.addWidget(tab)
    tab.resize(1024, 560)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_incident(loaded)
    qtbot.wait(10)
    assert tab.splitter.orientation() == Qt.Orientation.Vertical
    assert tab.chart.width() <= tab._chart_scroll.viewport().width()
    assert tab.table.horizontalScrollBar().maximum() == 0
    # The table keeps three fifths of the tab for itself and the claim in full.
    assert tab._chart_scroll.height() <= tab.height() * 2 // 5 + 5
