"""Offline, provably: no connection is attempted and no networking module is imported."""

import json
import os
import socket  # noqa: TID251 - imported only to block it
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

NETWORK_MODULES = ("PySide6.QtNetwork", "urllib.request", "http.client", "ssl", "requests")


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to make a socket or a connection, recorded and refused."""
    recorded: list[str] = []

    def refuse(name: str) -> Any:
        def refused(*args: object, **kwargs: object) -> None:
            recorded.append(f"{name}{args}")
            raise OSError(f"test: network use is not allowed ({name})")

        return refused

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    return recorded


def test_a_full_session_makes_no_connection(
    qtbot: Any, make_window: Any, attempts: list[str]
) -> None:
    window = make_window()
    window.show()
    window.activateWindow()
    window.open_initial(None)
    qtbot.waitUntil(lambda: window.loaded is not None and not window.updating_tabs, timeout=10_000)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.find_action.trigger()
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit):
            focused.setText("daesh")
            focused.clear()
        qtbot.wait(10)
    window.show_item("source", "sohr-statement")
    window.show_about()
    window.reload_action.trigger()
    qtbot.waitUntil(lambda: not window.loader.is_busy(), timeout=10_000)
    qtbot.wait(50)
    assert attempts == []


_PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from factsheet.app import run_gui
from factsheet.ui.main_window import MainWindow

def check():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or windows[0].loaded is None or windows[0].updating_tabs:
        QTimer.singleShot(50, check)
        return
    window = windows[0]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
    print(json.dumps({"title": window.windowTitle(), "modules": sorted(sys.modules)}))
    window.close()
    app.quit()

QTimer.singleShot(0, check)
sys.exit(run_gui(None))
"""


def test_the_app_imports_no_networking_module(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # Settings and the log go to a scratch home, never the developer's.
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["title"].endswith(" — Factsheet")
    loaded = set(report["modules"])
    assert "factsheet.ui.main_window" in loaded  # the probe did run the app
    assert sorted(loaded & set(NETWORK_MODULES)) == []
    assert not any(name.startswith("PySide6.QtNetwork") for name in loaded)
