"""The five views of one incident in a tab widget, built and filled without freezing, linked."""

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from typing_extensions import override

from factsheet.i18n import QT_TRANSLATE_NOOP, Context, translate
from factsheet.loading import LoadedIncident
from factsheet.ui.incident_tab import IncidentTab
from factsheet.views.links import LinkKind

if TYPE_CHECKING:
    from factsheet.ui.actors_tab import ActorsTab
    from factsheet.ui.claims_tab import ClaimsTab
    from factsheet.ui.overview_tab import OverviewTab
    from factsheet.ui.sources_tab import SourcesTab
    from factsheet.ui.timeline_tab import TimelineTab

Tab = TypeVar("Tab", bound=IncidentTab)

TabTitles = Context("TabTitles")

OVERVIEW, TIMELINE, CLAIMS, ACTORS, SOURCES = range(5)
TITLES = (
    QT_TRANSLATE_NOOP("TabTitles", "&Overview"),
    QT_TRANSLATE_NOOP("TabTitles", "&Timeline"),
    QT_TRANSLATE_NOOP("TabTitles", "&Claims by source"),
    QT_TRANSLATE_NOOP("TabTitles", "&Actors"),
    QT_TRANSLATE_NOOP("TabTitles", "&Sources"),
)
# Each tab's name in positions of the Back and Forward history (views/history.py).
PLACES = ("overview", "timeline", "claims", "actors", "sources")
# The tab that lists each kind of item, where links to that kind lead.
TAB_OF_KIND: dict[LinkKind, int] = {
    "event": TIMELINE,
    "claim": CLAIMS,
    "actor": ACTORS,
    "source": SOURCES,
}


class _Page(QWidget):
    """A tab's page; the tab itself is built the first time it is shown or linked to."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.tab: IncidentTab | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def adopt(self, tab: IncidentTab) -> None:
        """Put the tab, now built, on the page."""
        self.tab = tab
        self._layout.addWidget(tab)


class IncidentTabs(QTabWidget):
    """Overview, Timeline, Claims by source, Actors, Sources; routes links between them.

    A tab's module is imported and its widgets built only when the tab is first needed: the
    window shows without waiting for the tabs it does not show.
    """

    # A link named an item that no tab has: (kind, id).
    missing_item = Signal(str, str)
    # show_item went to an item: (kind, id), once the tab and the row are current.
    item_shown = Signal(str, str)
    # The item selected in the tab on screen changed.
    current_item_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setAccessibleName(TabTitles.tr("Incident views"))
        self._pages = [_Page(self) for _ in TITLES]
        for page, title in zip(self._pages, TITLES, strict=True):
            self.addTab(page, translate("TabTitles", title))
        self.currentChanged.connect(self._on_current_changed)
        self._loaded: LoadedIncident | None = None
        self._stale: set[int] = set()
        # A child timer, not QTimer.singleShot(0, callable): it dies with the widget, so a
        # turn still pending when the window closes never touches deleted tabs.
        self._next_turn = QTimer(self)
        self._next_turn.setSingleShot(True)
        self._next_turn.setInterval(0)
        self._next_turn.timeout.connect(self._refresh_next)
        # True while show_item switches tab and row: one step, not two, for the history.
        self.showing_item = False

    # --- the tabs, built on first use -----------------------------------------------------

    def _tab(self, index: int, kind_of_tab: type[Tab]) -> Tab:
        page = self._pages[index]
        if isinstance(page.tab, kind_of_tab):
            return page.tab
        tab = kind_of_tab(page)
        tab.link_activated.connect(self.show_item)
        tab.current_item_changed.connect(lambda: self._on_item_changed(tab))
        page.adopt(tab)
        return tab

    @property
    def overview_tab(self) -> "OverviewTab":
        """The Overview."""
        from factsheet.ui.overview_tab import OverviewTab

        return self._tab(OVERVIEW, OverviewTab)

    @property
    def timeline_tab(self) -> "TimelineTab":
        """The Timeline."""
        from factsheet.ui.timeline_tab import TimelineTab

        return self._tab(TIMELINE, TimelineTab)

    @property
    def claims_tab(self) -> "ClaimsTab":
        """Claims by source."""
        from factsheet.ui.claims_tab import ClaimsTab

        return self._tab(CLAIMS, ClaimsTab)

    @property
    def actors_tab(self) -> "ActorsTab":
        """The Actors."""
        from factsheet.ui.actors_tab import ActorsTab

        return self._tab(ACTORS, ActorsTab)

    @property
    def sources_tab(self) -> "SourcesTab":
        """The Sources."""
        from factsheet.ui.sources_tab import SourcesTab

        return self._tab(SOURCES, SourcesTab)

    def tab_at(self, index: int) -> IncidentTab:
        """The tab at ``index``, built if it was not yet."""
        tabs: tuple[Callable[[], IncidentTab], ...] = (
            lambda: self.overview_tab,
            lambda: self.timeline_tab,
            lambda: self.claims_tab,
            lambda: self.actors_tab,
            lambda: self.sources_tab,
        )
        return tabs[index]()

    def current_tab(self) -> IncidentTab:
        """The tab on screen."""
        return self.tab_at(self.currentIndex())

    def show_tab(self, tab: IncidentTab) -> None:
        """Bring ``tab`` to the front."""
        self.setCurrentIndex(next(i for i, page in enumerate(self._pages) if page.tab is tab))

    # --- showing an incident --------------------------------------------------------------

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show ``loaded``: the tab on screen now, the others one per event-loop turn.

        With thousands of rows each tab takes a noticeable moment to fill, and the window
        must not freeze for all five together; a tab is also filled at once when it is
        shown or linked to.
        """
        self._loaded = loaded
        self._stale = set(range(self.count()))
        self._refresh(self.currentIndex())
        self._next_turn.start()

    @property
    def updating(self) -> bool:
        """True while some tabs still show the previous incident."""
        return bool(self._stale)

    @Slot(str, str)
    def show_item(self, kind: LinkKind, item_id: str) -> bool:
        """Switch to the tab that lists ``kind`` items and select ``item_id`` there."""
        index = TAB_OF_KIND.get(kind)
        if index is None:
            return False
        self.showing_item = True
        try:
            tab = self._refresh(index)
            if not tab.select_item(kind, item_id):
                self.missing_item.emit(kind, item_id)
                return False
            self.setCurrentIndex(index)
        finally:
            self.showing_item = False
        self.item_shown.emit(kind, item_id)
        return True

    def focus_filter(self) -> None:
        """Put the cursor in the current tab's filter box."""
        self.current_tab().focus_filter()

    def _refresh(self, index: int) -> IncidentTab:
        tab = self.tab_at(index)
        if index in self._stale and self._loaded is not None:
            self._stale.discard(index)
            tab.set_incident(self._loaded)
        return tab

    @Slot()
    def _refresh_next(self) -> None:
        if self._stale:
            self._refresh(min(self._stale))
            self._next_turn.start()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """The tab on screen is built before the window first paints."""
        self.tab_at(self.currentIndex())
        super().showEvent(event)

    def _on_item_changed(self, tab: IncidentTab) -> None:
        if self._pages[self.currentIndex()].tab is tab:
            self.current_item_changed.emit()

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        if index >= 0:
            self._refresh(index)
