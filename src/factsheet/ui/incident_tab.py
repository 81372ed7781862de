"""What every tab of an incident offers: the window shows, searches and links through it."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from factsheet.loading import LoadedIncident
from factsheet.views.links import LinkKind


class IncidentTab(QWidget):
    """The base of the five tabs (see docs/architecture.md)."""

    #: (kind, id) of an item to show, from a link in the tab; the window routes it (every
    #: link, also one to an item of this tab, so that Back and Forward see each one).
    link_activated = Signal(str, str)
    #: The item selected in the tab changed (see current_item_id).
    current_item_changed = Signal()

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show a newly loaded incident."""
        raise NotImplementedError

    def focus_filter(self) -> None:
        """Put the keyboard focus in the tab's filter (or find) box."""
        raise NotImplementedError

    def select_item(self, kind: LinkKind, item_id: str) -> bool:
        """Select an item the tab lists; False when it lists no such item."""
        return False

    def current_item_id(self) -> str | None:
        """The id of the item selected in the tab, if any."""
        return None
