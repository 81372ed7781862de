"""Back and Forward for the window: Go menu, toolbar, Alt+Left/Right and the mouse's side buttons.

The positions live in views/history.py (Qt-free, tested alone). This module records them
from what the widgets do (a tab switch, a link followed, a row selected, a file shown) and
brings the window back to one: the tab, the row, and the file when it was another one.

Screens that are not tabs of an incident (a library of files, say) join the same history:
``add_place(name, show)`` once, ``enter_place(name)`` when the screen comes up, and Back
from an incident opened there returns to it. There is one Back for the window, never two.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle, QToolBar, QWidget

from factsheet.i18n import Context
from factsheet.ui.incident_tabs import PLACES, TAB_OF_KIND, IncidentTabs
from factsheet.views.history import History, Position

Navigation = Context("Navigation")

# The kind of item each tab lists, by the tab's place name.
_KIND_OF_PLACE = {PLACES[index]: kind for kind, index in TAB_OF_KIND.items()}


def keys_text(keys: QKeySequence | str) -> str:
    """A shortcut as the platform and the interface's language write it ('Alt+Left')."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for Back or Forward, always with Alt+Left/Right, never Backspace
    (which Windows binds to Back, and which must keep deleting text in the filter boxes)."""
    keys = [k for k in QKeySequence.keyBindings(standard) if k != QKeySequence("Backspace")]
    wanted = QKeySequence(fallback)
    return keys if wanted in keys else [wanted, *keys]


class Navigator(QObject):
    """Records where the user goes in ``tabs`` and takes them back and forward again."""

    # Back or Forward leads to a position in another file: the window opens it.
    open_requested = Signal(Path)

    def __init__(self, tabs: IncidentTabs, window: QWidget) -> None:
        # No reference to the window but Qt's parent: a Python one would keep a closed
        # window's wrapper alive in a cycle.
        super().__init__(window)
        self.history = History()
        self._tabs = tabs
        # The file whose incident the tabs show.
        self._file: Path | None = None
        # A screen other than the tabs that is on now (see add_place), if any.
        self._place: str | None = None
        # Each such screen's (show it, put it away for the tabs).
        self._places: dict[str, tuple[Callable[[], None], Callable[[], None]]] = {}
        # Where to go once its file is shown (Back to a position in another file).
        self._pending: Position | None = None
        self._quiet = 0

        style = window.style()
        self.back_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), Navigation.tr("&Back"), window
        )
        self.back_action.setShortcuts(_keys(QKeySequence.StandardKey.Back, "Alt+Left"))
        self.back_action.setToolTip(
            Navigation.tr("Back to where you were ({keys})").format(keys=keys_text("Alt+Left"))
        )
        self.back_action.triggered.connect(self.go_back)
        self.forward_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
            Navigation.tr("&Forward"),
            window,
        )
        self.forward_action.setShortcuts(_keys(QKeySequence.StandardKey.Forward, "Alt+Right"))
        self.forward_action.setToolTip(
            Navigation.tr("Forward again ({keys})").format(keys=keys_text("Alt+Right"))
        )
        self.forward_action.triggered.connect(self.go_forward)
        self._update_actions()

        tabs.currentChanged.connect(self._on_tab_changed)
        tabs.item_shown.connect(self._on_item_shown)
        tabs.current_item_changed.connect(self._on_item_changed)
        # The side buttons reach the widget under the pointer, which does not pass them on;
        # only the application sees every press first (until detach, when the window closes).
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def add_menu_and_toolbar(self, window: QMainWindow) -> None:
        """The Go menu (after the menus already there), and both buttons in a toolbar at the
        start of the tab bar, where a browser has them: a toolbar row of its own would take
        height a laptop screen does not have."""
        go_menu = window.menuBar().addMenu(Navigation.tr("&Go"))
        toolbar = QToolBar(
            Navigation.tr("Navigation", "the toolbar of Back and Forward"), self._tabs
        )
        toolbar.setObjectName("navigation")
        size = self._tabs.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        toolbar.setIconSize(QSize(size, size))
        self._tabs.setCornerWidget(toolbar, Qt.Corner.TopLeftCorner)
        for action in (self.back_action, self.forward_action):
            go_menu.addAction(action)
            toolbar.addAction(action)

    def detach(self) -> None:
        """Stop watching the mouse's buttons (the window is closing)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- what the window tells it ---------------------------------------------------------

    def incident_shown(self, path: Path) -> None:
        """The tabs show the incident of ``path`` (opened, reloaded or gone back to)."""
        path = path.absolute()
        same_file = path == self._file and self._place is None
        self._file = path
        self._place = None
        pending, self._pending = self._pending, None
        if pending is not None and pending.file == path:
            self._apply(pending)
        elif same_file:
            # Read again (a save, F5): back on the row the user was on, if it is still there.
            current = self.history.current
            if current is not None and current.file == path:
                self._apply(current)
        else:
            self.history.visit(self.here())
        self._update_actions()

    def add_place(self, name: str, show: Callable[[], None], leave: Callable[[], None]) -> None:
        """A screen beside the tabs that Back and Forward can return to: ``show`` brings it
        up, ``leave`` puts it away when Back or Forward leads to the tabs again."""
        self._places[name] = (show, leave)

    def enter_place(self, name: str) -> None:
        """The screen ``name`` (see add_place) is now on: a step of the history."""
        self._place = name
        self.history.visit(Position(None, name))
        self._update_actions()

    def here(self) -> Position:
        """The position the window is at now."""
        if self._place is not None:
            return Position(None, self._place)
        index = self._tabs.currentIndex()
        return Position(self._file, PLACES[index], self._tabs.tab_at(index).current_item_id())

    # --- going back and forward -----------------------------------------------------------

    @Slot()
    def go_back(self) -> None:
        """Go ▸ Back."""
        self._go(self.history.back())

    @Slot()
    def go_forward(self) -> None:
        """Go ▸ Forward."""
        self._go(self.history.forward())

    def _go(self, position: Position | None) -> None:
        self._update_actions()
        if position is None:
            return
        if position.file is None:
            self._place = position.place
            show, _ = self._places.get(position.place, (None, None))
            if show is not None:
                with self._quietly():
                    show()
        elif position.file != self._file or self._place is not None:
            self._pending = position
            if self._place is not None:
                _, leave = self._places.get(self._place, (None, None))
                if leave is not None:
                    with self._quietly():
                        leave()
            if position.file == self._file:  # back from another screen to these tabs
                self.incident_shown(position.file)
            else:
                self.open_requested.emit(position.file)
        else:
            self._apply(position)

    def _apply(self, position: Position) -> None:
        """Show the tab and select the item of ``position`` (in the file shown)."""
        if position.place not in PLACES:
            return
        index = PLACES.index(position.place)
        with self._quietly():
            self._tabs.setCurrentIndex(index)
            kind = _KIND_OF_PLACE.get(position.place)
            if kind is not None and position.item is not None:
                self._tabs.tab_at(index).select_item(kind, position.item)

    # --- recording ------------------------------------------------------------------------

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """What the widgets do while a position is applied is not a step of its own."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _recording(self) -> bool:
        return not self._quiet and not self._tabs.showing_item and self._file is not None

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        if self._recording():
            self.history.visit(self.here())
            self._update_actions()

    @Slot(str, str)
    def _on_item_shown(self, _kind: str, _item_id: str) -> None:
        if self._recording():
            self.history.visit(self.here())
            self._update_actions()

    @Slot()
    def _on_item_changed(self) -> None:
        if not self._recording():
            return
        position = self.here()
        # A row unselected (a filter hid it, a reload reset the table) keeps the last one.
        if position.item is not None:
            self.history.update(position)
            self._update_actions()

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The mouse's back and forward buttons, anywhere in the window."""
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QMouseEvent) or watched.window() is not self.parent():
            return False
        if event.button() == Qt.MouseButton.BackButton:
            self.back_action.trigger()
            return True
        if event.button() == Qt.MouseButton.ForwardButton:
            self.forward_action.trigger()
            return True
        return False
