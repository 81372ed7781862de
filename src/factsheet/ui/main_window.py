"""The main window: one incident in five tabs, its menus, loading, reloading and errors."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from factsheet import views
from factsheet.i18n import Context
from factsheet.loading import IncidentLoadError, LoadedIncident
from factsheet.resources import sample_incident
from factsheet.ui.document_loader import DocumentLoader, LoadRequest, LoadResult, Reason
from factsheet.ui.document_status import PreviousFileBanner, ProblemsBadge, with_banner
from factsheet.ui.file_drop import FileDrop
from factsheet.ui.file_watch import FileWatch
from factsheet.ui.format_guide import show_format_guide
from factsheet.ui.incident_tabs import IncidentTabs
from factsheet.ui.language import LanguageMenu
from factsheet.ui.library_mode import LibraryMode
from factsheet.ui.load_progress import LoadProgress
from factsheet.ui.navigation import Navigator
from factsheet.ui.new_incident import create_new_incident
from factsheet.ui.problem_actions import ProblemActions
from factsheet.ui.problems_splitter import ProblemsSplitter
from factsheet.ui.problems_view import ProblemsView
from factsheet.ui.recent_menu import RecentMenu
from factsheet.ui.settings import AppSettings
from factsheet.views.bidi import in_line
from factsheet.views.document_state import DocumentState
from factsheet.views.file_status import (
    failure_heading,
    opened_words,
    opening_words,
    warnings_heading,
    window_title,
)
from factsheet.views.links import LinkKind

if TYPE_CHECKING:
    from factsheet.ui.actors_tab import ActorsTab
    from factsheet.ui.claims_tab import ClaimsTab
    from factsheet.ui.overview_tab import OverviewTab
    from factsheet.ui.sources_tab import SourcesTab
    from factsheet.ui.timeline_tab import TimelineTab

Window = Context("Window")

# The program's name, in every language (a name, like Qt Linguist's).
APP_NAME = "Factsheet"
DEFAULT_SIZE = (1180, 780)
# How long closing the window waits for a read still running.
CLOSE_WAIT_MS = 1_000


class MainWindow(QMainWindow):
    """Shows one incident; another replaces it only when it loads without errors.

    The window is about the file last asked for (``state.current_path``), even when it failed
    and the incident shown is the previous one: see views/document_state.py.
    """

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.state = DocumentState()
        self.setWindowTitle(APP_NAME)
        self.file_drop = FileDrop(self)
        self.file_drop.dropped.connect(self.open_file)

        self.tabs = IncidentTabs(self)
        self.tabs.missing_item.connect(self._on_missing_item)
        self.navigator = Navigator(self.tabs, self)
        self.navigator.open_requested.connect(self.open_file)

        # The problems list sits under the tabs in a splitter rather than in a dock: it is
        # part of reading the file, and QDockWidget warns on the offscreen test platform.
        self.problems = ProblemsView(self)
        self.problems.hide()
        # True while the list is open only because a failed read opened it: the next good
        # read without problems puts it away again (an empty list would take half the window).
        self._problems_opened_by_failure = False
        self.problems.hide_requested.connect(self._on_problems_hide_requested)
        self.problem_actions = ProblemActions(self.problems, self)
        self.banner = PreviousFileBanner(self)
        self.banner.retry_requested.connect(self.reload)
        self.banner.problems_requested.connect(self.show_problems)
        self.splitter = ProblemsSplitter(
            with_banner(self.banner, self.tabs, self), self.problems, self
        )
        self.setCentralWidget(self.splitter)

        self.progress = LoadProgress(self)
        self.progress.cancel_requested.connect(self.cancel_loading)
        self.statusBar().addPermanentWidget(self.progress)
        self.warnings_button = ProblemsBadge(self)
        self.warnings_button.clicked.connect(self.show_problems)
        self.statusBar().addPermanentWidget(self.warnings_button)

        self.loader = DocumentLoader(self, prepare=views.prepare)
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
        file_menu = menu_bar.addMenu(Window.tr("&File"))
        self.new_action = self._action(
            Window.tr("&New Incident…"),
            self.new_incident,
            QKeySequence(QKeySequence.StandardKey.New),
        )
        file_menu.addAction(self.new_action)
        self.open_action = self._action(
            Window.tr("&Open…"), self.ask_and_open, QKeySequence(QKeySequence.StandardKey.Open)
        )
        file_menu.addAction(self.open_action)
        self.recent_menu = RecentMenu(self.settings, self)
        self.recent_menu.chosen.connect(self.open_file)
        file_menu.addMenu(self.recent_menu)
        self.reload_action = self._action(
            Window.tr("&Reload"), self.reload, QKeySequence(Qt.Key.Key_F5)
        )
        self.reload_action.setEnabled(False)
        file_menu.addAction(self.reload_action)
        self.cancel_action = self._action(
            Window.tr("&Cancel Loading"), self.cancel_loading, QKeySequence(Qt.Key.Key_Escape)
        )
        self.cancel_action.setEnabled(False)
        file_menu.addAction(self.cancel_action)
        file_menu.addSeparator()
        self.print_action = self._action(
            Window.tr("&Print…"), self.print_sheet, QKeySequence(QKeySequence.StandardKey.Print)
        )
        # Straight to the system print dialog, for a user who has already checked the pages.
        self.print_direct_action = self._action(
            Window.tr("Print &Without Preview…"), self.print_direct
        )
        self.export_pdf_action = self._action(Window.tr("&Export PDF…"), self.export_pdf)
        for action in (self.print_action, self.print_direct_action, self.export_pdf_action):
            action.setEnabled(False)
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.sample_action = self._action(Window.tr("Open the &Sample Incident"), self.open_sample)
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        quit_action = self._action(Window.tr("&Quit"), self.close)
        # Windows (and Qt's offscreen platform) bind no key to Quit; Ctrl+Q works everywhere.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        edit_menu = menu_bar.addMenu(Window.tr("&Edit"))
        self.find_action = self._action(
            Window.tr("&Find…"), self.focus_filter, QKeySequence(QKeySequence.StandardKey.Find)
        )
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.editor_action = self._action(Window.tr("External &Editor…"), self.choose_editor)
        edit_menu.addAction(self.editor_action)

        view_menu = self.view_menu = menu_bar.addMenu(Window.tr("&View"))
        self.problems_action = self._action(
            Window.tr("&Problems and Warnings"),
            self._on_problems_toggled,
            QKeySequence(Qt.Key.Key_F8),
        )
        self.problems_action.setCheckable(True)
        view_menu.addAction(self.problems_action)
        # Its chosen(language, digits) signal is the app's to act on (app.py reopens the window).
        self.language_menu = LanguageMenu(self)
        view_menu.addMenu(self.language_menu)

        self.navigator.add_menu_and_toolbar(self)

        help_menu = menu_bar.addMenu(Window.tr("&Help"))
        self.guide_action = self._action(
            Window.tr("&Writing Incident Files"),
            lambda: show_format_guide(self),
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )
        help_menu.addAction(self.guide_action)
        about_action = self._action(Window.tr("&About Factsheet"), self.show_about)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about_action)
        self.file_menu = file_menu

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
        from factsheet.ui import dialogs  # QFileDialog's types: set up when first asked

        current = self.state.current_path
        path = dialogs.ask_open_file(self, start_in=current.parent if current else None)
        if path is not None:
            self.open_file(path)

    def new_incident(self) -> None:
        """File ▸ New Incident…: the commented template, where the user says, then opened."""
        create_new_incident(self, self.state.current_path, self.open_file)

    def open_sample(self) -> None:
        """Open the bundled sample incident."""
        self.open_file(sample_incident())

    def open_file(self, path: Path, reason: Reason = "open") -> None:
        """Read ``path`` off the GUI thread; it replaces the shown incident only if it loads."""
        self.loader.load(path, reason)
        self.progress.start(opening_words(path, reason))

    def reload(self) -> None:
        """File ▸ Reload (F5): read the current file again, also one that failed."""
        current = self.state.current_path
        if current is not None:
            self.open_file(current, "reload")

    @property
    def loaded(self) -> LoadedIncident | None:
        """The incident on screen (after a failure, the previous one)."""
        return self.state.shown

    @property
    def failure(self) -> IncidentLoadError | None:
        """Why the current file could not be shown (None when it is shown)."""
        return self.state.failure

    def cancel_loading(self) -> None:
        """Drop the pending read; the shown incident stays."""
        if self.loader.is_busy():
            self.loader.cancel()
            self.statusBar().showMessage(Window.tr("Opening cancelled."), 5000)

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
            Window.tr("{file} was moved or deleted; still showing the version last read.").format(
                file=in_line(path.name)
            ),
            0,
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
        shown = self.state.shown
        unchanged = (
            self.state.failure is None
            and shown is not None
            and (shown.sha256, shown.path) == (result.sha256, result.path)
        )
        if request.reason == "watch" and unchanged:
            return  # touched but not changed: keep selections and scroll positions
        self.show_incident(result, request.reason)

    def show_incident(self, loaded: LoadedIncident, reason: Reason = "open") -> None:
        """Put ``loaded`` in every tab, the title, the recent files and the file watch."""
        self.state = self.state.opened(loaded)
        self.tabs.set_incident(loaded)
        self.navigator.incident_shown(loaded.path)
        self.problems.show_problems(warnings_heading(loaded), loaded.warnings)
        if self._problems_opened_by_failure and not loaded.warnings:
            self._on_problems_hide_requested()
        self._follow_current_file()
        self.statusBar().showMessage(opened_words(loaded, reason), 8000)

    def _show_failure(self, request: LoadRequest, error: IncidentLoadError) -> None:
        if request.reason == "watch" and self.state.same_failure(request.path, error):
            return  # saved again with the same slips: leave the list as the user has it
        self.state = self.state.failed(request.path, error)
        heading = failure_heading(
            request.path, error.problems, request.reason, unreadable=error.unreadable
        )
        self.problems.show_problems(heading, error.problems)
        if self.state.shown is None:
            self.overview_tab.show_failed_file(request.path.name)
        # Read before show_problems(), which forgets it: a list an earlier failure opened
        # was still opened by a failure, and goes away with the fix.
        opened_by_failure = self._problems_opened_by_failure or self.problems.isHidden()
        self.show_problems()
        self._problems_opened_by_failure = opened_by_failure
        self._follow_current_file()
        self.statusBar().showMessage(heading, 10000)

    def refresh_title(self) -> None:
        """The window's title: the current file's incident, name and problems."""
        self.setWindowTitle(window_title(self.state, APP_NAME))

    def _follow_current_file(self) -> None:
        """Title, banner, badge, actions, recent files and watch: all about the current file."""
        state = self.state
        current = state.current_path
        self.refresh_title()
        self.setWindowFilePath(str(current) if current is not None else "")
        self.banner.show_state(state)
        self.warnings_button.show_state(state)
        self.reload_action.setEnabled(current is not None)
        for action in (self.print_action, self.print_direct_action, self.export_pdf_action):
            action.setEnabled(state.shown is not None)
        if current is None:
            return
        failure = state.failure
        if failure is None or not failure.unreadable:
            self.settings.add_recent_file(current)
        elif not current.exists():
            self.settings.remove_recent_file(current)
        # A file that is missing is watched too: its folder tells when it appears. Anything
        # else that is not a regular file (a folder, a pipe) is never watched or opened.
        watchable = current.is_file() or not current.exists()
        if watchable and self.watch.path != current:
            self.watch.watch(current)
        elif not watchable:
            self.watch.stop()

    def show_problems(self) -> None:
        """Show the problems list under the tabs (as the user asked: it stays open)."""
        self._problems_opened_by_failure = False
        self.problems.show()
        self.problems_action.setChecked(True)

    @Slot()
    def _on_problems_hide_requested(self) -> None:
        self._problems_opened_by_failure = False
        self.problems.hide()
        self.problems_action.setChecked(False)

    @Slot(bool)
    def _on_problems_toggled(self, checked: bool) -> None:
        self._problems_opened_by_failure = False
        self.problems.setVisible(checked)

    # --- navigation -----------------------------------------------------------------------

    @property
    def updating_tabs(self) -> bool:
        """True while some tabs still show the previous incident (for a few event-loop turns)."""
        return self.tabs.updating

    @property
    def overview_tab(self) -> "OverviewTab":
        """The Overview tab (built on first use)."""
        return self.tabs.overview_tab

    @property
    def timeline_tab(self) -> "TimelineTab":
        """The Timeline tab (built on first use)."""
        return self.tabs.timeline_tab

    @property
    def claims_tab(self) -> "ClaimsTab":
        """The Claims tab (built on first use)."""
        return self.tabs.claims_tab

    @property
    def actors_tab(self) -> "ActorsTab":
        """The Actors tab (built on first use)."""
        return self.tabs.actors_tab

    @property
    def sources_tab(self) -> "SourcesTab":
        """The Sources tab (built on first use)."""
        return self.tabs.sources_tab

    def show_item(self, kind: LinkKind, item_id: str) -> bool:
        """Switch to the tab that lists ``kind`` items and select ``item_id`` there."""
        return self.tabs.show_item(kind, item_id)

    @Slot(str, str)
    def _on_missing_item(self, kind: str, item_id: str) -> None:
        template = {
            "event": Window.tr("No event {id} in this incident."),
            "claim": Window.tr("No claim {id} in this incident."),
            "actor": Window.tr("No actor {id} in this incident."),
            "source": Window.tr("No source {id} in this incident."),
        }.get(kind, Window.tr("No item {id} in this incident."))
        self.statusBar().showMessage(template.format(id=in_line(repr(item_id))), 5000)

    def focus_filter(self) -> None:
        """Edit ▸ Find: put the cursor in the current tab's filter box."""
        self.tabs.focus_filter()

    def choose_editor(self) -> None:
        """Edit ▸ External Editor…: the command that opens a file at a problem's line."""
        from factsheet.ui import dialogs

        command = dialogs.ask_editor_command(self, self.settings.editor_command())
        if command is not None:
            self.settings.set_editor_command(command)

    def print_sheet(self) -> None:
        """File ▸ Print…: the fact sheet in a print preview, then to the printer."""
        if self.loaded is not None:
            from factsheet.ui import print_actions  # QtPrintSupport: loaded when first used

            print_actions.print_with_preview(self, self.loaded)

    def print_direct(self) -> None:
        """File ▸ Print Without Preview…: the system print dialog, then the printer."""
        if self.loaded is not None:
            from factsheet.ui import print_actions

            print_actions.print_to_printer(self, self.loaded)

    def export_pdf(self) -> None:
        """File ▸ Export PDF…: ask where, then write the fact sheet."""
        if self.loaded is not None:
            from factsheet.ui import print_actions

            written = print_actions.export_pdf_interactive(self, self.loaded)
            if written is not None:
                self.statusBar().showMessage(
                    Window.tr("Saved the fact sheet as {file}.").format(file=in_line(str(written))),
                    8000,
                )

    def show_about(self) -> None:
        """Help ▸ About."""
        from factsheet.ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- window state ---------------------------------------------------------------------

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
        self.navigator.detach()
        # A read cannot be interrupted: give it a moment to end with the window, never more
        # (it may wait on a share that stopped answering; its thread ends with the process).
        self.loader.wait_for_idle(CLOSE_WAIT_MS)
        super().closeEvent(event)
