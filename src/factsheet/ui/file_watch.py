"""Notices when the open incident file changes on disk, including editors' atomic saves."""

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

#: Editors write in bursts (truncate, write, rename): wait for quiet before reloading.
DEBOUNCE_MS = 300

_Stamp = tuple[int, int, int] | None  # (inode, size, mtime ns); None when the file is gone


def _stamp(path: Path) -> _Stamp:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


class FileWatch(QObject):
    """Emits ``changed(path)`` once per burst of changes to the watched file.

    QFileSystemWatcher drops a path when the file is replaced by a rename (how most editors
    save), so the folder is watched as well and the file's path is added again each time.
    """

    changed = Signal(Path)
    #: The file is gone (deleted or moved away); emitted once until it comes back.
    vanished = Signal(Path)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_something_changed)
        self._watcher.directoryChanged.connect(self._on_something_changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_quiet)
        self._path: Path | None = None
        self._last_stamp: _Stamp = None

    @property
    def path(self) -> Path | None:
        """The file being watched, if any."""
        return self._path

    def watch(self, path: Path) -> None:
        """Watch ``path`` (and only it) from now on."""
        self.stop()
        self._path = path.absolute()
        self._last_stamp = _stamp(self._path)
        self._ensure_watched()

    def stop(self) -> None:
        """Watch nothing."""
        self._debounce.stop()
        for watched in (*self._watcher.files(), *self._watcher.directories()):
            self._watcher.removePath(watched)
        self._path = None

    def _ensure_watched(self) -> None:
        if self._path is None:
            return
        folder = str(self._path.parent)
        if self._path.parent.is_dir() and folder not in self._watcher.directories():
            self._watcher.addPath(folder)
        if self._path.exists() and str(self._path) not in self._watcher.files():
            self._watcher.addPath(str(self._path))

    @Slot(str)
    def _on_something_changed(self, _changed: str) -> None:
        if self._path is not None:
            self._debounce.start()  # restarts: one signal after the burst

    @Slot()
    def _on_quiet(self) -> None:
        if self._path is None:
            return
        self._ensure_watched()
        stamp = _stamp(self._path)
        # Folder events fire for every file beside ours; only a real change of ours counts.
        if stamp == self._last_stamp:
            return
        self._last_stamp = stamp
        if stamp is None:  # still gone after the burst: not a save in progress
            self.vanished.emit(self._path)
        else:
            self.changed.emit(self._path)
