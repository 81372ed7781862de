"""Reading many library files at once: in helper processes when there are enough of them.

Parsing is Python work that holds the GIL; in the window's worker thread it competes with
the GUI thread for it (each table cell painted is a Python call that waits its turn). In
helper processes it competes with nothing, and uses every core: the first index of a large
folder takes half the time on two cores. A helper costs about 0.3 s to start (it imports
the loader), so small batches are read in this process.
"""

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from factsheet.library.scan import FoundFile
from factsheet.library.summary import IncidentSummary

#: Fewer files than this are read in this process: helpers would not pay for their start.
POOL_THRESHOLD = 48
#: Files per task: few enough to keep the helpers busy to the end, enough to amortise IPC.
CHUNK = 8

Job = tuple[FoundFile, str | None]  # the file and the SHA-256 the index knows for it
#: A summary and its (where, text, indexed form) passages; None: the bytes are as known.
Result = tuple[IncidentSummary, list[tuple[str, str, str]] | None]


def helpers_for(*, leave_one_core: bool) -> int:
    """How many helper processes: every core, or all but one (for the GUI thread)."""
    cores = os.cpu_count() or 1
    return max(1, cores - 1) if leave_one_core else cores


def _read_chunk(root: Path, jobs: Sequence[Job]) -> list[Result]:
    # Imported here: the loader is the costly import, and a warm search never reads a file.
    from factsheet.library.reading import read_summary

    return [read_summary(root, found, sha) for found, sha in jobs]


def read_many(
    root: Path,
    jobs: Sequence[Job],
    *,
    helpers: int,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[FoundFile, Result]]:
    """Each job's file with its summary and texts, in the order given.

    With ``helpers`` > 0 and enough files, they are read in that many helper processes;
    if a helper dies (the pool breaks), the files not yet read are read in this process.
    """
    stop = cancelled or (lambda: False)
    if helpers < 1 or len(jobs) < POOL_THRESHOLD:
        for job in jobs:
            if stop():
                return
            yield job[0], _read_chunk(root, [job])[0]
        return
    chunks = [jobs[start : start + CHUNK] for start in range(0, len(jobs), CHUNK)]
    # spawn, never fork: a forked copy of a process with Qt and threads in it is unsafe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=helpers, mp_context=context) as pool:
        futures: list[Future[list[Result]]] = [
            pool.submit(_read_chunk, root, chunk) for chunk in chunks
        ]
        for number, (chunk, future) in enumerate(zip(chunks, futures, strict=True)):
            if stop():
                pool.shutdown(wait=True, cancel_futures=True)
                return
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                rest = [job for later in chunks[number:] for job in later]
                yield from read_many(root, rest, helpers=0, cancelled=cancelled)
                return
            yield from zip((found for found, _ in chunk), results, strict=True)
