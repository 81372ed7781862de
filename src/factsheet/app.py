"""The desktop application: the one place that creates the QApplication."""

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from factsheet import __version__
from factsheet.rendering.fonts import register_fonts
from factsheet.resources import resource
from factsheet.ui import dialogs
from factsheet.ui.main_window import MainWindow
from factsheet.ui.settings import AppSettings

ORGANIZATION = "Factsheet"
APPLICATION = "Factsheet"
LOG_NAME = "factsheet.log"

_log = logging.getLogger("factsheet")


def log_folder() -> Path:
    """The user's data folder for Factsheet (created when needed)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def start_logging(folder: Path) -> Path:
    """Log warnings and errors to a file there; return its path."""
    log_file = folder / LOG_NAME
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _log.addHandler(handler)
    _log.setLevel(logging.INFO)
    return log_file


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(log_file: Path, parent: QWidget | None = None) -> ExceptHook:
    """An excepthook that logs the traceback and tells the user one sentence."""

    showing = False  # an error inside the message box's own event loop is only logged

    def excepthook(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        _log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if showing:
            return
        showing = True
        try:
            dialogs.show_error(
                parent or QApplication.activeWindow(),
                "Factsheet",
                "Something went wrong inside Factsheet; your file is untouched. "
                f"The details were written to {log_file}.",
            )
        finally:
            showing = False

    return excepthook


def _icon() -> QIcon | None:
    try:
        icons = resource("icons")
    except FileNotFoundError:
        return None
    for name in ("factsheet.svg", "factsheet.png"):
        if (icons / name).is_file():
            return QIcon(str(icons / name))
    return None


class FileOpenEvents(QObject):
    """Files the system asks the app to open (macOS Finder sends QFileOpenEvent, not argv).

    Finder may send them before the window exists, so they wait until ``window`` is set.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending: list[Path] = []
        self._window: MainWindow | None = None

    def attach(self, window: MainWindow) -> None:
        """Route file-open requests to ``window`` from now on."""
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            if self._window is None:
                self.pending.append(path)
            else:
                self._window.open_file(path)
            return True
        return super().eventFilter(watched, event)


#: Set to a number of milliseconds, the app quits that long after the first incident is
#: shown and prints "smoke: <window title>": how the packaging tests check a frozen build.
SMOKE_EXIT_ENV = "FACTSHEET_SMOKE_EXIT_MS"


def _arm_smoke_exit(app: QApplication, window: MainWindow, delay_ms: int) -> None:
    poll = QTimer(window)
    poll.setInterval(50)

    def finish() -> None:
        if sys.stdout is not None:  # a windowed Windows build has no stdout
            sys.stdout.write(f"smoke: {window.windowTitle()}\n")
            sys.stdout.flush()
        window.close()
        app.quit()

    def check() -> None:
        failed = window.problems.heading().startswith("Could not")
        library = window.library.showing_library and not window.library.view.indexing
        if (window.loaded is not None and not window.updating_tabs) or failed or library:
            poll.stop()
            QTimer.singleShot(delay_ms, finish)

    poll.timeout.connect(check)
    poll.start()


def run_gui(file: Path | None) -> int:
    """Open the main window on ``file`` (a folder: its library; none: the last incident, or
    the sample); run Qt."""
    # High-DPI needs nothing here: Qt 6 always scales, and passes fractional factors (150 %)
    # through rather than rounding them.
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("factsheet")
    file_open = FileOpenEvents(app)
    app.installEventFilter(file_open)
    icon = _icon()
    if icon is not None:
        app.setWindowIcon(icon)
    log_file = start_logging(log_folder())
    sys.excepthook = make_excepthook(log_file)
    # The bundled Noto fonts (Arabic too) for screen and paper: a bare system may have none.
    register_fonts()
    window = MainWindow(AppSettings(QSettings()))
    window.show()
    if file is None and file_open.pending:
        file = file_open.pending.pop()  # double-clicked in Finder before the window existed
    file_open.attach(window)
    if file is not None and file.is_dir():
        window.library.open_folder(file)  # `factsheet DIR`: the folder's library
    else:
        window.open_initial(file)
    smoke = os.environ.get(SMOKE_EXIT_ENV, "")
    if smoke.isdigit():
        _arm_smoke_exit(app, window, int(smoke))
    return int(app.exec())
