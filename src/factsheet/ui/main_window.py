"""The main window: one incident in five tabs, its menus, loading, reloading and errors."""

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
    QToolButton,
    QWidget,
)

from factsheet.loading import IncidentLoadError, LoadedIncident
from factsheet.resources import sample_incident
from factsheet.ui import dialogs, print_actions
from factsheet.ui.about import AboutDialog
from factsheet.ui.document_loader import DocumentLoader, LoadRequest, LoadResult, Reason
from factsheet.ui.file_watch import FileWatch
from factsheet.ui.incident_tabs import IncidentTabs
from factsheet.ui.library_mode import LibraryMode
from factsheet.ui.load_progress import LoadProgress
from factsheet.ui.problems_view import ProblemsView, heading_for_failure
from factsheet.ui.settings import AppSettings

APP_NAME = "Factsheet"
DEFAULT_SIZE = (1180, 780)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class MainWindow(QMainWindow):
    """Shows one incident; another replaces it only when it loads without errors."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.loaded: LoadedIncident | None = None
        self.setAcceptDrops(True)
        self.setWindowTitle(APP_NAME)

        self.tabs = IncidentTabs(self)
        self.tabs.missing_item.connect(self._on_missing_item)
        # Shortcuts to the tabs, for tests and readers of this class.
        self.overview_tab = self.tabs.overview_tab
        self.timeline_tab = self.tabs.timeline_tab
        self.claims_tab = self.tabs.claims_tab
        self.actors_tab = self.tabs.actors_tab
        self.sources_tab = self.tabs.sources_tab

        # The problems list sits under the tabs in a splitter rather than in a dock: it is
        # part of reading the file, and QDockWidget warns on the offscreen test platform.
        self.problems = ProblemsView(self)
        self.problems.hide()
        self.problems.hide_requested.connect(self._on_problems_hide_requested)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.problems)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.progress = LoadProgress(self)
        self.progress.cancel_requested.connect(self.cancel_loading)
        self.statusBar().addPermanentWidget(self.progress)
        self.warnings_button = QToolButton(self)
        self.warnings_button.setAutoRaise(True)
        self.warnings_button.setAccessibleName("Show warnings")
        self.warnings_button.clicked.connect(self.show_problems)
        self.warnings_button.hide()
        self.statusBar().addPermanentWidget(self.warnings_button)

        self.loader = DocumentLoader(self, prepare=IncidentTabs.prepare)
        self.loader.finished.connect(self._on_load_finished)
        self.loader.busy_changed.connect(self._on_busy_changed)
        self.watch = FileWatch(self)
        self.watch.changed.connect(self._on_file_changed_on_disk)
        self.watch.vanished.connect(self._on_file_vanished)

        self._build_menus()
        self._restore_window()
        self.library = LibraryMode(self)  # Open Folder…, the Library view, Back to Library

    # --- menus ----------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&File")
        self.open_action = self._action(
            "&Open…", self.ask_and_open, QKeySequence(QKeySequence.StandardKey.Open)
        )
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        self.reload_action = self._action("&Reload", self.reload, QKeySequence(Qt.Key.Key_F5))
        self.reload_action.setEnabled(False)
        file_menu.addAction(self.reload_action)
        self.cancel_action = self._action(
            "&Cancel Loading", self.cancel_loading, QKeySequence(Qt.Key.Key_Escape)
        )
        self.cancel_action.setEnabled(False)
        file_menu.addAction(self.cancel_action)
        file_menu.addSeparator()
        self.print_action = self._action(
            "&Print…", self.print_sheet, QKeySequence(QKeySequence.StandardKey.Print)
        )
        # Straight to the system print dialog, for a user who has already checked the pages.
        self.print_direct_action = self._action("Print &Without Preview…", self.print_direct)
        self.export_pdf_action = self._action("&Export PDF…", self.export_pdf)
        for action in (self.print_action, self.print_direct_action, self.export_pdf_action):
            action.setEnabled(False)
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.sample_action = self._action("Open the &Sample Incident", self.open_sample)
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        quit_action = self._action("&Quit", self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        edit_menu = menu_bar.addMenu("&Edit")
        self.find_action = self._action(
            "&Find…", self.focus_filter, QKeySequence(QKeySequence.StandardKey.Find)
        )
        edit_menu.addAction(self.find_action)

        view_menu = menu_bar.addMenu("&View")
        self.problems_action = self._action(
            "&Problems and Warnings", self._on_problems_toggled, QKeySequence(Qt.Key.Key_F8)
        )
        self.problems_action.setCheckable(True)
        view_menu.addAction(self.problems_action)

        help_menu = menu_bar.addMenu("&Help")
        about_action = self._action("&About Factsheet", self.show_about)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about_action)
        self.file_menu = file_menu

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            # "&1 name" gives keyboard users a mnemonic; the full path is in the tooltip.
            name = path.name.replace("&", "&&")
            action = self.recent_menu.addAction(f"&{number} {name}" if number < 10 else name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if not recent:
            self.recent_menu.addAction("No recent files").setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("&Clear Recent Files")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.settings.clear_recent_files)
        self.recent_menu.setToolTipsVisible(True)

    # --- opening --------------------------------------------------------------------------

    def open_initial(self, file: Path | None) -> None:
        """At start: ``file``, else the last incident, else the bundled sample."""
        if file is not None:
            self.open_file(file)
            return
        last = self.settings.last_file()
        if last is not None and last.is_file():
            self.open_file(last)
        else:
            # A last file that was moved or deleted is not an error worth a dialog at start.
            self.open_file(sample_incident())

    def ask_and_open(self) -> None:
        """File ▸ Open: ask for a file, then open it."""
        start = self.loaded.path.parent if self.loaded else None
        path = dialogs.ask_open_file(self, start_in=start)
        if path is not None:
            self.open_file(path)

    def open_sample(self) -> None:
        """Open the bundled sample incident."""
        self.open_file(sample_incident())

    def open_file(self, path: Path, reason: Reason = "open") -> None:
        """Read ``path`` off the GUI thread; it replaces the shown incident only if it loads."""
        self.loader.load(path, reason)
        verb = {"open": "Opening", "reload": "Reloading", "watch": "Reloading"}[reason]
        self.progress.start(f"{verb} {path.name}…")

    def reload(self) -> None:
        """File ▸ Reload: read the shown incident's file again."""
        if self.loaded is not None:
            self.open_file(self.loaded.path, "reload")

    def cancel_loading(self) -> None:
        """Drop the pending read; the shown incident stays."""
        if self.loader.is_busy():
            self.loader.cancel()
            self.statusBar().showMessage("Opening cancelled.", 5000)

    @Slot(Path)
    def _on_file_changed_on_disk(self, path: Path) -> None:
        request = self.loader.current
        if request is not None and request.reason != "watch":
            return  # the user asked for something else; that wins
        self.open_file(path, "watch")

    @Slot(Path)
    def _on_file_vanished(self, path: Path) -> None:
        # The incident stays on screen; the user should know it no longer matches a file.
        self.statusBar().showMessage(
            f"{path.name} was moved or deleted; still showing the version last read.", 0
        )

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self.cancel_action.setEnabled(busy)
        if not busy:
            self.progress.stop()

    @Slot(object, object)
    def _on_load_finished(self, request: LoadRequest, result: LoadResult) -> None:
        if isinstance(result, IncidentLoadError):
            self._show_failure(request, result)
            return
        shown = self.loaded
        unchanged = shown is not None and (shown.sha256, shown.path) == (result.sha256, result.path)
        if request.reason == "watch" and unchanged:
            return  # touched but not changed: keep selections and scroll positions
        self.show_incident(result, request.reason)

    def show_incident(self, loaded: LoadedIncident, reason: Reason = "open") -> None:
        """Put ``loaded`` in every tab, the title, the recent files and the file watch."""
        self.loaded = loaded
        self.tabs.set_incident(loaded)
        info = loaded.incident.incident
        # A folded YAML title may hold line breaks; a title bar shows one line.
        self.setWindowTitle(f"{' '.join(info.title.split())} — {APP_NAME}")
        self.setWindowFilePath(str(loaded.path))
        for action in (
            self.reload_action,
            self.print_action,
            self.print_direct_action,
            self.export_pdf_action,
        ):
            action.setEnabled(True)
        self.settings.add_recent_file(loaded.path)
        if self.watch.path != loaded.path.absolute():
            self.watch.watch(loaded.path)
        self._show_warnings(loaded)
        incident = loaded.incident
        verb = {"open": "Opened", "reload": "Reloaded", "watch": "Reloaded (changed on disk)"}
        self.statusBar().showMessage(
            f"{verb[reason]} {loaded.path.name}: {_plural(len(incident.timeline), 'event')}, "
            f"{_plural(len(incident.claims), 'claim')}, "
            f"{_plural(len(incident.sources), 'source')}.",
            8000,
        )

    def _show_warnings(self, loaded: LoadedIncident) -> None:
        count = len(loaded.warnings)
        heading = (
            f"{loaded.path.name} loaded with {_plural(count, 'warning')}; "
            "the incident is shown. The Overview's data notes list them too."
            if count
            else ""
        )
        self.problems.show_problems(heading, loaded.warnings)
        self.warnings_button.setText(f"⚠ {_plural(count, 'warning')}")
        self.warnings_button.setToolTip("Show the warnings about this file")
        self.warnings_button.setVisible(bool(count))

    def _show_failure(self, request: LoadRequest, error: IncidentLoadError) -> None:
        kept = self.loaded.incident.incident.title if self.loaded else None
        heading = heading_for_failure(request.path, error.problems, kept)
        if request.reason != "open":
            heading = heading.replace("Could not open", "Could not reload", 1)
        self.problems.show_problems(heading, error.problems)
        self.show_problems()
        self.statusBar().showMessage(heading, 10000)
        if error.unreadable and not request.path.exists():
            self.settings.remove_recent_file(request.path.absolute())

    def show_problems(self) -> None:
        """Show the problems list under the tabs."""
        self.problems.show()
        self.problems_action.setChecked(True)

    @Slot()
    def _on_problems_hide_requested(self) -> None:
        self.problems.hide()
        self.problems_action.setChecked(False)

    @Slot(bool)
    def _on_problems_toggled(self, checked: bool) -> None:
        self.problems.setVisible(checked)

    # --- navigation -----------------------------------------------------------------------

    @property
    def updating_tabs(self) -> bool:
        """True while some tabs still show the previous incident (for a few event-loop turns)."""
        return self.tabs.updating

    def show_item(self, kind: str, item_id: str) -> bool:
        """Switch to the tab that lists ``kind`` items and select ``item_id`` there."""
        return self.tabs.show_item(kind, item_id)

    @Slot(str, str)
    def _on_missing_item(self, kind: str, item_id: str) -> None:
        self.statusBar().showMessage(f"No {kind} {item_id!r} in this incident.", 5000)

    def focus_filter(self) -> None:
        """Edit ▸ Find: put the cursor in the current tab's filter box."""
        self.tabs.focus_filter()

    def print_sheet(self) -> None:
        """File ▸ Print…: the fact sheet in a print preview, then to the printer."""
        if self.loaded is not None:
            print_actions.print_with_preview(self, self.loaded)

    def print_direct(self) -> None:
        """File ▸ Print Without Preview…: the system print dialog, then the printer."""
        if self.loaded is not None:
            print_actions.print_to_printer(self, self.loaded)

    def export_pdf(self) -> None:
        """File ▸ Export PDF…: ask where, then write the fact sheet."""
        if self.loaded is not None:
            written = print_actions.export_pdf_interactive(self, self.loaded)
            if written is not None:
                self.statusBar().showMessage(f"Saved the fact sheet as {written}.", 8000)

    def show_about(self) -> None:
        """Help ▸ About."""
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- window state, drag and drop ------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        state = self.settings.window_state()
        if state is not None:
            self.splitter.restoreState(state)
        self.tabs.setCurrentIndex(min(self.settings.current_tab(), self.tabs.count() - 1))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.save_window(
            self.saveGeometry(), self.splitter.saveState(), self.tabs.currentIndex()
        )
        self.loader.cancel()
        self.watch.stop()
        # The reader cannot be interrupted; wait for it so no thread outlives the window.
        self.loader.wait_for_idle()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = _dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)


def _dropped_file(event: QDropEvent | QDragEnterEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None
