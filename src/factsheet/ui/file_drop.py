"""A file dropped on the window opens; anything else dragged over it is refused."""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_file(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The first local file the drag carries, if any."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


class FileDrop(QObject):
    """Watches ``window`` for drags; emits ``dropped(path)`` when a file is let go on it."""

    dropped = Signal(Path)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Accept a drag that carries a file; open the file when it is dropped."""
        if isinstance(event, QDragEnterEvent):
            if dropped_file(event) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            path = dropped_file(event)
            if path is None:
                event.ignore()
            else:
                event.acceptProposedAction()
                self.dropped.emit(path)
            return True
        return False
