"""The Actors tab on the sample: names in every language, relations, aliases, cross-links."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from factsheet.loading.loader import LoadedIncident, read_incident
from factsheet.ui.actors_tab import ActorsTab
from factsheet.ui.row_table_model import ID_ROLE
from factsheet.views.actors import ALIASES, ARABIC, CLAIMS, EVENTS, KIND, NAME, RELATIONS


@pytest.fixture
def loaded(sample_path: Path) -> LoadedIncident:
    return read_incident(sample_path)


@pytest.fixture
def tab(qtbot: QtBot, loaded: LoadedIncident) -> ActorsTab:
    widget = ActorsTab()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.set_incident(loaded)
    return widget


def shown(tab: ActorsTab, column: int) -> list[str]:
    return [str(tab.proxy.index(r, column).data()) for r in range(tab.proxy.rowCount())]


def row_of(tab: ActorsTab, actor_id: str) -> int:
    ids = [tab.proxy.index(r, 0).data(ID_ROLE) for r in range(tab.proxy.rowCount())]
    return ids.index(actor_id)


def test_models_pass_the_model_tester(qtmodeltester, tab: ActorsTab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model, force_py=True)
    tab.filter_edit.setText("regime")
    qtmodeltester.check(tab.proxy, force_py=True)


def test_rows_show_kind_aliases_and_relations(tab: ActorsTab) -> None:
    daesh = row_of(tab, "daesh")
    assert shown(tab, KIND)[daesh] == "Non-state armed group"
    assert shown(tab, ALIASES)[daesh].startswith("ISIS, ISIL, Islamic State, ")
    assert "الدولة الإسلامية" in shown(tab, ALIASES)[daesh]
    government = row_of(tab, "syrian-government")
    assert shown(tab, RELATIONS)[government] == "backed by Russia (April 2016)"
    tab.select_item("actor", "russia")
    assert "Syrian government is backed by Russia (April 2016)" in tab.detail.toPlainText()
    assert shown(tab, EVENTS)[daesh] == "7"
    assert shown(tab, CLAIMS)[daesh] == "4"


def test_arabic_names_are_isolated_and_right_aligned(tab: ActorsTab) -> None:
    index = tab.proxy.index(row_of(tab, "sohr"), ARABIC)
    text = index.data()
    assert text == "\u2068المرصد السوري لحقوق الإنسان\u2069"
    alignment = Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert shown(tab, ARABIC)[row_of(tab, "pcc")] == ""


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ISIS", {"Daesh"}),
        ("isil", {"Daesh"}),
        ("islamic state", {"Daesh"}),
        ("الدولة", {"Daesh"}),
        ("Rami Abdulrahman", {"Rami Abdurrahman"}),
        ("the Observatory", {"Syrian Observatory for Human Rights"}),
    ],
)
def test_filter_matches_every_name(tab: ActorsTab, typed: str, expected: set[str]) -> None:
    tab.filter_edit.setText(typed)  # QTest cannot type Arabic: it aborts on unmapped keys
    assert set(shown(tab, NAME)) == expected


def test_selecting_an_actor_lists_its_events_claims_and_sources(tab: ActorsTab) -> None:
    assert tab.select_item("actor", "sohr")
    text = tab.detail.toPlainText()
    assert "Claims made" in text
    assert "Syrian Observatory for Human Rights: at least 128" in text
    assert "Rami Abdurrahman leads Syrian Observatory for Human Rights" in text
    html = tab.detail.toHtml()
    assert 'href="claim:sohr-128-documented"' in html
    assert 'href="claim:sohr-12-by-pro-regime-forces"' in html
    assert 'href="event:sohr-documents-128"' in html
    assert 'href="source:sohr-statement"' in html
    assert tab.select_item("actor", "daesh")
    text = tab.detail.toPlainText()
    assert "Claims attributing casualties to it" in text
    assert "· Palmyra Coordination Committee: 67 civilians killed (names listed) (implied)" in text


def test_a_publisher_lists_the_claims_its_sources_carry(tab: ActorsTab) -> None:
    tab.select_item("actor", "trt-world")
    text = tab.detail.toPlainText()
    assert "Others' claims in sources it published" in text
    assert "Syrian Observatory for Human Rights: at least 128" in text
    assert 'href="source:trt-latic-report"' in tab.detail.toHtml()


def test_links_to_claims_and_events_are_emitted(qtbot: QtBot, tab: ActorsTab) -> None:
    tab.select_item("actor", "pcc")
    with qtbot.waitSignal(tab.link_activated) as blocker:
        tab.detail.anchorClicked.emit(QUrl("claim:pcc-67-named"))
    assert blocker.args == ["claim", "pcc-67-named"]
    with qtbot.waitSignal(tab.link_activated) as blocker:
        tab.detail.anchorClicked.emit(QUrl("event:pcc-publishes-names"))
    assert blocker.args == ["event", "pcc-publishes-names"]
    # A link to another actor is routed by the window too (so that Back sees it), which
    # selects it here (tests/ui/test_navigation.py).
    with qtbot.waitSignal(tab.link_activated) as blocker:
        tab.detail.anchorClicked.emit(QUrl("actor:russia"))
    assert blocker.args == ["actor", "russia"]


def test_select_item_clears_a_filter_that_hides_the_actor(tab: ActorsTab) -> None:
    tab.filter_edit.setText("ISIS")
    assert tab.select_item("actor", "russia")
    assert tab.filter_edit.text() == ""
    assert tab.table.currentIndex().data(ID_ROLE) == "russia"
    assert not tab.select_item("actor", "nobody")
    assert not tab.select_item("event", "russia-accuses-us")


def test_sorting_by_name(tab: ActorsTab) -> None:
    tab.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    names = shown(tab, NAME)
    assert names == sorted(names, key=str.casefold)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_enter_goes_from_the_filter_to_the_results_and_escape_clears(
    qtbot: QtBot, tab: ActorsTab
) -> None:
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.focus_filter()
    tab.filter_edit.setText("ISIS")
    QTest.keyClick(tab.filter_edit, Qt.Key.Key_Return)
    assert tab.table.currentIndex().data(ID_ROLE) == "daesh"
    assert "Also called" in tab.detail.toPlainText()
    qtbot.waitUntil(tab.table.hasFocus)
    QTest.keyClick(tab.filter_edit, Qt.Key.Key_Escape)
    assert tab.filter_edit.text() == ""
    assert tab.proxy.rowCount() == tab.model.rowCount()
