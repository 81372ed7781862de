"""The list tabs' shared base: filter keys, counts with nouns, selection, labels as text."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from factsheet.loading import LoadedIncident
from factsheet.ui.actors_tab import ActorsTab
from factsheet.ui.claims_tab import ClaimsTab
from factsheet.ui.list_tab import ListTab
from factsheet.ui.row_table_model import ID_ROLE
from factsheet.ui.sources_tab import SourcesTab
from factsheet.ui.timeline_tab import TimelineTab

TABS = [TimelineTab, ClaimsTab, ActorsTab, SourcesTab]


@pytest.fixture(params=TABS, ids=lambda cls: cls.__name__)
def tab(request: Any, qtbot: QtBot, sample_loaded: LoadedIncident) -> ListTab[Any]:
    widget: ListTab[Any] = request.param()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.set_incident(sample_loaded)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_count_names_what_it_counts(tab: ListTab[Any]) -> None:
    total = tab.model.rowCount()
    assert tab.count_label.text() == f"{total} {tab.kind}s"
    tab.filter_edit.setText("no row holds these words")
    assert tab.count_label.text() == f"0 of {total} {tab.kind}s"


def test_escape_clears_the_filter_and_enter_goes_to_the_first_result(
    tab: ListTab[Any],
) -> None:
    tab.focus_filter()
    QTest.keyClicks(tab.filter_edit, "syrian")  # not "syria": every row is in Syria
    shown = tab.proxy.rowCount()
    assert 0 < shown < tab.model.rowCount()
    QTest.keyClick(tab.filter_edit, Qt.Key.Key_Return)
    assert tab.table.hasFocus()
    assert tab.table.currentIndex().row() == 0
    assert tab.detail.toPlainText()  # the first match shown in full
    tab.focus_filter()
    QTest.keyClick(tab.filter_edit, Qt.Key.Key_Escape)
    assert tab.filter_edit.text() == ""
    assert tab.proxy.rowCount() == tab.model.rowCount()


def test_the_detail_pane_clears_when_the_filter_hides_its_item(tab: ListTab[Any]) -> None:
    first_id = tab.model.index(0, 0).data(ID_ROLE)
    assert tab.select_item(tab.kind, first_id)
    assert tab.detail.toPlainText()
    tab.filter_edit.setText(first_id + " and words no row holds")
    assert tab.proxy.rowCount() == 0
    assert tab.detail.toPlainText() == ""
    assert tab.current_row() is None
    # A filter that keeps the item keeps the pane.
    tab.filter_edit.setText("")
    assert tab.select_item(tab.kind, first_id)
    tab.filter_edit.setText(first_id)
    assert tab.detail.toPlainText()


def test_selecting_an_item_by_link_kind(tab: ListTab[Any]) -> None:
    first_id = tab.model.index(0, 0).data(ID_ROLE)
    assert tab.select_item(tab.kind, first_id)
    assert tab.current_row() is tab.model.row(0)
    other = "claim" if tab.kind != "claim" else "event"
    assert not tab.select_item(other, first_id)  # type: ignore[arg-type]


def test_labels_show_text_as_text(tab: ListTab[Any]) -> None:
    assert tab.count_label.textFormat() == Qt.TextFormat.PlainText
    for label in tab.findChildren(QLabel):
        assert "<" not in label.text()


def test_the_tab_key_goes_from_the_filter_through_the_tab_s_filters_to_the_table(
    tab: ListTab[Any],
) -> None:
    chain: list[QWidget] = []
    widget = tab.filter_edit.nextInFocusChain()
    while widget is not None and widget is not tab.table and len(chain) < 50:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(tab):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert widget is tab.table
    names = [w.accessibleName() for w in chain if w.accessibleName()]
    expected = {
        TimelineTab: ["Show events of actor"],
        ClaimsTab: ["Attributed to", "Casualty claims range chart"],
        ActorsTab: [],
        SourcesTab: [],
    }[type(tab)]
    assert names == expected


def test_columns_hidden_for_one_incident_come_back_with_a_width_for_the_next(
    tab: ListTab[Any], sample_loaded: LoadedIncident, fidelity_loaded: LoadedIncident
) -> None:
    # The fidelity fixture leaves columns empty that the sample fills (Timeline's actors,
    # Claims' period, Sources' author): hidden for the one, they must be readable for the
    # other, not shown 0 px wide.
    tab.set_incident(fidelity_loaded)
    hidden_before = set(tab.model.table.hidden_columns)
    tab.set_incident(sample_loaded)
    header = tab.table.horizontalHeader()
    shown = [c for c in range(tab.model.columnCount()) if not header.isSectionHidden(c)]
    assert hidden_before & set(shown)  # the case under test happens for this tab
    assert not [c for c in shown if header.sectionSize(c) < 20]


def test_the_tab_key_leaves_the_table_for_the_detail_pane_and_arrows_move_within_it(
    qtbot: QtBot, tab: ListTab[Any]
) -> None:
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.focus_filter()
    stops: list[QWidget] = []
    for _ in range(12):
        widget = QApplication.focusWidget()
        assert widget is not None
        if stops and widget is stops[0]:
            break  # round again
        stops.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    # Every stop says what it is to a screen reader.
    assert all(w.accessibleName() or isinstance(w, QToolButton) for w in stops), stops
    table, detail, toggle = tab.table, tab.detail, tab.splitter.toggle
    assert {table, detail, toggle} <= set(stops)
    # In the order they are seen: the filter row (the Details button ends it), the chart
    # over the table, the table, the item in full.
    assert stops.index(toggle) < stops.index(table) < stops.index(detail)
    if isinstance(tab, ClaimsTab):
        assert stops.index(toggle) < stops.index(tab.chart) < stops.index(table)
    table.setFocus()
    table.setCurrentIndex(tab.proxy.index(0, 1))
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert detail.hasFocus()
