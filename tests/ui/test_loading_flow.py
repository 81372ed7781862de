"""Reading off the GUI thread: results, cancel, supersede, file watching, responsiveness."""

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence

from factsheet.i18n import current_language, using_language
from factsheet.loading import IncidentLoadError, LoadedIncident, read_incident
from factsheet.ui import document_loader as loader_module
from factsheet.ui.document_loader import DocumentLoader, LoadRequest
from factsheet.ui.file_watch import DEBOUNCE_MS, FileWatch
from factsheet.ui.problems_view import ProblemsView, ProblemTableModel


def large_incident(events: int) -> str:
    """A valid incident with ``events`` timeline events (English and Arabic text)."""
    lines = [
        "format_version: 1",
        "incident:",
        "  id: SYN-LARGE",
        "  title: A long siege (generated)",
        "  title_ar: حصار طويل",
        "  summary: Generated to test that opening a large file keeps the window responsive.",
        "  date: 2016-01/2017-12",
        "  locations: [{name: Somewhere, name_ar: مكان ما, precision: town}]",
        "  status: ongoing",
        "  last_updated: 2018-01-01",
        "actors:",
        "  - {id: monitor, name: A monitor, kind: monitor}",
        "  - {id: force, name: A force, name_ar: قوة, kind: state-forces}",
        "sources:",
        "  - {id: report, publisher: monitor, published: 2018-01-01, kind: monitor-report}",
        "timeline:",
    ]
    for n in range(events):
        day = 1 + n % 28
        month = 1 + (n // 28) % 12
        lines += [
            f"  - id: event-{n}",
            f"    date: {2016 + n % 2}-{month:02d}-{day:02d}",
            f"    text: Shelling of district {n % 97} reported; قصف على الحي رقم {n % 97}.",
            "    actors: [{actor: force, role: alleged-perpetrator}]",
            "    sources: [report]",
        ]
    lines += ["claims:"]
    for n in range(events // 20):
        lines.append(
            f"  - {{id: claim-{n}, claimant: monitor, sources: [report], claimed_on: 2018-01-01,"
            f" qualifier: at-least, count: {n + 1}, victims: civilians,"
            " basis: documented-deaths}"
        )
    return "\n".join(lines) + "\n"


def test_problem_model_passes_the_model_tester(qtmodeltester: Any, tmp_path: Path) -> None:
    model = ProblemTableModel()
    qtmodeltester.check(model)
    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 1\nincident: {title: x}\nextra: 1\n", encoding="utf-8")
    result = loader_module.read_in_worker(bad)
    assert isinstance(result, IncidentLoadError)
    model.set_problems(result.problems)
    assert model.rowCount() == len(result.problems) > 1
    qtmodeltester.check(model)


def test_problems_are_copied_as_located_lines(qtbot: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 1\nincident: [\n", encoding="utf-8")
    result = loader_module.read_in_worker(bad)
    assert isinstance(result, IncidentLoadError)
    view = ProblemsView()
    qtbot.addWidget(view)
    view.show_problems("Could not open bad.yaml", result.problems)
    view.table.selectRow(0)
    assert view.selected_problems() == [result.problems[0]]
    view.copy_to_clipboard()
    assert QGuiApplication.clipboard().text() == f"{result.problems[0]}\n"
    assert QGuiApplication.clipboard().text().startswith(f"{bad}:")
    # Ctrl+C in the list does the same.
    QGuiApplication.clipboard().clear()
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keySequence(view.table, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QGuiApplication.clipboard().text() == f"{result.problems[0]}\n"


def test_loader_delivers_the_incident(qtbot: Any, sample_path: Path) -> None:
    loader = DocumentLoader()
    with qtbot.waitSignal(loader.finished, timeout=10_000) as blocker:
        request = loader.load(sample_path, "open")
    got_request, result = blocker.args
    assert got_request == request
    assert isinstance(result, LoadedIncident)
    assert not loader.is_busy()


def test_the_worker_prepares_in_the_language_of_the_request(qtbot: Any, sample_path: Path) -> None:
    seen: list[str] = []
    loader = DocumentLoader(prepare=lambda loaded: seen.append(current_language()))
    with using_language("ar"), qtbot.waitSignal(loader.finished, timeout=10_000):
        loader.load(sample_path, "open")  # asked while Arabic is current
    with qtbot.waitSignal(loader.finished, timeout=10_000):
        loader.load(sample_path, "open")
    assert seen == ["ar", "en"]  # Qt's pool threads do not inherit the caller's context


def test_a_newer_request_supersedes_an_older_one(
    qtbot: Any, sample_path: Path, tmp_path: Path
) -> None:
    loader = DocumentLoader()
    results: list[tuple[LoadRequest, object]] = []
    loader.finished.connect(lambda request, result: results.append((request, result)))
    loader.load(tmp_path / "missing.yaml", "open")
    newer = loader.load(sample_path, "open")
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    loader.wait_for_idle()
    qtbot.wait(20)
    assert [r for r, _ in results] == [newer]


def test_an_unexpected_failure_becomes_a_sentence(
    qtbot: Any, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(path: Path) -> LoadedIncident:
        raise RuntimeError("a bug")

    monkeypatch.setattr(loader_module, "read_incident", explode)
    loader = DocumentLoader()
    with qtbot.waitSignal(loader.finished, timeout=10_000) as blocker:
        loader.load(sample_path, "open")
    error = blocker.args[1]
    assert isinstance(error, IncidentLoadError)
    assert "Traceback" not in str(error)
    assert "failed unexpectedly" in error.problems[0].message


@pytest.fixture
def stalled_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Reads of the paths given wait until the test ends (a hung network share, say)."""
    release = threading.Event()
    stalled: set[Path] = set()
    real_read = read_incident

    def read(path: Path) -> LoadedIncident:
        if path in stalled:
            release.wait(30)
        return real_read(path)

    monkeypatch.setattr(loader_module, "read_incident", read)
    yield stalled.add
    release.set()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_pipe_is_refused_at_once_even_behind_a_stalled_read(
    qtbot: Any, sample_path: Path, tmp_path: Path, stalled_reads: Callable[[Path], None]
) -> None:
    stalled_reads(sample_path)
    fifo = tmp_path / "f.yaml"
    os.mkfifo(fifo)
    loader = DocumentLoader()
    loader.load(sample_path, "open")
    with qtbot.waitSignal(loader.finished, timeout=2_000) as blocker:
        request = loader.load(fifo, "open")
    assert blocker.args[0] == request
    error = blocker.args[1]
    assert isinstance(error, IncidentLoadError)
    assert error.unreadable
    assert [p.message for p in error.problems] == ["expected a file; found a pipe"]
    assert not loader.is_busy()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_the_window_says_at_once_that_a_pipe_is_not_a_file(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    fifo = tmp_path / "f.yaml"
    os.mkfifo(fifo)
    window = make_window()
    window.show()
    window.open_file(fifo)
    qtbot.waitUntil(lambda: window.problems.heading().startswith("Could not open"), timeout=2_000)
    # The reason itself, not "1 error", in the list, the status bar and the banner; and no
    # promise that saving opens it (a pipe is never watched).
    reason = "expected a file; found a pipe"
    assert window.problems.heading() == f"Could not open f.yaml: {reason}."
    assert window.statusBar().currentMessage() == f"Could not open f.yaml: {reason}."
    assert window.banner.text() == f"f.yaml could not be opened: {reason}. F5 tries again."
    assert not window.progress.isVisible()
    assert not window.cancel_action.isEnabled()


def open_retitled(qtbot: Any, make_window: Any, sample_path: Path, path: Path, title: str) -> Any:
    """A window showing the sample saved as ``path`` with ``title`` (YAML) for its title."""
    text = sample_path.read_text(encoding="utf-8")
    old_title = text.split("  title: ", 1)[1].split("\n", 1)[0]
    path.write_text(text.replace(old_title, title, 1), encoding="utf-8")
    window = make_window()
    window.open_file(path)
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=10_000)
    return window


def test_a_title_that_could_reorder_the_window_title_is_isolated(
    qtbot: Any, make_window: Any, tmp_path: Path, sample_path: Path
) -> None:
    forged = tmp_path / "f\u202e.yaml"
    window = open_retitled(qtbot, make_window, sample_path, forged, "Report\u202e tropeR")
    assert window.windowTitle() == (
        "\u2068Report\u202e tropeR\u2069 — \u2068f\u202e.yaml\u2069 — Factsheet"
    )
    assert window.statusBar().currentMessage().startswith("Opened \u2068f\u202e.yaml\u2069: ")


QUIT_AFTER_CANCEL = """\
import sys, threading
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from factsheet.ui import document_loader
from factsheet.ui.main_window import MainWindow
from factsheet.ui.settings import AppSettings

never = threading.Event()
document_loader.read_incident = lambda path: never.wait()  # a read that never ends
app = QApplication(["factsheet"])
window = MainWindow(AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
window.open_file(Path(sys.argv[1]))

def cancel_then_quit():
    QTest.keyClick(window, Qt.Key.Key_Escape)  # File > Cancel Loading
    print("cancelled" if not window.cancel_action.isEnabled() else "still busy", flush=True)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # File > Quit

QTimer.singleShot(300, cancel_then_quit)
sys.exit(app.exec())
"""


def test_cancel_during_a_stalled_read_then_quit_ends_the_process(
    sample_path: Path, tmp_path: Path
) -> None:
    # Issue 12: after Cancel, Ctrl+Q closed the window but the process waited for the read.
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", QUIT_AFTER_CANCEL, str(sample_path), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout == "cancelled\n", result.stderr
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 30


def test_watch_emits_once_per_save_and_ignores_touches(qtbot: Any, tmp_path: Path) -> None:
    watched = tmp_path / "incident.yaml"
    watched.write_text("one", encoding="utf-8")
    watch = FileWatch()
    watch.watch(watched)
    changes: list[Path] = []
    watch.changed.connect(changes.append)
    # A burst of writes, then an atomic replace: one notice.
    for text in ("two", "three"):
        watched.write_text(text, encoding="utf-8")
    temp = tmp_path / ".incident.yaml.new"
    temp.write_text("four", encoding="utf-8")
    temp.replace(watched)
    qtbot.waitUntil(lambda: len(changes) == 1, timeout=5_000)
    qtbot.wait(DEBOUNCE_MS * 2)
    assert changes == [watched]
    # Another file in the folder is not our file.
    (tmp_path / "other.txt").write_text("x", encoding="utf-8")
    qtbot.wait(DEBOUNCE_MS * 2)
    assert changes == [watched]
    # The path was re-added after the rename: the next save is seen too.
    watched.write_text("five!", encoding="utf-8")
    qtbot.waitUntil(lambda: len(changes) == 2, timeout=5_000)
    # Deleted: said once; back again: a change.
    gone: list[Path] = []
    watch.vanished.connect(gone.append)
    watched.unlink()
    qtbot.waitUntil(lambda: gone == [watched], timeout=5_000)
    watched.write_text("six", encoding="utf-8")
    qtbot.waitUntil(lambda: len(changes) == 3, timeout=5_000)
    assert gone == [watched]
    watch.stop()


@pytest.mark.slow
def test_gui_thread_stays_responsive_while_a_large_file_opens(
    qtbot: Any, make_window: Any, tmp_path: Path, record_property: Any
) -> None:
    events = 6_000
    big = tmp_path / "large.yaml"
    big.write_text(large_incident(events), encoding="utf-8")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    started = time.perf_counter()
    window.open_file(big)
    qtbot.waitUntil(lambda: window.loaded is not None and not window.updating_tabs, timeout=120_000)
    qtbot.wait(50)  # the tabs paint their first rows
    ticker.stop()
    elapsed = time.perf_counter() - started
    assert window.loaded is not None
    assert len(window.loaded.incident.timeline) == events
    # Timings are reported, not asserted: machines differ. See the test's output with -s.
    record_property("largest_gui_gap_ms", max(gaps))
    record_property("open_seconds", round(elapsed, 2))
    report = f"{events} events opened in {elapsed:.2f} s; largest GUI-thread gap {max(gaps)} ms"
    print(f"\n{report}")  # noqa: T201 - the figure the issue asks to report
    assert len(gaps) > 10  # the event loop kept turning while the file was read


def test_a_title_of_invisible_characters_gives_the_window_the_file_name(
    qtbot: Any, make_window: Any, tmp_path: Path, sample_path: Path
) -> None:
    blank = tmp_path / "zw.yaml"
    window = open_retitled(qtbot, make_window, sample_path, blank, '"\\u200b\\u2060\\u202e"')
    assert window.loaded.incident.incident.title == "\u200b\u2060\u202e"
    # Not "\u2068\u200b\u2060\u202e\u2069 — zw.yaml — Factsheet", which looks blank.
    assert window.windowTitle() == "zw.yaml — Factsheet"
