"""Child process for run.py: start a window, exit at its first paint, print figures as JSON."""

# Modes:
#   bare             a bare QMainWindow with five empty tabs (the floor)
#   app FILE         Factsheet's own run_gui on FILE; exits at the first paint after the
#                    incident is shown in the tabs (what the user waits for)
#   app FILE WORDS   the same, then waits 3 s for the tabs to finish filling (reporting the
#                    longest GUI-thread stall over the whole time), types WORDS into the
#                    timeline filter one key at a time and reports each keystroke's time
#                    (filtering plus the repaint it causes), then shows the Timeline in a
#                    1024×700 window and scrolls it a page at a time, and jumps, reporting
#                    each scroll's time (the rows coming into view measured and painted)
# The parent times the whole process and reads its peak memory; this prints in-process times.

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
)

STALL_TICK_MS = 10
#: After the first paint, tabs may still be filling in stages: keep measuring stalls this long.
SETTLE_MS = 3000


class _FirstPaint(QObject):
    """Calls ``done`` once, at the first paint of a widget in a window that is ready."""

    def __init__(self, ready: Any, done: Any) -> None:
        super().__init__()
        self.ready = ready
        self.done = done
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            not self.fired
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and self.ready(watched.window())
        ):
            self.fired = True
            QTimer.singleShot(0, self.done)
        return False


class _StallMeter(QObject):
    """The longest the GUI thread went without running a 10 ms timer."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.timer = QTimer(self)
        self.timer.setInterval(STALL_TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last - STALL_TICK_MS)
        self.last = now


def _finish(figures: dict[str, Any]) -> None:
    figures["in_process_s"] = time.perf_counter() - STARTED
    sys.stdout.write(json.dumps(figures) + "\n")
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown: the bare window is timed the same way


def run_bare() -> int:
    """The floor: what any PySide6 window with five tabs costs to appear."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for name in ("Overview", "Timeline", "Claims", "Actors", "Sources"):
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    window.resize(1100, 750)
    first = _FirstPaint(lambda w: w is window, lambda: _finish({}))
    app.installEventFilter(first)
    window.show()
    return int(app.exec())


def run_app(file: Path, words: str | None) -> int:
    """Factsheet on ``file``: time to the incident on screen, then optional typing."""
    from factsheet import app as factsheet_app
    from factsheet.ui.main_window import MainWindow
    from factsheet.ui.timeline_tab import TimelineTab

    qt_app = QApplication(sys.argv[:1])
    stall = _StallMeter()
    shown: dict[str, float] = {}
    original = MainWindow.show_incident

    def show_incident(self: MainWindow, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        shown["at"] = time.perf_counter() - STARTED

    MainWindow.show_incident = show_incident  # type: ignore[method-assign]

    def settled() -> None:
        figures: dict[str, Any] = {"shown_s": shown["at"], "longest_stall_ms": stall.longest}
        window = next(w for w in qt_app.topLevelWidgets() if isinstance(w, MainWindow))
        if words:
            figures["keystrokes_ms"] = _type_into_timeline(qt_app, window.findChild(TimelineTab))
            figures["scrolls_ms"] = _scroll_timeline(qt_app, window)
        _finish(figures)

    def painted() -> None:
        if not words:
            _finish({"shown_s": shown["at"], "longest_stall_ms": stall.longest})
        QTimer.singleShot(SETTLE_MS, settled)

    first = _FirstPaint(lambda w: isinstance(w, MainWindow) and "at" in shown, painted)
    qt_app.installEventFilter(first)
    return factsheet_app.run_gui(file)


def _type_into_timeline(app: QApplication, tab: QWidget | None) -> list[float]:
    """Each key's time: the filter runs on textChanged, then the view repaints."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if tab is None:
        return []
    edit = tab.findChild(QLineEdit)
    if edit is None:
        return []
    edit.setFocus()
    app.processEvents()
    times: list[float] = []
    keys = [*sys.argv[3], *["\b"] * len(sys.argv[3])]  # type, then delete back to nothing
    for key in keys:
        start = time.perf_counter()
        if key == "\b":
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(edit, key)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _scroll_timeline(app: QApplication, window: Any) -> list[float]:
    """Each scroll's time on a laptop-sized window: 30 pages down, then jumps far away."""
    window.resize(1024, 700)
    window.tabs.setCurrentIndex(1)
    for _ in range(5):
        app.processEvents()
    bar = window.timeline_tab.table.verticalScrollBar()
    targets = [bar.pageStep() * n for n in range(1, 31)]
    targets += [bar.maximum() // 2, bar.maximum(), bar.maximum() // 3, 0]
    times: list[float] = []
    for target in targets:
        start = time.perf_counter()
        bar.setValue(target)
        window.timeline_tab.table.viewport().repaint()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    """Run the mode named on the command line."""
    if sys.argv[1] == "bare":
        return run_bare()
    return run_app(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)


if __name__ == "__main__":
    sys.exit(main())
