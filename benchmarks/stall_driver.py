"""Child process for run.py: load a file on a worker thread, report the GUI thread's stalls."""

# Usage: stall_driver.py now|fast|fast-gc-paused FILE. A QCoreApplication runs a 10 ms timer
# while a worker thread calls read_incident, the way the app's loader does; the longest gap
# between timer ticks is how long the GUI thread would have been frozen by loading alone
# (the tabs filling the window afterwards are measured by gui_driver.py). Prints JSON.

import gc
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

from factsheet.loading import loader
from fast_reader import read_document

TICK_MS = 10


def main(mode: str, file: Path) -> int:
    """Measure one load; print {"load_s", "longest_stall_ms"}."""
    if mode != "now":
        loader.read_yaml = read_document  # type: ignore[attr-defined]
    app = QCoreApplication(sys.argv[:1])
    clock = QElapsedTimer()
    clock.start()
    state: dict[str, Any] = {"last": 0, "longest": 0, "done": False}

    def tick() -> None:
        now = clock.elapsed()
        state["longest"] = max(state["longest"], now - state["last"] - TICK_MS)
        state["last"] = now
        if state["done"]:
            app.quit()

    def work() -> None:
        if mode == "fast-gc-paused":
            gc.disable()
        start = time.perf_counter()
        loader.read_incident(file)
        state["load_s"] = time.perf_counter() - start
        gc.enable()
        state["done"] = True

    def begin() -> None:
        state["last"] = clock.elapsed()
        threading.Thread(target=work, daemon=True).start()

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(50, begin)
    app.exec()
    print(json.dumps({"load_s": state["load_s"], "longest_stall_ms": state["longest"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
