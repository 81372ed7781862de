"""The desktop application: the one place that creates the QApplication."""

import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from factsheet import __version__
from factsheet.i18n import Context, Digits, Language, current_digits, current_language
from factsheet.rendering.fonts import register_fonts
from factsheet.resources import resource
from factsheet.ui.language import InterfaceTranslators, startup_language
from factsheet.ui.settings import AppSettings

if TYPE_CHECKING:
    from factsheet.ui.main_window import MainWindow

Application = Context("Application")

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
            from factsheet.ui import dialogs

            dialogs.show_error(
                parent or QApplication.activeWindow(),
                "Factsheet",
                Application.tr(
                    "Something went wrong inside Factsheet; your file is untouched. "
                    "The details were written to {log_file}."
                ).format(log_file=log_file),
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

    def attach(self, window: "MainWindow") -> None:
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


class LanguageSwitch(QObject):
    """Reopens the window in the language chosen in View ▸ Language, no restart needed.

    Every string is built in the language current when it is built, so rather than
    retranslate each widget the window is made again: the same incident (not read again),
    the same place, size, split and tab, then the old window closes.
    """

    def __init__(
        self,
        translators: InterfaceTranslators,
        file_open: FileOpenEvents,
        window: "MainWindow",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._translators = translators
        self._file_open = file_open
        self.window = window
        self._listen(window)

    def _listen(self, window: "MainWindow") -> None:
        window.language_menu.chosen.connect(self.switch)
        self._file_open.attach(window)

    def switch(self, language: Language, digits: Digits) -> "MainWindow":
        """Put ``language`` into effect and replace the window; return the new one."""
        old = self.window
        if (language, digits) == (current_language(), current_digits()):
            return old
        self._translators.apply(language, digits)
        old.settings.set_language(language, digits)
        from factsheet.ui.main_window import MainWindow

        new = MainWindow(old.settings)
        new.restoreGeometry(old.saveGeometry())
        new.splitter.restoreState(old.splitter.saveState())
        if old.loaded is not None:
            new.show_incident(old.loaded)
        pending = old.loader.current
        if pending is not None:  # a read still running: ask again in the new window
            new.open_file(pending.path, pending.reason)
        elif old.state.failed_path is not None:  # a failed file stays the current one
            new.open_file(old.state.failed_path)
        new.tabs.setCurrentIndex(old.tabs.currentIndex())
        new.problems_action.setChecked(old.problems_action.isChecked())
        new.problems.setVisible(old.problems_action.isChecked())
        # Shown before the old one closes, so that the app does not quit in between.
        new.show()
        self.window = new
        self._listen(new)
        old.close()
        old.deleteLater()
        return new


# Set to a number of milliseconds, the app quits that long after the first incident is
# shown and prints "smoke: <window title>": how the packaging tests check a frozen build.
# Set to "first-paint", it quits at the window's first paint with the incident in it:
# how benchmarks/run.py times the frozen app's start.
SMOKE_EXIT_ENV = "FACTSHEET_SMOKE_EXIT_MS"
SMOKE_AT_FIRST_PAINT = "first-paint"


class _QuitAtFirstPaint(QObject):
    """Quits the app at the first paint in ``window`` once it shows an incident."""

    def __init__(self, app: QApplication, window: "MainWindow") -> None:
        super().__init__(window)
        self._app = app
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Paint
            and self._window.loaded is not None
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._app.removeEventFilter(self)
            _say_smoke(self._window)
            QTimer.singleShot(0, self._app.quit)
        return False


def _say_smoke(window: "MainWindow") -> None:
    if sys.stdout is not None:  # a windowed Windows build has no stdout
        sys.stdout.write(f"smoke: {window.windowTitle()}\n")
        sys.stdout.write(f"smoke-language: {_language_probe(window)}\n")
        sys.stdout.flush()


def _language_probe(window: "MainWindow") -> str:
    """The interface language as the window shows it: our words, Qt's, and the direction."""
    qt_button = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, window).buttons()[0]
    direction = "rtl" if window.isRightToLeft() else "ltr"
    return f"{current_language()} {direction} {window.language_menu.title()} {qt_button.text()}"


def _arm_smoke_exit(app: QApplication, window: "MainWindow", delay_ms: int) -> None:
    poll = QTimer(window)
    poll.setInterval(50)

    def finish() -> None:
        _say_smoke(window)
        window.close()
        app.quit()

    def check() -> None:
        library = window.library.showing_library and not window.library.view.indexing
        if (window.loaded is not None and not window.updating_tabs) or window.failure or library:
            poll.stop()
            QTimer.singleShot(delay_ms, finish)

    poll.timeout.connect(check)
    poll.start()


def _collect_after_first_load(window: "MainWindow") -> None:
    """Resume the collector once the first read is over (done, failed or cancelled).

    Not sooner: the loader pauses the collector too, and resuming it in the middle of a large
    read would bring back the pauses that freeze the window. What start-up made lives as
    long as the app, so later collections are spared it (gc.freeze).
    """

    def resume(busy: bool) -> None:
        if not busy:
            window.loader.busy_changed.disconnect(resume)
            gc.freeze()
            gc.enable()

    window.loader.busy_changed.connect(resume)
    if not window.loader.is_busy():
        resume(False)


def run_gui(file: Path | None, language: Language | None = None) -> int:
    """Open the main window on ``file`` (a folder: its library; none: the last incident, or
    the sample); run Qt.

    ``language`` (``--lang``) overrides, for this run, the one chosen in the app or the
    system's.
    """
    # Start-up makes some hundred thousand objects that live as long as the app (pydantic's
    # schemas, the models, Qt's enums): the cyclic collector would walk them again and again
    # (about 25 ms of the first window). Paused until the window runs, as during a load; the
    # window and its tabs (and the loader they import) are imported under the pause.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    from factsheet.ui.main_window import MainWindow

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
    settings = AppSettings(QSettings())
    translators = InterfaceTranslators(app)
    translators.apply(startup_language(language, settings), settings.digits())
    window = MainWindow(settings)
    window.show()
    if file is None and file_open.pending:
        file = file_open.pending.pop()  # double-clicked in Finder before the window existed
    LanguageSwitch(translators, file_open, window, parent=app)  # the app keeps it
    if file is not None and file.is_dir():
        window.library.open_folder(file)  # `factsheet DIR`: the folder's library
    else:
        window.open_initial(file)
    if gc_was_enabled:
        _collect_after_first_load(window)
    smoke = os.environ.get(SMOKE_EXIT_ENV, "")
    if smoke.isdigit():
        _arm_smoke_exit(app, window, int(smoke))
    elif smoke == SMOKE_AT_FIRST_PAINT:
        app.installEventFilter(_QuitAtFirstPaint(app, window))
    return int(app.exec())
