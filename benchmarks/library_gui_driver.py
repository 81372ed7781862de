"""Child process for library_bench.py: the Library view on a folder, timed while it indexes."""

# Usage: library_gui_driver.py FOLDER QUERY
# Opens the real main window and its Library view on FOLDER (the worker thread and index
# included; the cache is the one the environment names) and prints JSON: when every file
# had a row, the first paint after that, the longest GUI-thread stall from then until the
# index is built (a 10 ms timer), how long a search and a status filter took one second
# after the rows appeared (while indexing, on a large folder), and when indexing finished
# (None if still running after 120 s).

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui_driver import _StallMeter  # noqa: E402

LIMIT_S = 120.0


class Probe:
    """Watches the view every 20 ms and records the figures."""

    def __init__(self, app: QApplication, folder: Path, query: str) -> None:
        from factsheet.ui.main_window import MainWindow
        from factsheet.ui.settings import AppSettings

        self.app, self.query = app, query
        self.figures: dict[str, Any] = {}
        self.total = sum(1 for _ in folder.rglob("*.yaml"))
        settings = Path(tempfile.mkdtemp()) / "settings.ini"
        self.window = MainWindow(AppSettings(QSettings(str(settings), QSettings.Format.IniFormat)))
        self.window.resize(1400, 900)
        self.window.show()
        self.view = self.window.library.view
        self.stall = _StallMeter()
        self.opened = time.perf_counter()
        self.window.library.open_folder(folder)
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        now = time.perf_counter()
        figures = self.figures
        if "listed_s" not in figures and self.view.model.rowCount() >= self.total:
            figures["listed_s"] = now - self.opened
            figures["started_s"] = self.opened - STARTED
            self.app.processEvents()
            figures["painted_s"] = time.perf_counter() - self.opened
            self.stall.longest = 0  # from here on the user sees the list
            QTimer.singleShot(1000, self.query_while_indexing)
        if "queried" in figures and not self.view.indexing:
            figures["indexed_s"] = now - self.opened
            self.finish()
        elif now - self.opened > LIMIT_S:
            figures["indexed_s"] = None
            self.finish()

    def query_while_indexing(self) -> None:
        view, figures = self.view, self.figures
        figures["indexing_during_search"] = view.indexing
        start = time.perf_counter()
        view.search_box.setText(self.query)
        view.apply_filters()
        figures["search_ms"] = (time.perf_counter() - start) * 1000
        figures["search_shown"] = view.proxy.rowCount()
        start = time.perf_counter()
        view.status.setCurrentIndex(view.status.findData("verified"))
        figures["filter_ms"] = (time.perf_counter() - start) * 1000
        view.clear_filters()
        figures["queried"] = True

    def finish(self) -> None:
        self.figures["longest_stall_ms"] = self.stall.longest
        self.figures["rows"] = self.view.model.rowCount()
        sys.stdout.write(json.dumps(self.figures) + "\n")
        sys.stdout.flush()
        self.view.close_folder()
        os._exit(0)


def main() -> int:
    """Open, measure, print, exit."""
    app = QApplication(sys.argv[:1])
    probe = Probe(app, Path(sys.argv[1]), sys.argv[2])  # noqa: F841 - kept alive for exec
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
