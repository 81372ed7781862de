"""Reads incident files on a worker thread so that the window never freezes."""

import gc
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal, Slot

from factsheet.i18n import Context, in_current_context
from factsheet.loading import IncidentLoadError, LoadedIncident, Problem, not_a_file, read_incident

Reading = Context("Reading")

_log = logging.getLogger(__name__)

# From this size on (about 2,500 events) a loaded incident is hidden from the collector.
FREEZE_FROM_BYTES = 1_000_000

# Why a file is being read: the window reacts differently to each when it fails.
Reason = Literal["open", "reload", "watch"]


@dataclass(frozen=True, slots=True)
class LoadRequest:
    """One read of one file; ``number`` tells a current request from a cancelled one."""

    number: int
    path: Path
    reason: Reason


LoadResult = LoadedIncident | IncidentLoadError


class _Relay(QObject):
    """Carries the worker's result back to the GUI thread (a queued connection)."""

    done = Signal(object, object)


# Work on a loaded incident that the worker does before handing it over (view data that
# would otherwise be computed on the GUI thread). Must not touch Qt objects.
Prepare = Callable[[LoadedIncident], None]


def _read_and_report(request: LoadRequest, relay: _Relay, prepare: Prepare | None) -> None:
    """The body of a reader thread: read, prepare, hand the result to the GUI thread."""
    result = read_without_gc_pauses(request.path, prepare)
    try:
        relay.done.emit(request, result)
    except RuntimeError:  # the window, and the relay with it, was deleted meanwhile
        _log.info("dropped the result for %s: its window is gone", request.path)


def read_without_gc_pauses(path: Path, prepare: Prepare | None = None) -> LoadResult:
    """read_in_worker, with Python's cyclic garbage collector kept out of the way.

    A large file makes hundreds of thousands of objects; the collector then runs full passes
    over all of them, each holding the GIL for up to 200 ms (measured at 20,000 events) and
    so freezing the window although the work happens on this thread. The objects of a loaded
    incident live as long as it is shown, so the collector is paused while reading, and the
    result is moved out of its sight afterwards (gc.freeze); plain reference counting still
    frees it when another incident replaces it. Small files do not need this, and freezing
    also keeps cyclic garbage of the moment forever, so only large files are frozen.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        result = read_in_worker(path)
        if prepare is not None and isinstance(result, LoadedIncident):
            _prepare_safely(prepare, result)
    finally:
        if was_enabled:
            gc.enable()
    if isinstance(result, LoadedIncident) and result.size >= FREEZE_FROM_BYTES:
        gc.freeze()
    return result


def _prepare_safely(prepare: Prepare, loaded: LoadedIncident) -> None:
    # Preparation only saves the GUI thread time; if it fails, the views compute it later.
    try:
        prepare(loaded)
    except Exception:  # noqa: BLE001
        _log.exception("preparing the views of %s failed", loaded.path)


def read_in_worker(path: Path) -> LoadResult:
    """Read one file; every failure becomes an IncidentLoadError the window can show."""
    try:
        return read_incident(path)
    except IncidentLoadError as exc:
        return exc
    # A bug must reach the user as a sentence and the log, never as a crash.
    except Exception:  # noqa: BLE001
        _log.exception("unexpected error while reading %s", path)
        message = Reading.tr(
            "Factsheet failed unexpectedly while reading this file; "
            "the details are in Factsheet's log file"
        )
        return IncidentLoadError(str(path), [Problem("error", str(path), 1, 1, "(file)", message)])


class DocumentLoader(QObject):
    """Starts reads, drops the results of cancelled ones and reports the current one.

    Each read runs on a daemon thread of its own. A read cannot be interrupted (a file on a
    share that stopped answering can block it for good), so a cancelled or superseded one
    runs on unwatched and its result is dropped; being a daemon, it never keeps the process
    from ending (issue 12: after Cancel, Quit waited for such a read forever). Reads that
    overlap each pause the cycle collector; the first to finish may resume it while the
    other still reads, which costs that one time, never correctness.
    """

    # (LoadRequest, LoadedIncident | IncidentLoadError) for the latest request only.
    finished = Signal(object, object)
    # True while a read runs whose result is still wanted.
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, prepare: Prepare | None = None) -> None:
        super().__init__(parent)
        self._prepare = prepare
        self._relay = _Relay(self)
        # Queued even from this thread: a refusal made here arrives on the next turn, as a
        # read's result would, after the caller has finished reacting to load().
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._threads: list[threading.Thread] = []
        self._counter = 0
        self._current: LoadRequest | None = None

    @property
    def current(self) -> LoadRequest | None:
        """The request whose result is awaited, if any."""
        return self._current

    def is_busy(self) -> bool:
        """Whether a wanted read is running."""
        return self._current is not None

    def load(self, path: Path, reason: Reason) -> LoadRequest:
        """Read ``path`` off the GUI thread; a pending read is superseded (its result dropped).

        What is not a regular file (a pipe, a device) is refused here, at once, without a
        reader: it never waits behind a slow read, and opening it could block one for good.
        """
        self._counter += 1
        request = LoadRequest(self._counter, path, reason)
        was_busy = self.is_busy()
        self._current = request
        refused = not_a_file(path)
        if refused is not None:
            self._relay.done.emit(request, refused)
        else:
            self._threads = [thread for thread in self._threads if thread.is_alive()]
            thread = threading.Thread(
                # Wrapped here, on the GUI thread: the reader works in the interface's language.
                target=in_current_context(_read_and_report),
                args=(request, self._relay, self._prepare),
                name=f"factsheet-read-{request.number}",
                daemon=True,
            )
            self._threads.append(thread)
            thread.start()
        if not was_busy:
            self.busy_changed.emit(True)
        return request

    def cancel(self) -> None:
        """Forget the pending read: the thread finishes quietly and its result is dropped."""
        if self._current is not None:
            self._current = None
            self.busy_changed.emit(False)

    def wait_for_idle(self, msecs: int = -1) -> bool:
        """Block until no reader runs, or ``msecs`` have passed; True when none runs."""
        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        for thread in self._threads:
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        self._threads = [thread for thread in self._threads if thread.is_alive()]
        return not self._threads

    @Slot(object, object)
    def _on_done(self, request: LoadRequest, result: LoadResult) -> None:
        if self._current is None or request.number != self._current.number:
            return  # cancelled or superseded
        self._current = None
        self.busy_changed.emit(False)
        self.finished.emit(request, result)
