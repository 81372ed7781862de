"""The main window's library: File ▸ Open Folder…, the Library view beside the tabs, Back.

Attached to the window from outside (``LibraryMode(window)``) so that the window's own
code barely changes: it puts the tabs and the Library view in one stack, adds the menu
items, the recent folders and a toolbar button, and stops the indexer when the window
closes. Opening an incident from the library shows it in the tabs; Go ▸ Back (Alt+Left),
Back to Library (the toolbar) and View ▸ Library return to the list as it was left: the
library is a step of the window's one history (ui/navigation.py).
"""

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QStackedWidget, QToolBar

from factsheet.i18n import Context, format_number
from factsheet.ui import dialogs
from factsheet.ui.batch_output import export_selection, print_selection
from factsheet.ui.library_view import LibraryView
from factsheet.views.bidi import in_line
from factsheet.views.plural import counted

if TYPE_CHECKING:
    from factsheet.ui.main_window import MainWindow

LibraryMenu = Context("LibraryMenu")

APP_NAME = "Factsheet"


class LibraryMode(QObject):
    """Everything the library adds to a MainWindow."""

    def __init__(self, window: "MainWindow", cache_folder: Path | None = None) -> None:
        super().__init__(window)
        self.cache_folder = cache_folder
        self.view = LibraryView(window)
        self.view.open_requested.connect(self._open_incident)
        self.view.export_requested.connect(self._export)
        self.view.print_requested.connect(self._print)
        self.stack = QStackedWidget(window)
        window.takeCentralWidget()  # the splitter of tabs and problems: kept, now in the stack
        self.stack.addWidget(window.splitter)
        self.stack.addWidget(self.view)
        window.setCentralWidget(self.stack)
        self._build_actions()
        # The library is one step of the window's Back and Forward (Alt+Left, Alt+Right),
        # as a page is in a browser: an incident opened from it is the next step.
        window.navigator.add_place("library", self._bring_up_library, self.show_tabs)
        window.installEventFilter(self)
        window.loader.finished.connect(self._on_load_finished)

    @property
    def window(self) -> "MainWindow":
        """The window this belongs to: its parent, and no reference of our own, so that a
        window closed and deleted (the language switch replaces it) is not kept from Python."""
        return cast("MainWindow", self.parent())

    # --- menus and toolbar ----------------------------------------------------------------

    def _build_actions(self) -> None:
        window = self.window
        self.open_folder_action = QAction(LibraryMenu.tr("Open &Folder…"), window)
        self.open_folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_folder_action.triggered.connect(self.ask_and_open_folder)
        self.recent_folders_menu = QMenu(LibraryMenu.tr("Open Recent F&older"), window)
        self.recent_folders_menu.aboutToShow.connect(self._fill_recent_folders)
        before = window.recent_menu.menuAction()
        window.file_menu.insertAction(before, self.open_folder_action)
        window.file_menu.insertMenu(window.reload_action, self.recent_folders_menu)

        self.library_action = QAction(LibraryMenu.tr("&Library"), window)
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.library_action.setToolTip(LibraryMenu.tr("The files of the open folder (Ctrl+L)"))
        self.library_action.triggered.connect(self.show_library)
        # No key of its own: Alt+Left is Go ▸ Back, which returns to the library too.
        self.back_action = QAction(LibraryMenu.tr("◀ Back to Library"), window)
        self.back_action.setToolTip(
            LibraryMenu.tr("Back to the folder's list of incidents (Ctrl+L)")
        )
        self.back_action.triggered.connect(self.show_library)
        for action in (self.library_action, self.back_action):
            action.setEnabled(False)
        view_menu = window.view_menu
        view_menu.insertAction(view_menu.actions()[0], self.library_action)
        view_menu.insertAction(view_menu.actions()[1], self.back_action)
        self.toolbar = QToolBar(LibraryMenu.tr("Library"), window)
        self.toolbar.setObjectName("library-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.back_action)
        self.toolbar.hide()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        # Edit ▸ Find goes to the library's search box while the library is shown.
        window.find_action.triggered.connect(self._find)

    def _fill_recent_folders(self) -> None:
        menu = self.recent_folders_menu
        menu.clear()
        recent = self.window.settings.recent_folders()
        for number, path in enumerate(recent, start=1):
            name = (path.name or str(path)).replace("&", "&&")
            action = menu.addAction(f"&{number} {name}" if number < 10 else name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_folder(p))
        if not recent:
            menu.addAction(LibraryMenu.tr("No recent folders")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(LibraryMenu.tr("&Clear Recent Folders"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.window.settings.clear_recent_folders)
        menu.setToolTipsVisible(True)

    # --- showing --------------------------------------------------------------------------

    @property
    def showing_library(self) -> bool:
        """Is the Library view on screen (rather than the tabs)?"""
        return self.stack.currentWidget() is self.view

    def ask_and_open_folder(self) -> None:
        """File ▸ Open Folder…: ask for a folder, then list its incident files."""
        start = self.view.folder
        if start is None and self.window.loaded is not None:
            start = self.window.loaded.path.parent
        folder = dialogs.ask_open_folder(self.window, start_in=start)
        if folder is not None:
            self.open_folder(folder)

    def open_folder(self, folder: Path) -> None:
        """Show ``folder``'s incident files in the Library view and index them."""
        if not folder.is_dir():
            self.window.statusBar().showMessage(
                LibraryMenu.tr("{folder} is not a folder (or is gone).").format(
                    folder=in_line(str(folder))
                ),
                8000,
            )
            self.window.settings.remove_recent_folder(folder.absolute())
            return
        self.view.open_folder(folder, self.cache_folder)
        self.window.settings.add_recent_folder(folder)
        self.library_action.setEnabled(True)
        self.show_library()

    @Slot()
    def show_library(self) -> None:
        """Back to the library, as it was left (filters, selection, scroll): a step of the
        window's history, so that Back returns to the incident."""
        if self.view.folder is None:
            return
        self._bring_up_library()
        self.window.navigator.enter_place("library")

    def _bring_up_library(self) -> None:
        if self.view.folder is None:
            return
        self.stack.setCurrentWidget(self.view)
        self.back_action.setEnabled(False)
        self.toolbar.hide()
        self.window.setWindowTitle(
            f"{in_line(self.view.folder.name or str(self.view.folder))} — {APP_NAME}"
        )
        self.view.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_tabs(self) -> None:
        """The incident tabs, with the way back to the library."""
        self.stack.setCurrentWidget(self.window.splitter)
        in_library = self.view.folder is not None
        self.back_action.setEnabled(in_library)
        self.toolbar.setVisible(in_library)
        self.window.refresh_title()

    @Slot(object, object)
    def _on_load_finished(self, request: object, _result: object) -> None:
        # A file opened by the user (File ▸ Open, recent files, a drop) is shown, or its
        # problems are; a reload of the shown incident does not take the user anywhere.
        if getattr(request, "reason", None) == "open" and self.showing_library:
            self.show_tabs()

    @Slot(Path)
    def _open_incident(self, path: Path) -> None:
        self.window.open_file(path)
        self.show_tabs()

    @Slot()
    def _find(self) -> None:
        if self.showing_library:
            self.view.focus_search()

    @Slot(object)
    def _export(self, paths: list[Path]) -> None:
        settings = self.window.settings
        choice = dialogs.ask_batch_export(
            self.window, len(paths), start_in=None, variant=settings.sheet_variant()
        )
        if choice is None:
            return
        folder, fmt, variant = choice
        if fmt == "pdf":
            settings.set_sheet_variant(variant)  # as File ▸ Export PDF… remembers it
        outcomes = export_selection(self.window, paths, folder, fmt, variant)
        written = sum(o.ok for o in outcomes)
        self.window.statusBar().showMessage(
            LibraryMenu.tr("Exported {written} of {incidents} into {folder}.").format(
                written=format_number(written),
                incidents=counted(len(paths), "incident"),
                folder=in_line(str(folder)),
            ),
            10000,
        )

    @Slot(object)
    def _print(self, paths: list[Path]) -> None:
        printed = print_selection(self.window, paths)
        if printed:
            sheets = counted(printed, "fact sheet")
            self.window.statusBar().showMessage(
                LibraryMenu.tr("Sent {sheets} to print.").format(sheets=sheets), 8000
            )

    # --- the window's events --------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window:
            if event.type() == QEvent.Type.Close:
                self.view.close_folder()
            elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
                folder = _dropped_folder(event)
                if folder is not None:
                    event.acceptProposedAction()
                    self.open_folder(folder)
                    return True
        return super().eventFilter(watched, event)


def _dropped_folder(event: QDropEvent) -> Path | None:
    mime = event.mimeData()
    for url in mime.urls() if mime.hasUrls() else ():
        if url.isLocalFile() and Path(url.toLocalFile()).is_dir():
            return Path(url.toLocalFile())
    return None
