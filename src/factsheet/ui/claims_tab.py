"""The tab that lists the incident's casualty claims (placeholder until the full tab lands)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from factsheet.loading.loader import LoadedIncident


class ClaimsTab(QWidget):
    """Shows the casualty claims of one incident; links to other tabs go out via link_activated."""

    link_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = QLabel("No incident open.", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Show the casualty claims of a newly loaded incident."""
        self._summary.setText(loaded.incident.incident.title)

    def focus_filter(self) -> None:
        """Put the keyboard focus in the filter box."""
        self.setFocus()

    def select_item(self, kind: str, item_id: str) -> bool:
        """Select the row for (kind, item_id); False when this tab has no such item."""
        return False
