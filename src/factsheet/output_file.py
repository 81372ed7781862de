"""Files Factsheet writes: whole or not at all, with the user's permissions, gone if stopped."""

import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

#: Signals that stop a process and that Python would otherwise not turn into an exception,
#: so the temporary file would stay (SIGINT already raises KeyboardInterrupt).
_STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class _Stopped(BaseException):
    """A stopping signal arrived while a file was being written (raised by the handler)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def written_beside(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to, renamed onto it when the block ends.

    The file appears whole or not at all. It gets the permissions of a new file (what the
    umask allows; mkstemp alone gives 0600) or keeps those of the file it replaces. On an
    exception, Ctrl+C (SIGINT) or SIGTERM/SIGHUP, the temporary file is removed; a stopping
    signal then stops the process as it would have, once the file is gone. Python runs
    signal handlers between its own steps, so a signal that arrives during one long native
    call (Qt laying out a long sheet) takes effect when that call returns.
    """
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(handle)
    temp = Path(name)
    try:
        with _signals_raise():
            yield temp
            temp.chmod(_mode_for(path))
            temp.replace(path)
    except _Stopped as stopped:
        temp.unlink(missing_ok=True)
        stop_by(stopped.signum)
        raise  # pragma: no cover - where the signal does not stop the process at once
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def stop_by(signum: int) -> None:
    """Stop the process as ``signum`` stops it when nothing handles it (the shell then sees
    a process stopped by Ctrl+C or SIGTERM); for a caller that has cleaned up and said so."""
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _mode_for(path: Path) -> int:
    try:
        existing = path.stat()
    except OSError:
        existing = None
    if existing is not None and stat.S_ISREG(existing.st_mode):
        return stat.S_IMODE(existing.st_mode)
    # The umask can only be read by setting it; 077 meanwhile keeps any file another thread
    # creates in that instant private rather than open.
    mask = os.umask(0o077)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def _signals_raise() -> Iterator[None]:
    """Turn stopping signals into an exception for the length of the block (main thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may handle signals; it stops the process anyway
        return

    def stop(signum: int, _frame: FrameType | None) -> None:
        raise _Stopped(signum)

    previous = {}
    for signum in _STOPPING:
        # A handler someone set up, or SIG_IGN (nohup), stays as it is.
        if signal.getsignal(signum) is signal.SIG_DFL:
            previous[signum] = signal.signal(signum, stop)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
