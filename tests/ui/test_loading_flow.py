"""Reading off the GUI thread: results, cancel, supersede, file watching, responsiveness."""

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence

from factsheet.i18n import current_language, using_language
from factsheet.loading import IncidentLoadError, LoadedIncident
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
