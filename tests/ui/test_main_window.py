"""The main window: start-up, opening, reloading, errors, recent files, links, state."""

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from factsheet.loading import LoadedIncident, read_incident
from factsheet.ui import about, dialogs, document_loader, print_actions
from factsheet.ui.about import AboutDialog
from factsheet.ui.main_window import MainWindow

SAMPLE_TITLE = "Killings of civilians in Al Qaryatayn after Daesh's second occupation"


def wait_title(qtbot: Any, window: MainWindow, title: str = SAMPLE_TITLE) -> None:
    """Wait until the window shows the incident titled ``title`` in every tab."""
    qtbot.waitUntil(
        lambda: (
            window.loaded is not None
            and window.failure is None
            and window.windowTitle() == f"{title} — {window.loaded.path.name} — Factsheet"
            and not window.updating_tabs
        ),
        timeout=10_000,
    )


def wait_idle(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.loader.is_busy(), timeout=10_000)


@pytest.fixture
def incident_copy(tmp_path: Path, sample_path: Path) -> Path:
    """A scratch copy of the sample that a test may change."""
    copy = tmp_path / "incidents" / "qaryatayn copy.yaml"
    copy.parent.mkdir()
    shutil.copyfile(sample_path, copy)
    return copy


def save_atomically(path: Path, text: str) -> None:
    """Save as editors do: write a new file beside it and rename it over the old one."""
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    temp.replace(path)


def retitled(path: Path, title: str) -> str:
    """The text of ``path`` (a copy of the sample, as yet unchanged) with another title."""
    text = path.read_text(encoding="utf-8")
    assert f"  title: {SAMPLE_TITLE}\n" in text
    return text.replace(f"  title: {SAMPLE_TITLE}", f"  title: {title}", 1)


def wait_failure(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.problems.heading().startswith("Could not"), timeout=10_000)


def test_first_start_opens_the_sample(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.show()
    window.open_initial(None)
    wait_title(qtbot, window)
    assert window.loaded is not None
    assert window.loaded.path.name == "al-qaryatayn-2017.yaml"
    assert window.sources_tab.model.rowCount() == len(window.loaded.incident.sources)


def test_a_file_given_on_the_command_line_is_opened(
    qtbot: Any, make_window: Any, incident_copy: Path
) -> None:
    save_atomically(incident_copy, retitled(incident_copy, "Given as an argument"))
    window = make_window()
    window.open_initial(incident_copy)
    wait_title(qtbot, window, "Given as an argument")
    assert window.loaded is not None
    assert window.loaded.path == incident_copy


def test_open_by_dialog(
    qtbot: Any, make_window: Any, incident_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_atomically(incident_copy, retitled(incident_copy, "Chosen in the dialog"))
    asked: list[object] = []

    def fake_ask(parent: object, start_in: Path | None = None) -> Path:
        asked.append(parent)
        return incident_copy

    monkeypatch.setattr(dialogs, "ask_open_file", fake_ask)
    window = make_window()
    window.open_action.trigger()
    wait_title(qtbot, window, "Chosen in the dialog")
    assert asked == [window]


def test_cancelling_the_open_dialog_changes_nothing(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []

    def cancel(parent: object, start_in: Path | None = None) -> None:
        asked.append(parent)

    monkeypatch.setattr(dialogs, "ask_open_file", cancel)
    window = make_window()
    window.open_action.trigger()
    assert asked == [window]  # the dialog was asked, and the user cancelled it
    assert not window.loader.is_busy()
    assert window.loaded is None
    assert window.windowTitle() == "Factsheet"


def test_a_dropped_file_is_opened(qtbot: Any, make_window: Any, incident_copy: Path) -> None:
    save_atomically(incident_copy, retitled(incident_copy, "Dropped on the window"))
    window = make_window()
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(incident_copy))])
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # PySide6 < 6.12 (pinned) takes a QPoint here; 6.12 deprecates it for QPointF.
    enter = QDragEnterEvent(QPoint(10, 10), actions, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), actions, mime, buttons, modifiers)
    QApplication.sendEvent(window, drop)
    wait_title(qtbot, window, "Dropped on the window")


def test_dragging_text_is_refused(make_window: Any) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(
        QPoint(1, 1),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_reload_after_an_atomic_save(
    qtbot: Any, make_window: Any, incident_copy: Path, sample_path: Path
) -> None:
    window = make_window()
    window.open_file(incident_copy)
    wait_title(qtbot, window)
    save_atomically(incident_copy, retitled(incident_copy, "Saved by an editor"))
    wait_title(qtbot, window, "Saved by an editor")
    # The watch survives the rename: a second save is noticed too.
    save_atomically(incident_copy, retitled(sample_path, "Saved again"))
    wait_title(qtbot, window, "Saved again")


def test_f5_reloads_the_file(qtbot: Any, make_window: Any, incident_copy: Path) -> None:
    window = make_window()
    window.open_file(incident_copy)
    wait_title(qtbot, window)
    window.watch.stop()  # only the menu command may reload in this test
    save_atomically(incident_copy, retitled(incident_copy, "Reloaded by hand"))
    assert window.reload_action.shortcut().toString() == "F5"
    window.reload_action.trigger()
    wait_title(qtbot, window, "Reloaded by hand")


def test_a_broken_file_keeps_the_incident_and_lists_located_errors(
    qtbot: Any, make_window: Any, tmp_path: Path, sample_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        sample_path.read_text(encoding="utf-8").replace("qualifier: at-least", "qualifier: most"),
        encoding="utf-8",
    )
    window = make_window()
    window.show()
    window.open_file(sample_path)
    wait_title(qtbot, window)
    shown = window.loaded
    window.open_file(broken)
    wait_failure(qtbot, window)
    assert window.loaded is shown
    # The window is about the failed file now; the incident stays, marked as the previous.
    errors = len(window.problems.model.problems)
    assert window.windowTitle() == f"broken.yaml: {errors} errors — Factsheet"
    assert window.banner.text().startswith(
        "Showing the previous file, al-qaryatayn-2017.yaml (Killings of civilians"
    )
    assert window.warnings_button.text() == f"✖ {errors} errors"
    assert window.problems.isVisible()
    assert window.problems.heading().startswith("Could not open broken.yaml: ")
    assert SAMPLE_TITLE in window.banner.text()  # what is shown instead, said once
    problems = window.problems.model.problems
    assert all(p.file == str(broken) for p in problems)
    assert all(p.path.startswith("claims[") for p in problems)
    first = problems[0]
    lines = broken.read_text(encoding="utf-8").splitlines()
    assert "qualifier: most" in lines[first.line - 1]
    assert window.problems.model.index(0, 1).data() == f"{first.line}:{first.column}"
    window.problems.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"{broken}:{first.line}:{first.column}: error: {first.path}: ")


def test_a_bad_save_keeps_the_incident_and_a_fixed_one_reloads(
    qtbot: Any, make_window: Any, incident_copy: Path
) -> None:
    good = incident_copy.read_text(encoding="utf-8")
    window = make_window()
    window.open_file(incident_copy)
    wait_title(qtbot, window)
    save_atomically(incident_copy, good.replace("format_version: 1", "format_version: [1"))
    wait_failure(qtbot, window)
    assert window.problems.heading().startswith("Could not reload")
    assert window.windowTitle() == "qaryatayn copy.yaml: 1 error — Factsheet"
    assert window.banner.text().startswith("Showing qaryatayn copy.yaml as it was last read")
    save_atomically(incident_copy, good.replace(SAMPLE_TITLE, "Fixed", 1))
    wait_title(qtbot, window, "Fixed")


def test_warnings_are_shown_but_do_not_block(
    qtbot: Any, make_window: Any, warned_path: Path
) -> None:
    window = make_window()
    window.show()
    window.open_file(warned_path)
    wait_title(qtbot, window)
    assert window.loaded is not None
    assert len(window.loaded.warnings) == 1
    assert window.warnings_button.isVisible()
    assert window.warnings_button.text() == "⚠ 1 warning"
    window.warnings_button.click()
    assert window.problems.isVisible()
    assert window.problems.model.problems == window.loaded.warnings
    window.problems.hide_button.click()
    assert not window.problems.isVisible()
    assert not window.problems_action.isChecked()
    window.problems_action.trigger()
    assert window.problems.isVisible()
    assert "has no claimed_on date" in window.overview_tab.text()


def test_recent_files_and_last_incident_survive_a_restart(
    qtbot: Any, make_window: Any, incident_copy: Path, sample_path: Path
) -> None:
    first = make_window()
    first.open_file(sample_path)
    wait_title(qtbot, first)
    first.open_file(incident_copy)
    qtbot.waitUntil(lambda: first.loaded is not None and first.loaded.path == incident_copy)
    first.close()

    second = make_window()  # same INI file, as after a restart
    assert second.settings.recent_files() == [incident_copy.absolute(), sample_path.absolute()]
    second.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in second.recent_menu.actions() if a.text()]
    assert labels[:2] == ["&1 qaryatayn copy.yaml", "&2 al-qaryatayn-2017.yaml"]
    second.open_initial(None)
    qtbot.waitUntil(lambda: second.loaded is not None and second.loaded.path == incident_copy)
    # Choosing from the menu opens that file.
    second.recent_menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: second.loaded is not None and second.loaded.path == sample_path)


def test_a_vanished_recent_file_is_forgotten(
    qtbot: Any, make_window: Any, incident_copy: Path
) -> None:
    window = make_window()
    window.open_file(incident_copy)
    wait_title(qtbot, window)
    incident_copy.unlink()
    window.open_file(incident_copy)
    wait_failure(qtbot, window)
    assert incident_copy.absolute() not in window.settings.recent_files()
    # At start, a last file that has gone away gives way to the sample.
    window.open_initial(None)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path.name.startswith("al"))


def test_geometry_and_tab_are_restored(qtbot: Any, make_window: Any) -> None:
    first = make_window()
    first.show()
    first.resize(700, 520)  # within the offscreen screen's 800×600
    first.tabs.show_tab(first.sources_tab)
    first.close()
    second = make_window()
    second.show()
    assert second.tabs.current_tab() is second.sources_tab
    assert (second.width(), second.height()) == (700, 520)


def test_cancel_drops_the_pending_file(qtbot: Any, make_window: Any, incident_copy: Path) -> None:
    window = make_window()
    window.open_file(incident_copy)
    assert window.cancel_action.isEnabled()
    window.cancel_action.trigger()
    assert not window.cancel_action.isEnabled()
    window.loader.wait_for_idle()
    qtbot.wait(50)  # let a (discarded) result arrive
    assert window.loaded is None
    assert window.windowTitle() == "Factsheet"


def test_links_switch_to_the_tab_of_the_item(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.open_initial(None)
    wait_title(qtbot, window)
    window.overview_tab.browser.anchorClicked.emit(QUrl("source:sohr-statement"))
    assert window.tabs.current_tab() is window.sources_tab
    selected = window.sources_tab.selected_source()
    assert selected is not None
    assert selected.id == "sohr-statement"
    # From a source, its claims: the claims tab takes over.
    window.sources_tab.detail.anchorClicked.emit(QUrl("claim:sohr-128-documented"))
    assert window.tabs.current_tab() is window.claims_tab
    # An id the incident lacks leaves the view where it was and says so.
    assert not window.show_item("source", "no-such-source")
    assert window.tabs.current_tab() is window.claims_tab


def test_find_focuses_the_current_tabs_filter(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.tabs.show_tab(window.sources_tab)
    window.find_action.trigger()
    qtbot.waitUntil(window.sources_tab.filter_edit.hasFocus)
    window.tabs.show_tab(window.overview_tab)
    window.find_action.trigger()
    qtbot.waitUntil(window.overview_tab.find_box.hasFocus)


def test_about_names_versions_and_licences(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.show_about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    text = dialog.text.text()
    expected_parts = ("Factsheet 0.1.0", "format version 1", "LGPL-3.0", "PyYAML", "MIT")
    fonts = ("Noto Naskh Arabic", "Noto Sans", "SIL Open Font License 1.1")
    for expected in (*expected_parts, *fonts):
        assert expected in text
    assert "not yet been reviewed by a native-speaking translator" in text
    assert "factsheet_ar.ts" in text  # where corrections go
    dialog.close()


def test_print_and_export_use_the_loaded_incident(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[str, object]] = []
    monkeypatch.setattr(
        print_actions, "print_with_preview", lambda parent, loaded: calls.append(("print", loaded))
    )

    def fake_export(parent: object, loaded: object) -> Path:
        calls.append(("pdf", loaded))
        return tmp_path / "sheet.pdf"

    monkeypatch.setattr(print_actions, "export_pdf_interactive", fake_export)
    monkeypatch.setattr(
        print_actions, "print_to_printer", lambda parent, loaded: calls.append(("direct", loaded))
    )
    window = make_window()
    assert not window.print_action.isEnabled()
    assert not window.print_direct_action.isEnabled()
    assert not window.export_pdf_action.isEnabled()
    window.open_initial(None)
    wait_title(qtbot, window)
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.print_action.trigger()
    window.print_direct_action.trigger()
    window.export_pdf_action.trigger()
    assert calls == [
        ("print", window.loaded),
        ("direct", window.loaded),
        ("pdf", window.loaded),
    ]
    assert "sheet.pdf" in window.statusBar().currentMessage()


def test_a_deleted_file_is_reported_and_the_incident_stays(
    qtbot: Any, make_window: Any, incident_copy: Path
) -> None:
    window = make_window()
    window.open_file(incident_copy)
    wait_title(qtbot, window)
    incident_copy.unlink()
    qtbot.waitUntil(
        lambda: "was moved or deleted" in window.statusBar().currentMessage(), timeout=5_000
    )
    assert window.windowTitle() == f"{SAMPLE_TITLE} — qaryatayn copy.yaml — Factsheet"
    assert window.loaded is not None


def test_a_slow_open_shows_progress_and_cancel_keeps_the_incident(
    qtbot: Any, make_window: Any, incident_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.show()
    window.open_initial(None)
    wait_title(qtbot, window)
    shown = window.loaded
    release = threading.Event()

    def slow_read(path: Path) -> LoadedIncident:
        release.wait(10)
        return read_incident(path)

    monkeypatch.setattr(document_loader, "read_incident", slow_read)
    window.open_file(incident_copy)
    qtbot.waitUntil(window.progress.isVisible, timeout=5_000)
    assert window.progress.label.text() == "Opening qaryatayn copy.yaml…"
    window.progress.cancel_button.click()
    assert not window.progress.isVisible()
    release.set()
    window.loader.wait_for_idle()
    qtbot.wait(50)
    assert window.loaded is shown
    assert window.statusBar().currentMessage() == "Opening cancelled."


def test_a_pdf_opened_by_mistake_is_named_as_check_names_it(
    qtbot: Any, make_window: Any, tmp_path: Path, sample_path: Path
) -> None:
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    window = make_window()
    window.open_file(sample_path)
    wait_title(qtbot, window)
    window.open_file(sheet)
    wait_failure(qtbot, window)
    # What it is, not "1 error": a file that cannot be read at all gives its reason.
    assert window.problems.heading() == (
        "Could not open sheet.pdf: expected a YAML text file; found a PDF document."
    )
    (problem,) = window.problems.model.problems
    assert str(problem) == (
        f"{sheet}:1:1: error: (file): expected a YAML text file; found a PDF document"
    )


def test_the_about_box_says_who_wrote_the_arabic_in_arabic(translators: Any) -> None:
    translators.apply("ar", "western")
    note = about.translation_note()
    assert "لم يراجعه بعدُ مترجمٌ لغته الأم العربية" in note
    assert "factsheet_ar.ts" in note


def test_the_arabic_about_box_reads_from_the_right(translators: Any) -> None:
    # Qt lays table columns out left to right: in Arabic the cells are written reversed so
    # that Component stands at the right, where the line starts, and Licence at the left.
    translators.apply("ar", "western")
    html = about.about_html()
    table = html[html.index("<table") :]
    heads = [about.About.tr(w) for w in ("Component", "Version", "Licence")]
    assert table.index(heads[2]) < table.index(heads[1]) < table.index(heads[0])
    assert table.index("MIT") < table.index("PyYAML")
    # The path runs left to right, its leading '/' included: a left-to-right isolate.
    note = about.translation_note()
    path = note[note.index("\u2066") + 1 : note.index("\u2069")]
    assert path.endswith("factsheet_ar.ts")
    assert "\u2068" not in note  # not a first-strong isolate
    translators.apply("en", "western")
    table = about.about_html().split("<table")[1]
    assert table.index("Component") < table.index("Version") < table.index("Licence")
