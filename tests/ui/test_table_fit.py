"""Tables that fit their width: wrapped columns give up room, visible rows grow to their text."""

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from test_loading_flow import large_incident

from factsheet.loading import LoadedIncident, read_incident
from factsheet.model.incident import Incident
from factsheet.ui.actors_tab import ActorsTab
from factsheet.ui.claims_tab import ClaimsTab
from factsheet.ui.list_tab import ListTab
from factsheet.ui.sources_tab import SourcesTab
from factsheet.ui.table_fit import MIN_WRAPPED_WIDTH, fit_widths
from factsheet.ui.timeline_tab import TimelineTab
from factsheet.views.timeline import OTHER_DATES, TEXT

LAPTOP = (1024, 560)  # a 1024×700 screen less the menu bar, tab bar, filters and status bar


def test_columns_that_fit_keep_their_width_and_the_stretch_column_takes_the_rest() -> None:
    assert fit_widths([100, 200, 50], {1}, 500, stretch=1) == [100, 350, 50]
    assert fit_widths([100, 200, 50], {1}, 500) == [100, 200, 50]


def test_too_wide_the_widest_wrapped_columns_give_way_first() -> None:
    # Column 0 does not wrap; 1-3 do: the narrow one (90) keeps its width, the others share.
    assert fit_widths([120, 90, 400, 300], {1, 2, 3}, 500) == [120, 90, 145, 145]
    # Never below the floor, even if the table then needs scrolling.
    widths = fit_widths([120, 400, 400], {1, 2}, 200)
    assert widths == [120, MIN_WRAPPED_WIDTH, MIN_WRAPPED_WIDTH]
    assert fit_widths([120, 400], {1}, 200, minimums=[0, 100]) == [120, 100]


def test_the_stretch_column_keeps_its_share_when_room_is_short() -> None:
    widths = fit_widths([150, 520, 300, 300], {0, 1, 2, 3}, 800, stretch=1)
    assert widths == [150, 320, 165, 165]  # 40 % of 800; the narrowest keeps its width


@pytest.fixture
def loaded(sample_path: Path) -> LoadedIncident:
    return read_incident(sample_path)


def shown_tab(
    qtbot: QtBot, kind: Callable[[], ListTab[Any]], loaded: LoadedIncident
) -> ListTab[Any]:
    tab = kind()
    qtbot.addWidget(tab)
    tab.resize(*LAPTOP)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_incident(loaded)
    qtbot.wait(10)  # the rows on screen are fitted once the event loop turns
    return tab


def column_total(tab: ListTab[Any]) -> int:
    table = tab.table
    return sum(
        table.columnWidth(c) for c in range(tab.model.columnCount()) if not table.isColumnHidden(c)
    )


@pytest.mark.parametrize("kind", [TimelineTab, ClaimsTab, ActorsTab, SourcesTab])
def test_no_row_needs_sideways_scrolling_on_a_laptop(
    qtbot: QtBot, kind: Callable[[], ListTab[Any]], loaded: LoadedIncident
) -> None:
    tab = shown_tab(qtbot, kind, loaded)
    assert column_total(tab) <= tab.table.viewport().width()
    assert tab.table.horizontalScrollBar().maximum() == 0
    # Some row wraps onto more lines than one.
    header = tab.table.verticalHeader()
    heights = [header.sectionSize(r) for r in range(tab.proxy.rowCount())]
    assert max(heights) > header.defaultSectionSize()


def test_what_happened_keeps_the_most_room(qtbot: QtBot, loaded: LoadedIncident) -> None:
    tab = shown_tab(qtbot, TimelineTab, loaded)
    table = tab.table
    widths = [table.columnWidth(c) for c in range(tab.model.columnCount())]
    assert widths[TEXT] == max(widths)
    assert widths[TEXT] >= 0.35 * table.viewport().width()


def test_a_column_empty_for_this_incident_is_hidden(qtbot: QtBot, loaded: LoadedIncident) -> None:
    tab = shown_tab(qtbot, TimelineTab, loaded)
    assert not tab.table.isColumnHidden(OTHER_DATES)  # two events have other dates
    data = loaded.incident.model_dump(mode="json", exclude_none=True)
    for event in data["timeline"]:
        event.pop("alternative_dates", None)
    plain = dataclasses.replace(loaded, incident=Incident.model_validate(data))
    tab.set_incident(plain)
    assert tab.table.isColumnHidden(OTHER_DATES)
    assert column_total(tab) <= tab.table.viewport().width()


def test_only_the_rows_on_screen_are_measured(qtbot: QtBot, tmp_path: Path) -> None:
    big = tmp_path / "large.yaml"
    big.write_text(large_incident(3_000), encoding="utf-8")
    tab = shown_tab(qtbot, TimelineTab, read_incident(big))
    tab.resize(520, LAPTOP[1])  # narrow enough for its short events to wrap
    qtbot.wait(10)
    header = tab.table.verticalHeader()
    single = header.defaultSectionSize()
    assert header.sectionSize(0) > single  # the English and Arabic text wraps
    assert header.sectionSize(2_500) == single  # never looked at yet
    tab.table.setCurrentIndex(tab.proxy.index(2_500, 0))  # scrolled to, as a key press does
    qtbot.waitUntil(lambda: header.sectionSize(2_500) > single)
    viewport = tab.table.viewport().height()
    top = header.sectionViewportPosition(2_500)
    assert top >= 0  # whole, on screen
    assert top + header.sectionSize(2_500) <= viewport
    # A filter puts other rows on screen: they are measured too.
    tab.filter_edit.setText("district 5")
    qtbot.waitUntil(lambda: header.sectionSize(tab.table.rowAt(1)) > single)


def ink_height(table: QTableView, row: int, column: int) -> int:
    """The height of the text drawn in a cell, top of its first line to foot of its last."""
    rect = table.visualRect(table.model().index(row, column))
    image = table.viewport().grab(rect).toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    pixels, stride = bytes(image.constBits()), image.bytesPerLine()
    width = image.width()
    inked = [y for y in range(image.height()) if min(pixels[y * stride : y * stride + width]) < 100]
    return inked[-1] - inked[0] + 1 if inked else 0


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("kind", [TimelineTab, ClaimsTab, SourcesTab])
def test_rows_are_as_tall_as_their_wrapped_text_in_either_language(
    qtbot: QtBot,
    translators: Any,
    kind: Callable[[], ListTab[Any]],
    language: str,
    loaded: LoadedIncident,
) -> None:
    # Arabic words come from a fallback font whose lines are taller than the table font's:
    # rows counted in the table font's lines cut '22 تشرين الأول 2017' to '22 تشرين …'.
    # Each cell as drawn is compared with the same cell drawn in a row with room to spare.
    translators.apply(language, "western")
    tab = shown_tab(qtbot, kind, loaded)
    table = tab.table
    table.setCurrentIndex(QModelIndex())  # black text on white: the ink is the text
    table.clearSelection()
    header = table.verticalHeader()
    short_text = 3 * 26  # three lines of Arabic: well under MAX_LINES, never cut
    rows = range(table.rowAt(0), table.rowAt(table.viewport().height() - 1))  # whole rows
    columns = [c for c in range(tab.model.columnCount()) if not table.isColumnHidden(c)]
    drawn = {(r, c): ink_height(table, r, c) for r in rows for c in columns}
    cut = []
    for row in rows:
        fitted = header.sectionSize(row)
        header.resizeSection(row, 400)
        for column in columns:
            whole = ink_height(table, row, column)
            if whole <= short_text and drawn[row, column] < whole:
                cut.append((row, tab.proxy.index(row, column).data(), fitted))
        header.resizeSection(row, fitted)
    assert cut == []
