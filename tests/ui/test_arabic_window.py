"""The window in Arabic (`factsheet --lang ar`): right to left, and no English program text."""

# Every text a user can see or a screen reader can say is gathered from the window with the
# sample open, in each tab with a row selected: menus and their actions, tab titles, column
# headers and cells of every table, labels, buttons, filter hints, tooltips, the status
# bar, the detail panes and the Overview. What is left once the file's own strings are
# taken out must hold no Latin letter but in the few names that stay Latin on purpose.

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from factsheet.ui.language import InterfaceTranslators
from factsheet.ui.main_window import MainWindow
from factsheet.ui.settings import AppSettings
from program_text import LATIN, file_strings, program_text


def _model_texts(model: QAbstractItemModel, where: str) -> Iterator[tuple[str, str]]:
    """Header titles and tooltips, and every cell's text and tooltip."""
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for column in range(model.columnCount()):
        for role in roles:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if value:
                yield f"{where} header {column}", str(value)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in roles:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str) and value:
                    yield f"{where} cell {row},{column}", value


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    menu.aboutToShow.emit()  # menus that fill themselves when opened (Open Recent)
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_texts(submenu, f"{where} ▸ {submenu.title()}")
        elif not action.isSeparator():
            yield f"{where} ▸ {action.text()}", action.text()
            for extra in (action.toolTip(), action.statusTip(), action.whatsThis()):
                if extra and extra != action.text().replace("&", ""):
                    yield f"{where} ▸ {action.text()} (tip)", extra


def _widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """What ``root`` and every widget in it shows or gives a screen reader."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        for label, value in (
            ("tooltip", widget.toolTip()),
            ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription()),
            ("window title", widget.windowTitle() if widget.isWindow() else ""),
        ):
            if value:
                yield f"{name} {label}", value
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QLineEdit):
            yield f"{name} hint", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item {index}", widget.itemText(index)
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{name} tab {index}", widget.tabText(index)
                yield f"{name} tab {index} tip", widget.tabToolTip(index)
        elif isinstance(widget, QTextEdit):
            yield name, widget.toPlainText()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(widget.model(), name)


def _everything(window: MainWindow) -> Iterator[tuple[str, str]]:
    """Every tab in turn, its first row selected, then the menus and the status bar."""
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        table = getattr(page, "table", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)
        yield from _widget_texts(window)
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _menu_texts(menu, menu.title())
    yield "status bar", window.statusBar().currentMessage()


def _open_sample(
    qtbot: Any, settings_file: Path, sample_path: Path, size: tuple[int, int] = (1400, 900)
) -> MainWindow:
    from PySide6.QtCore import QSettings

    window = MainWindow(AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.open_file(sample_path)
    qtbot.waitUntil(lambda: window.loaded is not None and not window.updating_tabs, timeout=10_000)
    return window


def _english_in(window: MainWindow, sample_path: Path) -> tuple[int, list[tuple[str, str]]]:
    """How many texts the walk read, and those with English program text: (where, words)."""
    data = file_strings(sample_path)
    english = []
    seen = 0
    for where, text in _everything(window):
        if not text:
            continue
        seen += 1
        left = program_text(text, data)
        if LATIN.search(left):
            english.append((where, " ".join(LATIN.findall(left))))
    return seen, english


@pytest.fixture
def arabic_window(
    qtbot: Any, translators: InterfaceTranslators, settings_file: Path, sample_path: Path
) -> Iterator[MainWindow]:
    """The window as `factsheet --lang ar` opens it, with the sample shown."""
    translators.apply("ar", "western")
    window = _open_sample(qtbot, settings_file, sample_path)
    yield window
    window.close()


def test_the_arabic_window_runs_right_to_left(arabic_window: MainWindow) -> None:
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    widgets = [arabic_window, *arabic_window.findChildren(QWidget)]
    left_to_right = [
        type(w).__name__ for w in widgets if w.layoutDirection() != Qt.LayoutDirection.RightToLeft
    ]
    assert left_to_right == []
    assert arabic_window.menuBar().isRightToLeft()


def test_the_arabic_window_shows_no_englishprogram_text(
    arabic_window: MainWindow, sample_path: Path
) -> None:
    seen, english = _english_in(arabic_window, sample_path)
    assert seen > 200  # the walk reached the tabs' tables and detail panes, not only menus
    assert english == []


def test_the_walk_finds_the_english_of_the_english_window(
    qtbot: Any, settings_file: Path, sample_path: Path
) -> None:
    window = _open_sample(qtbot, settings_file, sample_path)
    _, english = _english_in(window, sample_path)
    found = {where.split(" ")[0] for where, _ in english}
    # Menus, the tab bar, the tables' headers and the detail panes all say English.
    assert {"&File", "IncidentTabs", "QTableView", "DetailPane"} <= found, found
    window.close()


def test_the_check_finds_english_where_there_is_some(sample_path: Path) -> None:
    data = file_strings(sample_path)
    assert LATIN.search(program_text("Opened al-qaryatayn-2017.yaml: 15 events.", data))
    assert not LATIN.search(program_text("فُتح al-qaryatayn-2017.yaml: 15 حدثاً.", data))
    assert not LATIN.search(program_text("Syrian Observatory for Human Rights (F5)", data))
    assert LATIN.search(program_text("at least 80", data))


def test_the_arabic_library_shows_no_english_program_text(
    qtbot: Any,
    arabic_window: MainWindow,
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTSHEET_CACHE_DIR", raising=False)
    folder = tmp_path / "incidents"
    folder.mkdir()
    (folder / sample_path.name).write_bytes(sample_path.read_bytes())
    arabic_window.library.open_folder(folder)
    view = arabic_window.library.view
    qtbot.waitUntil(lambda: not view.indexing and view.model.rowCount() > 0, timeout=10_000)
    view.table.selectRow(0)
    data = [*file_strings(sample_path), *file_strings(folder / sample_path.name)]
    english = [
        (where, " ".join(LATIN.findall(left)))
        for where, text in _widget_texts(view)
        if text
        for left in [program_text(text, data)]
        if LATIN.search(left)
    ]
    assert english == []
