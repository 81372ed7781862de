"""Back and Forward through the window: links, tab switches, rows, files, keys, mouse, menu."""

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from factsheet.ui.incident_tabs import ACTORS, CLAIMS, OVERVIEW, SOURCES, TIMELINE
from factsheet.ui.main_window import MainWindow
from factsheet.ui.navigation import Navigator
from factsheet.ui.row_table_model import ID_ROLE
from factsheet.views.history import Position


def shown(qtbot: Any, window: MainWindow, path: Path) -> None:
    qtbot.waitUntil(
        lambda: (
            window.loaded is not None
            and window.loaded.path == path
            and window.failure is None
            and not window.updating_tabs
        ),
        timeout=10_000,
    )


@pytest.fixture
def window(qtbot: Any, make_window: Any, sample_path: Path) -> MainWindow:
    window: MainWindow = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(OVERVIEW)
    window.open_file(sample_path)
    shown(qtbot, window, sample_path)
    return window


def selected(window: MainWindow) -> str | None:
    return window.tabs.current_tab().current_item_id()


def where(window: MainWindow) -> tuple[int, str | None]:
    return window.tabs.currentIndex(), selected(window)


def side_button(window: MainWindow, button: Qt.MouseButton) -> None:
    """A press of the mouse's back or forward button over the table on screen."""
    target = window.tabs.current_tab()
    event = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress,
        QPointF(5, 5),
        QPointF(5, 5),
        button,
        button,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def test_links_and_tab_switches_are_steps_back_and_forward(qtbot: Any, window: MainWindow) -> None:
    navigator = window.navigator
    assert not navigator.back_action.isEnabled()
    window.overview_tab.browser.anchorClicked.emit(QUrl("source:sohr-statement"))
    assert where(window) == (SOURCES, "sohr-statement")
    window.sources_tab.detail.anchorClicked.emit(QUrl("claim:sohr-128-documented"))
    assert where(window) == (CLAIMS, "sohr-128-documented")
    window.tabs.setCurrentIndex(ACTORS)  # a tab switch by hand is a step too
    assert navigator.back_action.isEnabled()
    assert not navigator.forward_action.isEnabled()

    navigator.back_action.trigger()
    assert where(window) == (CLAIMS, "sohr-128-documented")
    navigator.back_action.trigger()
    assert where(window) == (SOURCES, "sohr-statement")
    navigator.back_action.trigger()
    assert window.tabs.currentIndex() == OVERVIEW
    assert not navigator.back_action.isEnabled()
    navigator.forward_action.trigger()
    navigator.forward_action.trigger()
    assert where(window) == (CLAIMS, "sohr-128-documented")
    # A new step after going back drops what was ahead, as in a browser.
    window.claims_tab.detail.anchorClicked.emit(QUrl("actor:daesh"))
    assert where(window) == (ACTORS, "daesh")
    assert not navigator.forward_action.isEnabled()


def test_a_link_within_a_tab_is_a_step(window: MainWindow) -> None:
    window.show_item("claim", "trt-35-in-shaft")
    window.claims_tab.detail.anchorClicked.emit(QUrl("claim:activists-80-bodies"))
    assert where(window) == (CLAIMS, "activists-80-bodies")
    window.navigator.go_back()
    assert where(window) == (CLAIMS, "trt-35-in-shaft")


def test_back_returns_to_the_row_last_selected_in_a_tab(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(TIMELINE)
    table = window.timeline_tab.table
    table.selectRow(2)
    table.selectRow(5)  # rows clicked in one tab are not steps of their own
    fifth = table.currentIndex().data(ID_ROLE)
    window.tabs.setCurrentIndex(ACTORS)
    window.navigator.go_back()
    assert where(window) == (TIMELINE, fifth)
    window.navigator.go_back()
    assert window.tabs.currentIndex() == OVERVIEW


def test_alt_left_and_alt_right(qtbot: Any, window: MainWindow) -> None:
    window.show_item("actor", "daesh")
    window.show_item("source", "sohr-statement")
    qtbot.waitUntil(window.isActiveWindow)
    focus = window.sources_tab.table
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert where(window) == (ACTORS, "daesh")
    qtbot.keyClick(window.actors_tab.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert where(window) == (SOURCES, "sohr-statement")
    # Typing in a filter box is never taken for Back.
    backspace = [s.toString() for s in window.navigator.back_action.shortcuts()]
    assert "Backspace" not in backspace
    assert "Alt+Left" in backspace


def test_the_mouse_side_buttons(window: MainWindow) -> None:
    window.show_item("actor", "daesh")
    window.show_item("source", "sohr-statement")
    side_button(window, Qt.MouseButton.BackButton)
    assert where(window) == (ACTORS, "daesh")
    side_button(window, Qt.MouseButton.ForwardButton)
    assert where(window) == (SOURCES, "sohr-statement")


def test_go_menu_and_toolbar_hold_back_and_forward(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    go = menus["&Go"]
    assert isinstance(go, QMenu)
    assert [a.text() for a in go.actions()] == ["&Back", "&Forward"]
    toolbar = window.findChild(QToolBar, "navigation")
    assert toolbar is not None
    assert window.navigator.back_action in toolbar.actions()
    assert window.navigator.forward_action in toolbar.actions()


def test_back_into_another_file_opens_it_at_the_row(
    qtbot: Any, window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.yaml"
    shutil.copyfile(sample_path, copy)
    window.show_item("claim", "pcc-67-named")
    window.open_file(copy)
    shown(qtbot, window, copy)
    window.show_item("actor", "russia")
    window.navigator.go_back()  # the copy's claims tab, as it was when the copy opened
    window.navigator.go_back()  # the sample again, on the claim
    shown(qtbot, window, sample_path)
    assert where(window) == (CLAIMS, "pcc-67-named")
    window.navigator.go_forward()
    shown(qtbot, window, copy)
    assert window.tabs.currentIndex() == CLAIMS
    window.navigator.go_forward()
    assert where(window) == (ACTORS, "russia")


def test_a_reload_keeps_the_row_and_adds_no_step(
    qtbot: Any, window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.yaml"
    shutil.copyfile(sample_path, copy)
    window.open_file(copy)
    shown(qtbot, window, copy)
    window.show_item("claim", "pcc-67-named")
    steps = len(window.navigator.history.positions())
    loaded = window.loaded
    window.reload()
    qtbot.waitUntil(lambda: window.loaded is not loaded and not window.updating_tabs)
    assert where(window) == (CLAIMS, "pcc-67-named")
    assert len(window.navigator.history.positions()) == steps


def test_a_screen_beside_the_tabs_is_one_step_of_the_same_history(
    qtbot: Any, window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    # How a library of files joins: it registers itself and says when it is on screen.
    navigator: Navigator = window.navigator
    on_screen: list[str] = []
    navigator.add_place(
        "library", lambda: on_screen.append("library"), lambda: on_screen.append("tabs")
    )
    navigator.enter_place("library")
    copy = tmp_path / "copy.yaml"
    shutil.copyfile(sample_path, copy)
    window.open_file(copy)  # opened from the library
    shown(qtbot, window, copy)
    navigator.go_back()
    assert on_screen == ["library"]
    assert navigator.history.current == Position(None, "library")
    navigator.go_forward()  # the copy is still the incident in the tabs: no reading again
    assert on_screen == ["library", "tabs"]
    assert navigator.here().file == copy.absolute()
    assert not navigator.forward_action.isEnabled()
