"""Shared fixtures: paths to the sample, the corpora and a scratch copy of files."""

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# Headless by default; a developer may still run the tests on a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "al-qaryatayn-2017.yaml"
CORPORA = ROOT.parent / "shared" / "corpora"


@pytest.fixture
def sample_path() -> Path:
    """The bundled Al Qaryatayn sample (read-only: tests copy it before changing it)."""
    return SAMPLE


# --- the application shell (tests/ui/): windows with settings that never touch the user's ---


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    """An INI file for QSettings in a scratch folder (the format Linux uses natively)."""
    return tmp_path / "settings" / "factsheet.ini"


@pytest.fixture
def make_window(qtbot: Any, settings_file: Path) -> Callable[..., Any]:
    """Build MainWindows that read and write ``settings_file``; each is closed after the test."""
    from PySide6.QtCore import QSettings

    from factsheet.ui.main_window import MainWindow
    from factsheet.ui.settings import AppSettings

    def make(settings: Path | None = None) -> MainWindow:
        store = QSettings(str(settings or settings_file), QSettings.Format.IniFormat)
        window = MainWindow(AppSettings(store))
        qtbot.addWidget(window)
        return window

    return make


# --- libraries of incident files (tests/library/, the library commands and view) ---------


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library folder (see tests/library_folder.py); the index goes to a scratch cache."""
    from library_folder import build_library

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTSHEET_CACHE_DIR", raising=False)
    return build_library(tmp_path / "incidents")
