"""The five views of one incident in a tab widget, filled without freezing, linked together."""

from typing import Protocol

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from factsheet.loading import LoadedIncident
from factsheet.ui.actors_tab import ActorsTab
from factsheet.ui.claim_table_model import claim_rows
from factsheet.ui.claims_tab import ClaimsTab
from factsheet.ui.data_notes import data_notes
from factsheet.ui.overview_tab import OverviewTab
from factsheet.ui.source_table_model import supports_of
from factsheet.ui.sources_tab import SourcesTab
from factsheet.ui.timeline_model import timeline_rows
from factsheet.ui.timeline_tab import TimelineTab


class IncidentTab(Protocol):
    """What every tab offers (see docs/architecture.md)."""

    def set_incident(self, loaded: LoadedIncident) -> None: ...
    def focus_filter(self) -> None: ...
    def select_item(self, kind: str, item_id: str) -> bool: ...


class IncidentTabs(QTabWidget):
    """Overview, Timeline, Claims by source, Actors, Sources; routes links between them."""

    #: A link named an item that no tab has: (kind, id).
    missing_item = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setAccessibleName("Incident views")
        self.overview_tab = OverviewTab(self)
        self.timeline_tab = TimelineTab(self)
        self.claims_tab = ClaimsTab(self)
        self.actors_tab = ActorsTab(self)
        self.sources_tab = SourcesTab(self)
        self._tab_of_kind: dict[str, QWidget] = {
            "event": self.timeline_tab,
            "claim": self.claims_tab,
            "actor": self.actors_tab,
            "source": self.sources_tab,
        }
        for widget, title in (
            (self.overview_tab, "&Overview"),
            (self.timeline_tab, "&Timeline"),
            (self.claims_tab, "&Claims by source"),
            (self.actors_tab, "&Actors"),
            (self.sources_tab, "&Sources"),
        ):
            self.addTab(widget, title)
        for signal in (
            self.overview_tab.link_activated,
            self.timeline_tab.link_activated,
            self.claims_tab.link_activated,
            self.actors_tab.link_activated,
            self.sources_tab.link_activated,
        ):
            signal.connect(self.show_item)
        self.currentChanged.connect(self._on_current_changed)
        self._loaded: LoadedIncident | None = None
        self._stale: list[QWidget] = []
        # A child timer, not QTimer.singleShot(0, callable): it dies with the widget, so a
        # turn still pending when the window closes never touches deleted tabs.
        self._next_turn = QTimer(self)
        self._next_turn.setSingleShot(True)
        self._next_turn.setInterval(0)
        self._next_turn.timeout.connect(self._refresh_next)

    @staticmethod
    def prepare(loaded: LoadedIncident) -> None:
        """View data that is costly for large files, computed on the loader's worker thread.

        Only plain Python work (no Qt objects); each builder caches its result per incident
        (view_cache), so the tabs find it ready. At 20,000 events this took 0.5 s of the
        timeline's filling and 0.1 s of each other tab's off the GUI thread.
        """
        timeline_rows(loaded.incident)
        claim_rows(loaded)
        supports_of(loaded.incident)
        data_notes(loaded)

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show ``loaded``: the tab on screen now, the others one per event-loop turn.

        With thousands of rows each tab takes a noticeable moment to fill, and the window
        must not freeze for all five together; a tab is also filled at once when it is
        shown or linked to.
        """
        self._loaded = loaded
        self._stale = [widget for i in range(self.count()) if (widget := self.widget(i))]
        self._refresh(self.currentWidget())
        self._next_turn.start()

    @property
    def updating(self) -> bool:
        """True while some tabs still show the previous incident."""
        return bool(self._stale)

    @Slot(str, str)
    def show_item(self, kind: str, item_id: str) -> bool:
        """Switch to the tab that lists ``kind`` items and select ``item_id`` there."""
        target = self._tab_of_kind.get(kind)
        if target is None:
            return False
        self._refresh(target)
        tab: IncidentTab = target  # type: ignore[assignment]
        if not tab.select_item(kind, item_id):
            self.missing_item.emit(kind, item_id)
            return False
        self.setCurrentWidget(target)
        return True

    def focus_filter(self) -> None:
        """Put the cursor in the current tab's filter box."""
        tab: IncidentTab = self.currentWidget()  # type: ignore[assignment]
        tab.focus_filter()

    def _refresh(self, widget: QWidget | None) -> None:
        if widget is not None and widget in self._stale and self._loaded is not None:
            self._stale.remove(widget)
            tab: IncidentTab = widget  # type: ignore[assignment]
            tab.set_incident(self._loaded)

    @Slot()
    def _refresh_next(self) -> None:
        if self._stale:
            self._refresh(self._stale[0])
            self._next_turn.start()

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        self._refresh(self.widget(index))
