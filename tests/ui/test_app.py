"""app.py: the excepthook logs the traceback and tells the user one sentence."""

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from factsheet import app
from factsheet.ui import dialogs


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


def test_factsheet_file_opens_the_window_on_it_and_leaves_it_untouched(
    tmp_path: Path, sample_path: Path
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
        [sys.executable, "-m", "factsheet", str(copy)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke: Given killings of civilians in Al Qaryatayn" in done.stdout
    assert "Traceback" not in done.stderr
    assert copy.read_bytes() == before
    # The settings went to the scratch home and remember the file for next time.
    settings = (tmp_path / "config" / "Factsheet" / "Factsheet.conf").read_text(encoding="utf-8")
    assert str(copy) in settings


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
