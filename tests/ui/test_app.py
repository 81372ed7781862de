"""app.py: one-sentence errors, files from the system, and the window reopened in a language."""

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from factsheet import app
from factsheet.loading import read_incident
from factsheet.ui import dialogs
from factsheet.ui.settings import AppSettings


def test_an_unexpected_error_is_logged_and_told_in_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text: shown.append((title, text))
    )
    log_file = app.start_logging(tmp_path)
    hook = app.make_excepthook(log_file)
    try:
        raise ValueError("deep inside")
    except ValueError:
        kind, value, tb = sys.exc_info()
        assert kind is not None
        assert value is not None
        hook(kind, value, tb)
    for handler in list(app._log.handlers):
        handler.flush()
        app._log.removeHandler(handler)
        handler.close()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Factsheet"
    assert "Traceback" not in text
    assert "ValueError" not in text
    assert text.count(". ") <= 1  # one sentence, then where the details are
    assert str(log_file) in text
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "ValueError: deep inside" in logged


@pytest.mark.parametrize("options", [[], ["--lang", "ar"]], ids=["", "lang-ar"])
def test_factsheet_file_opens_the_window_on_it_and_leaves_it_untouched(
    tmp_path: Path, sample_path: Path, options: list[str]
) -> None:
    copy = tmp_path / "copy of qaryatayn.yaml"
    text = sample_path.read_text(encoding="utf-8").replace(
        "  title: Killings of civilians", "  title: Given killings of civilians", 1
    )
    copy.write_text(text, encoding="utf-8")
    before = copy.read_bytes()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        app.SMOKE_EXIT_ENV: "50",
    }
    done = subprocess.run(
        [sys.executable, "-m", "factsheet", *options, str(copy)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # In Arabic the title's data is isolated (FSI … PDI) from the Arabic around it.
    shown = done.stdout.replace("\u2068", "").replace("\u2069", "")
    assert "smoke: Given killings of civilians in Al Qaryatayn" in shown
    assert "Traceback" not in done.stderr
    assert copy.read_bytes() == before
    # The settings went to the scratch home and remember the file for next time.
    settings = (tmp_path / "config" / "Factsheet" / "Factsheet.conf").read_text(encoding="utf-8")
    assert str(copy) in settings
    assert "language" not in settings  # --lang is for one run; View ▸ Language remembers
    probe = "smoke-language: ar rtl &اللغة ألغِ" if options else "smoke-language: en ltr &Language"
    assert probe in done.stdout


def test_the_first_paint_hook_quits_once_the_incident_is_on_screen(
    tmp_path: Path, sample_path: Path
) -> None:
    # How benchmarks/run.py times a start to the first window with the incident in it.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        app.SMOKE_EXIT_ENV: app.SMOKE_AT_FIRST_PAINT,
    }
    done = subprocess.run(
        [sys.executable, "-m", "factsheet", str(sample_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("smoke: Killings of civilians in Al Qaryatayn") == 1


def test_files_the_system_asks_to_open_reach_the_window(qapp: Any, tmp_path: Path) -> None:
    # macOS Finder sends QFileOpenEvent (a double-click on an incident file), not argv.
    class Window:
        def __init__(self) -> None:
            self.opened: list[Path] = []

        def open_file(self, path: Path) -> None:
            self.opened.append(path)

    events = app.FileOpenEvents()
    qapp.installEventFilter(events)
    try:
        early, later = tmp_path / "early.incident.yaml", tmp_path / "later.incident.yaml"
        QApplication.sendEvent(qapp, QFileOpenEvent(str(early)))
        assert events.pending == [early]  # before the window exists: kept for run_gui
        window = Window()
        events.attach(window)  # type: ignore[arg-type]
        QApplication.sendEvent(qapp, QFileOpenEvent(str(later)))
        assert window.opened == [later]
    finally:
        qapp.removeEventFilter(events)


def test_choosing_arabic_reopens_the_window_in_arabic_where_it_was(
    qtbot: Any, make_window: Any, translators: Any, sample_path: Path
) -> None:
    window = make_window()
    window.show()
    window.resize(720, 540)  # within the offscreen screen (800×600): restoreGeometry clamps
    loaded = read_incident(sample_path)
    window.show_incident(loaded)
    window.tabs.setCurrentIndex(1)  # the timeline
    switch = app.LanguageSwitch(translators, app.FileOpenEvents(), window)

    arabic = switch.switch("ar", "western")
    qtbot.addWidget(arabic)
    assert switch.window is arabic
    assert not window.isVisible()  # closed, and deleted once the event loop runs
    qtbot.waitUntil(lambda: not arabic.updating_tabs, timeout=10_000)
    assert arabic.loaded is loaded  # the incident as it was read, not read again
    assert arabic.tabs.currentIndex() == 1
    assert (arabic.width(), arabic.height()) == (720, 540)
    assert arabic.isRightToLeft()
    assert arabic.language_menu.title() == "&اللغة"
    assert arabic.language_menu.language_actions["ar"].isChecked()
    model = arabic.timeline_tab.model
    dates = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any("تشرين الأول 2017" in date for date in dates), dates
    assert AppSettings(arabic.settings._store).language() == "ar"  # remembered

    english = switch.switch("en", "western")
    qtbot.addWidget(english)
    qtbot.waitUntil(lambda: not english.updating_tabs, timeout=10_000)
    model = english.timeline_tab.model
    assert any("October 2017" in model.index(r, 0).data() for r in range(model.rowCount()))
    assert not english.isRightToLeft()
    assert switch.switch("en", "western") is english  # the language it has: nothing to do
