"""The library in the main window: Open Folder, open an incident, back, batch output."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget

from factsheet.batch_export import write_incident
from factsheet.loading import read_incident
from factsheet.ui import batch_output, dialogs
from library_folder import snapshot

WAIT_MS = 10_000


@pytest.fixture
def window(qtbot: Any, make_window: Any, library: Path) -> Any:
    shown = make_window()
    shown.resize(1400, 900)
    shown.show()
    return shown


def _pages_of(pdf: Path) -> int:
    # Each page of a PDF is one "/Type /Page" dictionary (the page tree is "/Type /Pages").
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf.read_bytes()))


def _open(qtbot: Any, window: Any, folder: Path) -> None:
    window.library.open_folder(folder)
    view = window.library.view
    qtbot.waitUntil(lambda: not view.indexing and view.model.rowCount() > 0, timeout=WAIT_MS)


def _select(view: Any, query: str) -> None:
    view.search_box.setText(query)
    view.apply_filters()
    selection = view.table.selectionModel()
    for row in range(view.proxy.rowCount()):
        selection.select(
            view.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_open_folder_shows_the_library_and_remembers_it(
    qtbot: Any, window: Any, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_open_folder", lambda parent, start_in=None: library)
    window.library.open_folder_action.trigger()
    assert window.library.showing_library
    assert window.windowTitle() == "incidents — Factsheet"
    assert window.settings.recent_folders() == [library]
    window.library.recent_folders_menu.aboutToShow.emit()
    texts = [a.text() for a in window.library.recent_folders_menu.actions()]
    assert texts[0] == "&1 incidents"


def test_an_incident_opens_in_the_tabs_and_one_step_goes_back(
    qtbot: Any, window: Any, library: Path
) -> None:
    _open(qtbot, window, library)
    view = window.library.view
    view.search_box.setText("museum")
    view.apply_filters()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    view.open_current()
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=WAIT_MS)
    assert window.loaded.path == library / "homs/2017/palmyra.yml"
    assert not window.library.showing_library
    assert window.library.back_action.isEnabled()
    assert window.library.toolbar.isVisible()
    assert window.windowTitle() == "Shelling near the Palmyra museum — palmyra.yml — Factsheet"
    window.library.back_action.trigger()
    assert window.library.showing_library
    assert view.search_box.text() == "museum"  # as it was left
    assert view.shown_paths() == ["homs/2017/palmyra.yml"]


def test_back_and_forward_pass_through_the_library(qtbot: Any, window: Any, library: Path) -> None:
    # One history for the window (issue 13): the library is a step, as a page in a browser;
    # Alt+Left is Go ▸ Back's alone.
    assert "Alt+Left" not in [k.toString() for k in window.library.back_action.shortcuts()]
    _open(qtbot, window, library)
    view = window.library.view
    view.search_box.setText("museum")
    view.apply_filters()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    view.open_current()
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=WAIT_MS)
    assert not window.library.showing_library
    window.navigator.go_back()
    assert window.library.showing_library
    assert window.windowTitle() == "incidents — Factsheet"
    window.navigator.go_forward()
    assert not window.library.showing_library
    assert window.loaded.path == library / "homs/2017/palmyra.yml"
    assert window.windowTitle() == "Shelling near the Palmyra museum — palmyra.yml — Factsheet"


def test_a_dropped_folder_opens_its_library(qtbot: Any, window: Any, library: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(library))])
    actions, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(window, QDragEnterEvent(QPoint(5, 5), actions, mime, buttons, modifiers))
    QApplication.sendEvent(window, QDropEvent(QPointF(5, 5), actions, mime, buttons, modifiers))
    assert window.library.showing_library
    assert window.library.view.folder == library


def test_export_selected_writes_json_and_a_summary(
    qtbot: Any, window: Any, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        dialogs, "ask_batch_export", lambda parent, count, **_: (out, "json", "brief")
    )
    before = snapshot(library)
    _open(qtbot, window, library)
    _select(window.library.view, "PCC")
    window.library.view.export_button.click()
    assert sorted(p.name for p in out.iterdir()) == [
        "palmyra.json",
        "qaryatayn.json",
        "summary.txt",
    ]
    data = json.loads((out / "palmyra.json").read_text(encoding="utf-8"))
    assert data["incident"]["title"] == "Shelling near the Palmyra museum"
    assert (out / "summary.txt").read_text(encoding="utf-8").splitlines()[-1] == "2 written"
    assert snapshot(library) == before


def test_export_selected_as_pdf_names_the_files_it_could_not_read(
    qtbot: Any, window: Any, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "sheets"
    offered: list[str] = []

    def ask(parent: object, count: int, *, start_in: object, variant: str) -> tuple[Path, str, str]:
        offered.append(variant)
        return out, "pdf", "full"

    monkeypatch.setattr(dialogs, "ask_batch_export", ask)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    _open(qtbot, window, library)
    view = window.library.view
    view.search_box.setText("")
    view.apply_filters()
    view.table.selectAll()  # valid, broken and unreadable files alike
    view.export_button.click()
    written = sorted(p.name for p in out.iterdir())
    assert written == [
        "bidi-title.pdf",
        "escape.pdf",
        "market.pdf",
        "palmyra.pdf",
        "qaryatayn.pdf",
        "summary.txt",
    ]
    assert (out / "market.pdf").read_bytes().startswith(b"%PDF")
    # The full dossier was asked for: more pages than the brief of the same file, and the
    # choice is remembered for the next export (the brief was offered first, the default).
    brief = tmp_path / "brief.pdf"
    write_incident(read_incident(library / "homs/2017/qaryatayn.yaml"), brief, "pdf")
    assert _pages_of(out / "qaryatayn.pdf") > _pages_of(brief)
    assert offered == ["brief"]
    assert window.settings.sheet_variant() == "full"
    assert len(errors) == 1
    for name in ("no-title.yaml", "latin1.yaml", "deep.yaml"):
        assert f"could not export {library}" in errors[0]
        assert name in errors[0]


def test_print_selected_asks_once_and_prints_each_sheet(
    qtbot: Any, window: Any, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    class FakePrintDialog(QDialog):
        def __init__(self, printer: object, parent: QWidget) -> None:
            super().__init__(parent)

        def setWindowTitle(self, title: str) -> None:  # noqa: N802 - Qt's name
            asked.append(title)

        def setOption(self, *_args: object) -> None:  # noqa: N802 - Qt's name
            pass

        def setOptionTabs(self, tabs: list[QWidget]) -> None:  # noqa: N802 - Qt's name
            # The user picks the full dossier in the dialog's "Fact sheet" tab.
            (box,) = [
                b for tab in tabs for b in tab.findChildren(QComboBox) if b.findData("full") >= 0
            ]
            box.setCurrentIndex(box.findData("full"))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted.value

    printed: list[tuple[Path, str]] = []
    monkeypatch.setattr(batch_output, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(
        batch_output,
        "render_on_printer",
        lambda printer, loaded, variant, language: printed.append((loaded.path, variant)),
    )
    _open(qtbot, window, library)
    _select(window.library.view, "PCC")
    window.library.view.print_button.click()
    assert asked == ["Print 2 fact sheets"]
    assert sorted(printed) == [
        (library / "homs/2017/palmyra.yml", "full"),
        (library / "homs/2017/qaryatayn.yaml", "full"),
    ]
    assert window.settings.sheet_variant() == "full"


def test_closing_the_window_stops_the_indexer(qtbot: Any, window: Any, library: Path) -> None:
    window.library.open_folder(library)
    window.close()
    assert window.library.view.indexer is None
