"""Keeps a library folder's index current on a worker thread, and notices changes on disk.

The window never waits for it: the folder is scanned and read on a QThread, which reports
the files it found at once (so the list is usable while a first index is built), then the
summaries of the files it read, in batches, with progress. Changes are noticed by watching
the folders (files added, removed, renamed) and by a stat-only rescan every few seconds
(in-place saves, which folder watches miss, and network folders, where they never fire).
"""

import contextlib
import gc
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QThread, QTimer, Signal, Slot

from factsheet.library import IncidentSummary, LibraryIndex, UpdateReport
from factsheet.library.reading_many import helpers_for
from factsheet.library.summary import summarise_problem

#: Summaries are handed to the window at most this often (one model update per batch).
BATCH_SECONDS = 0.1
#: How often the folder is rescanned (stat only; a file is read only if it changed).
POLL_MS = 5_000
#: A burst of folder events (an editor's save, a copy of many files) becomes one rescan.
DEBOUNCE_MS = 300
#: Folders watched for instant notice; past this, the rescan alone notices changes.
MAX_WATCHED_FOLDERS = 2_000


@dataclass(frozen=True, slots=True)
class ScanNews:
    """What a scan found: every name present, and which files are about to be read."""

    present: frozenset[str]
    known: dict[str, IncidentSummary]
    problems: list[IncidentSummary]
    pending: list[str]
    folders: list[str] = field(default_factory=list)


class _Worker(QObject):
    """Lives on the indexing thread; ``run`` updates until nothing more is asked."""

    scanned = Signal(object)  # ScanNews
    indexed = Signal(object)  # list[IncidentSummary]
    progress = Signal(int, int)
    finished = Signal(object)  # UpdateReport
    failed = Signal(str)

    def __init__(self, index: LibraryIndex) -> None:
        super().__init__()
        self.index = index
        self.stopping = threading.Event()
        self._again = threading.Event()
        self._running = threading.Lock()
        self._first = True

    def ask(self) -> bool:
        """Ask for another update; True if none is running (the caller should start one)."""
        self._again.set()
        return not self._running.locked()

    @Slot()
    def run(self) -> None:
        if not self._running.acquire(blocking=False):
            return
        # Python's cycle collector, run by the worker's allocations, walks every object of
        # the process while holding the GIL: 100–150 ms every second or so once a window
        # and thousands of summaries are alive, which the GUI thread feels as a stall. The
        # update makes no reference cycles (as the loader, docs/performance.md), so it runs
        # with the collector paused, and the objects that outlive it are frozen after.
        collecting = gc.isenabled()
        gc.disable()
        try:
            while self._again.is_set() and not self.stopping.is_set():
                self._again.clear()
                self._update()
        except Exception as exc:  # noqa: BLE001 - reported to the user, never a dead thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            if collecting:
                gc.freeze()
                gc.enable()
            self._running.release()

    def _update(self) -> None:
        started = time.perf_counter()
        plan = self.index.plan_update(with_known=self._first)
        scan = plan.scan
        problems = [summarise_problem(p.relative, p.message) for p in scan.problems]
        folders = sorted(
            {
                "/".join(parts[:depth])
                for parts in (f.relative.split("/")[:-1] for f in scan.files)
                for depth in range(1, len(parts) + 1)
            }
        )
        news = ScanNews(
            frozenset(f.relative for f in scan.files) | {p.path for p in problems},
            plan.known,
            problems,
            [f.relative for f in plan.pending],
            folders,
        )
        if self._first or plan.pending or plan.removed or problems:
            self.scanned.emit(news)
        self._first = False
        batch: list[IncidentSummary] = []
        last_sent = time.perf_counter()
        read = touched = 0
        total = len(plan.pending)
        helpers = helpers_for(leave_one_core=True)
        for done, (summary, parsed) in enumerate(
            self.index.index_files(plan.pending, helpers=helpers, cancelled=self.stopping.is_set),
            start=1,
        ):
            read += parsed
            touched += not parsed
            batch.append(summary)
            now = time.perf_counter()
            if now - last_sent >= BATCH_SECONDS or done == total:
                self.index.finish_update()  # readers in other processes see it too
                self.indexed.emit(batch)
                self.progress.emit(done, total)
                batch, last_sent = [], now
        self.index.finish_update()
        if batch:
            self.indexed.emit(batch)
        report = UpdateReport(
            len(scan.files),
            read,
            touched,
            plan.removed,
            len(problems),
            time.perf_counter() - started,
            self.stopping.is_set(),
        )
        self.finished.emit(report)


class LibraryIndexer(QObject):
    """The window's side: start, re-scan on changes, search, stop."""

    scanned = Signal(object)  # ScanNews
    indexed = Signal(object)  # list[IncidentSummary]
    progress = Signal(int, int)
    finished = Signal(object)  # UpdateReport
    failed = Signal(str)
    _start = Signal()

    def __init__(
        self, folder: Path, cache_folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        # The window shows the figure lines in its own language.
        self.index = LibraryIndex(folder, cache_folder, translated=True)
        self._thread = QThread(self)
        self._thread.setObjectName("library-indexer")
        self._worker = _Worker(self.index)
        self._worker.moveToThread(self._thread)
        self._start.connect(self._worker.run)
        for signal, mine in (
            (self._worker.scanned, self.scanned),
            (self._worker.indexed, self.indexed),
            (self._worker.progress, self.progress),
            (self._worker.finished, self.finished),
            (self._worker.failed, self.failed),
        ):
            signal.connect(mine)
        self._worker.scanned.connect(self._watch_folders)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.request_update)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.request_update)
        self._stopped = False

    @property
    def notice(self) -> str | None:
        """What the user should know about the index (kept in memory, no FTS5), if anything."""
        return self.index.notice

    def start(self) -> None:
        """Scan and index now, and keep watching."""
        self._thread.start()
        self.request_update()
        self._poll.start()

    @Slot()
    def request_update(self) -> None:
        """Rescan soon (coalesced with one that is running)."""
        if not self._stopped and self._worker.ask():
            self._start.emit()

    def search(self, query: str) -> set[str] | None:
        """The relative paths of files matching ``query``; None for an empty query."""
        if not query.strip():
            return None
        return self.index.search_paths(query)

    def stop(self) -> None:
        """Stop watching and indexing; wait for the thread (at most one file's read)."""
        if self._stopped:
            return
        self._stopped = True
        self._poll.stop()
        self._debounce.stop()
        with contextlib.suppress(RuntimeError):
            for path in self._watcher.directories():
                self._watcher.removePath(path)
        self._worker.stopping.set()
        self._thread.quit()
        self._thread.wait()
        self.index.close()

    @Slot(object)
    def _watch_folders(self, news: ScanNews) -> None:
        wanted = [str(self.folder)] + [str(self.folder / f) for f in news.folders]
        wanted = wanted[:MAX_WATCHED_FOLDERS]
        watched = set(self._watcher.directories())
        missing = [path for path in wanted if path not in watched]
        if missing:
            self._watcher.addPaths(missing)

    @Slot(str)
    def _on_folder_changed(self, _path: str) -> None:
        self._debounce.start()
